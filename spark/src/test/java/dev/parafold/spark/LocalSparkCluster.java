package dev.parafold.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;

/*
 * A real Spark standalone cluster on loopback, started from the Maven test class path
 * (shared/reference/spark.md, recipe (b)): a Master and a Worker JVM, each bound to 127.0.0.1 on free
 * ports with the Master's REST server off; the Worker forks the executor JVMs. SPARK_HOME is a
 * folder whose jars/ holds symlinks to Spark's jars on the test class path, because the Worker builds
 * the executor command line from $SPARK_HOME/jars. The library's own jars (parafold, vavr) are left
 * out on purpose: they reach the executors as an application would ship them (SparkConf.setJars).
 *
 * close() stops the Master, the Workers and every descendant (executors): SIGTERM, up to 15 s, then
 * SIGKILL. It runs from the test's finally block and from a JVM shutdown hook. If the test JVM is
 * killed (SIGKILL: no hook runs), the daemons end themselves: each runs inside DieWithParent, which
 * exits when this JVM is gone (its standard input closes), and a Worker's exit kills its
 * executors. The PIDs are also written to dir/pids, so the next run and .ci/run can stop leftovers
 * should that fail too.
 *
 * Public for the benchmarks module's SparkVersusRddBenchmark, which starts the same cluster through
 * this module's test-jar.
 */
public final class LocalSparkCluster implements AutoCloseable {
  final Path dir;
  final Path sparkHome;
  final int masterPort;
  final List<Path> appOnlyJars = new ArrayList<>();
  private final List<Process> daemons = new ArrayList<>();
  private final List<Process> workers = new ArrayList<>();
  private Path watchdogJar;
  private final Thread hook = new Thread(this::stopAll, "stop-spark-cluster");
  private boolean closed;

  /** A cluster whose files (SPARK_HOME, logs, work and local dirs, PIDs) live under {@code dir}. */
  public LocalSparkCluster(Path dir) throws IOException {
    this.dir = dir.toAbsolutePath();
    this.sparkHome = this.dir.resolve("spark-home");
    this.masterPort = freePort();
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  /**
   * Lays out SPARK_HOME from this JVM's class path; jars whose file names {@code appOnly} accepts
   * are left out of it, to be shipped with the driver's {@code setJars}.
   */
  void layout(Predicate<String> appOnly) throws IOException {
    layout(appOnly, name -> false);
  }

  /**
   * As {@link #layout(Predicate)}; jars whose file names {@code leaveOut} accepts (tools on the
   * class path that the cluster does not need) go nowhere.
   */
  public void layout(Predicate<String> appOnly, Predicate<String> leaveOut) throws IOException {
    killLeftovers();
    deleteTree(dir);
    Path jars = sparkHome.resolve("jars");
    Files.createDirectories(jars);
    Files.createDirectories(sparkHome.resolve("conf"));
    Files.createDirectories(dir.resolve("work"));
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Paths.get(e);
      String name = p.getFileName().toString();
      if (!name.endsWith(".jar")) {
        continue; // target/classes, target/test-classes: they go into the app jar
      }
      if (name.startsWith("surefire")
          || name.startsWith("junit-")
          || name.startsWith("opentest4j")
          || name.startsWith("apiguardian")
          || leaveOut.test(name)) {
        continue;
      }
      if (appOnly.test(name)) {
        appOnlyJars.add(p);
        continue;
      }
      Path link = jars.resolve(name);
      if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, p);
      }
    }
    // INFO on the console: start() waits for the daemons' readiness lines.
    Files.writeString(
        sparkHome.resolve("conf/log4j2.properties"),
        "rootLogger.level = info\nrootLogger.appenderRef.stdout.ref = console\n"
            + "appender.console.type = Console\nappender.console.name = console\n"
            + "appender.console.target = SYSTEM_ERR\nappender.console.layout.type = PatternLayout\n"
            + "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n\n");
    watchdogJar = buildWatchdogJar();
  }

  /**
   * A jar holding DieWithParent alone, for the daemons' class path (outside jars/, so executors do
   * not get it).
   */
  private Path buildWatchdogJar() throws IOException {
    Path jar = dir.resolve("die-with-parent.jar");
    String pkg = DieWithParent.class.getPackageName().replace('.', '/') + "/";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Class<?> c : DieWithParent.class.getNestMembers()) { // the class and its nested ones
        String name = c.getName().substring(c.getPackageName().length() + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(name)) {
          if (in == null) {
            throw new IOException("cannot read " + pkg + name + " from the class path");
          }
          out.putNextEntry(new JarEntry(pkg + name));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  private Process launch(String name, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-Dspark.master.rest.enabled=false"); // else the Master opens port 6066 too
    String flags = System.getProperty("spark.jvm.flags", "").trim();
    if (!flags.isEmpty()) {
      cmd.addAll(Arrays.asList(flags.split("\\s+")));
    }
    cmd.add("-cp");
    cmd.add(
        sparkHome.resolve("conf")
            + File.pathSeparator
            + sparkHome.resolve("jars")
            + "/*"
            + File.pathSeparator
            + watchdogJar);
    cmd.add(DieWithParent.class.getName());
    cmd.add(String.valueOf(ProcessHandle.current().pid()));
    cmd.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_HOSTNAME", "localhost");
    env.put("SPARK_SCALA_VERSION", "2.13"); // set by bin/load-spark-env.sh; the Worker needs it
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    synchronized (this) {
      daemons.add(p);
      Files.writeString(
          dir.resolve("pids"),
          daemons.stream().map(d -> String.valueOf(d.pid())).collect(Collectors.joining("\n"))
              + "\n");
    }
    return p;
  }

  private void waitForLog(String name, String needle, Process p, long timeoutMs)
      throws IOException, InterruptedException {
    Path log = dir.resolve(name + ".log");
    long end = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < end) {
      if (Files.exists(log) && Files.readString(log).contains(needle)) {
        return;
      }
      if (!p.isAlive()) {
        throw new IllegalStateException(name + " died:\n" + Files.readString(log));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("timeout waiting for '" + needle + "' in " + log);
  }

  /** Starts the Master, then one Worker with 2 cores; returns when the Worker has registered. */
  void start() throws IOException, InterruptedException {
    start(1, 2);
  }

  /** Starts the Master, then {@code workers} Workers; returns when every one has registered. */
  public void start(int workers, int coresPerWorker) throws IOException, InterruptedException {
    Runtime.getRuntime().addShutdownHook(hook);
    Process master =
        launch(
            "master",
            List.of(
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(masterPort),
                "--webui-port",
                String.valueOf(freePort())));
    waitForLog("master", "I have been elected leader", master, 60_000);
    for (int i = 0; i < workers; i++) {
      startWorker(coresPerWorker);
    }
  }

  /** Starts one more Worker; returns when it has registered with the Master. */
  Process startWorker(int cores) throws IOException, InterruptedException {
    String name = "worker-" + (workers.size() + 1);
    Path workDir = dir.resolve("work").resolve(name);
    Files.createDirectories(workDir);
    Process worker =
        launch(
            name,
            List.of(
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--cores",
                String.valueOf(cores),
                "--memory",
                "2g",
                "--webui-port",
                String.valueOf(freePort()),
                "--work-dir",
                workDir.toString(),
                masterUrl()));
    synchronized (this) {
      workers.add(worker);
    }
    waitForLog(name, "Successfully registered with master", worker, 60_000);
    return worker;
  }

  /** The PID of the first Worker JVM (the parent of its executors). */
  long workerPid() {
    return workers.get(0).pid();
  }

  /** The Worker processes, in start order (killed ones included). */
  synchronized List<Process> workers() {
    return new ArrayList<>(workers);
  }

  /** The PID of the Master JVM. */
  long masterPid() {
    return daemons.get(0).pid();
  }

  /**
   * A driver configuration for this cluster: loopback, no UI, the app jar and the library's jars
   * shipped with setJars, executors of {@code executorCores} cores, at most {@code coresMax} in
   * all.
   */
  public SparkConf driverConf(String appName, int executorCores, int coresMax) throws IOException {
    List<String> jars = new ArrayList<>();
    jars.add(buildAppJar().toString());
    appOnlyJars.forEach(p -> jars.add(p.toString()));
    return new SparkConf()
        .setMaster(masterUrl())
        .setAppName(appName)
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")
        .set("spark.local.dir", dir.resolve("local").toString())
        .set("spark.executor.memory", "512m")
        .set("spark.executor.cores", String.valueOf(executorCores))
        .set("spark.cores.max", String.valueOf(coresMax))
        .setJars(jars.toArray(new String[0]));
  }

  /** The PID of the executor JVM with this Spark executor id (a child of a Worker), or -1. */
  synchronized long executorPid(String executorId) {
    for (Process w : workers) {
      for (ProcessHandle h : (Iterable<ProcessHandle>) w.descendants()::iterator) {
        String[] args = h.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < args.length; i++) {
          if (args[i].equals("--executor-id") && args[i + 1].equals(executorId)) {
            return h.pid();
          }
        }
      }
    }
    return -1;
  }

  /** The Worker that is the parent of this executor JVM. */
  synchronized Process workerOf(long executorPid) {
    long parent =
        ProcessHandle.of(executorPid)
            .flatMap(ProcessHandle::parent)
            .map(ProcessHandle::pid)
            .orElse(-1L);
    for (Process w : workers) {
      if (w.pid() == parent) {
        return w;
      }
    }
    throw new IllegalStateException("no Worker is the parent of " + executorPid);
  }

  /** target/classes and target/test-classes (and any other class folder) as one jar. */
  Path buildAppJar() throws IOException {
    Path jar = dir.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      Set<String> seen = new HashSet<>();
      for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path root = Paths.get(e);
        if (!Files.isDirectory(root)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(root)) {
          for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            String name = root.relativize(f).toString().replace(File.separatorChar, '/');
            if (name.equals("module-info.class") || !seen.add(name)) {
              continue;
            }
            out.putNextEntry(new JarEntry(name));
            Files.copy(f, out);
            out.closeEntry();
          }
        }
      }
    }
    return jar;
  }

  /** Processes still alive among the daemons and their descendants. */
  public synchronized List<ProcessHandle> alive() {
    List<ProcessHandle> all = new ArrayList<>();
    for (Process p : daemons) {
      p.descendants().forEach(all::add);
      all.add(p.toHandle());
    }
    all.removeIf(h -> !h.isAlive());
    return all;
  }

  /**
   * The local addresses of the TCP sockets that {@code pid} listens on, from /proc (Linux): hex
   * {@code address:port} as in /proc/net/tcp and tcp6, e.g. {@code 0100007F:1F90} for
   * 127.0.0.1:8080.
   */
  static List<String> listeningAddresses(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Paths.get("/proc", String.valueOf(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // the descriptor closed meanwhile
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> rows = Files.readAllLines(Paths.get(table));
      for (String row : rows.subList(1, rows.size())) {
        String[] f = row.trim().split("\\s+");
        // f[1] local address:port, f[3] state (0A = LISTEN), f[9] inode
        if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
          out.add(f[1]);
        }
      }
    }
    return out;
  }

  /** The PIDs of the daemons and their descendants. */
  synchronized List<Long> allPids() {
    return alive().stream().map(ProcessHandle::pid).collect(Collectors.toList());
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running
    }
  }

  private synchronized void stopAll() {
    if (closed) {
      return;
    }
    closed = true;
    List<ProcessHandle> all = new ArrayList<>();
    for (int i = daemons.size() - 1; i >= 0; i--) { // worker first, then master
      Process p = daemons.get(i);
      p.descendants().forEach(all::add); // executor JVMs forked by the worker
      all.add(p.toHandle());
    }
    for (ProcessHandle h : all) {
      h.destroy();
    }
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(15, TimeUnit.SECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
      }
    }
  }

  /**
   * Stops the daemons of an earlier run whose test JVM was killed before it could clean up (their
   * PIDs are in dir/pids); only processes that still are Spark daemons, in case a PID was reused.
   */
  private void killLeftovers() throws IOException {
    Path pids = dir.resolve("pids");
    if (!Files.exists(pids)) {
      return;
    }
    for (String line : Files.readAllLines(pids)) {
      if (line.isBlank()) {
        continue;
      }
      ProcessHandle.of(Long.parseLong(line.trim()))
          .filter(
              h ->
                  h.info()
                      .commandLine()
                      .map(c -> c.contains("org.apache.spark.deploy."))
                      .orElse(false))
          .ifPresent(
              h -> {
                List<ProcessHandle> tree = new ArrayList<>();
                h.descendants().forEach(tree::add);
                tree.add(h);
                tree.forEach(ProcessHandle::destroy);
                for (ProcessHandle p : tree) {
                  try {
                    p.onExit().get(15, TimeUnit.SECONDS);
                  } catch (Exception e) {
                    p.destroyForcibly();
                  }
                }
              });
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(p);
      }
    }
  }
}
