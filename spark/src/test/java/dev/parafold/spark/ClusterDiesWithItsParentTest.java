package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A test JVM killed with SIGKILL runs no shutdown hook, so the cluster it started must end by
 * itself. A child JVM (standing in for the test JVM) starts a Master and a Worker, and a driver
 * whose job makes the Worker fork an executor; the test then kills the child with SIGKILL and
 * checks that the Master, the Worker and the executor are gone within a bounded wait.
 */
@Tag("cluster")
final class ClusterDiesWithItsParentTest {
  private static final long GONE_WITHIN_MILLIS = 30_000;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void killingTheJvmThatStartedTheCluster_endsMasterWorkerAndExecutors() throws Exception {
    Path dir = Paths.get("target", "spark-orphans").toAbsolutePath();
    Files.createDirectories(dir);
    Path ready = dir.resolve("ready");
    Files.deleteIfExists(ready);
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    String flags = System.getProperty("spark.jvm.flags", "").trim();
    if (!flags.isEmpty()) {
      cmd.addAll(Arrays.asList(flags.split("\\s+")));
      cmd.add("-Dspark.jvm.flags=" + flags);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Holder.class.getName());
    cmd.add(dir.resolve("cluster").toString());
    cmd.add(ready.toString());
    Process holder =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("holder.log").toFile())
            .start();
    List<Long> pids = new ArrayList<>();
    try {
      long end = System.currentTimeMillis() + 180_000;
      while (!Files.exists(ready)) {
        assertTrue(
            holder.isAlive(),
            "the holder JVM died:\n" + Files.readString(dir.resolve("holder.log")));
        assertTrue(System.currentTimeMillis() < end, "the holder did not start the cluster");
        Thread.sleep(200);
      }
      // master, worker, then the worker's descendants (executors)
      for (String line : Files.readAllLines(ready)) {
        pids.add(Long.parseLong(line.trim()));
      }
      assertTrue(pids.size() >= 3, "master, worker and an executor: " + pids);
      for (int i = 0; i < 2; i++) {
        long parent = ProcessHandle.of(pids.get(i)).flatMap(ProcessHandle::parent).get().pid();
        assertEquals(holder.pid(), parent, "daemon " + pids.get(i) + " is a child of the holder");
      }
      assertEquals(List.of(), gone(pids), "all running before the kill");

      holder.destroyForcibly(); // SIGKILL: no shutdown hook runs in the holder
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
      long t0 = System.nanoTime();
      List<Long> alive = new ArrayList<>(pids);
      long deadline = System.currentTimeMillis() + GONE_WITHIN_MILLIS;
      while (!alive.isEmpty() && System.currentTimeMillis() < deadline) {
        alive.removeIf(pid -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        Thread.sleep(100);
      }
      assertEquals(List.of(), alive, "still running after the holder was killed: " + pids);
      System.out.printf(
          "cluster processes %s ended %.1f s after their parent was killed%n",
          pids, (System.nanoTime() - t0) / 1e9);
    } finally {
      holder.destroyForcibly();
      for (long pid : pids) { // only if the test failed: the processes this test started
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static List<Long> gone(List<Long> pids) {
    return pids.stream()
        .filter(pid -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true))
        .collect(Collectors.toList());
  }

  /**
   * The JVM that is killed: starts a cluster (Master, one Worker) and a driver that runs one job
   * (the Worker forks an executor), writes the PIDs, then waits to be killed.
   */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      LocalSparkCluster cluster = new LocalSparkCluster(Paths.get(args[0]));
      cluster.layout(name -> name.startsWith("vavr") || name.startsWith("parafold-"));
      cluster.start(1, 1);
      SparkConf conf =
          new SparkConf()
              .setMaster(cluster.masterUrl())
              .setAppName("parafold-orphan-test")
              .set("spark.driver.host", "127.0.0.1")
              .set("spark.driver.bindAddress", "127.0.0.1")
              .set("spark.ui.enabled", "false")
              .set("spark.local.dir", cluster.dir.resolve("local").toString())
              .set("spark.executor.memory", "512m")
              .set("spark.cores.max", "1");
      JavaSparkContext sc = new JavaSparkContext(conf);
      sc.parallelize(List.of(1, 2, 3), 3).count(); // no user classes: nothing to ship
      Process worker = cluster.workers().get(0);
      List<Long> pids = new ArrayList<>();
      pids.add(cluster.masterPid());
      pids.add(worker.pid());
      worker.descendants().map(ProcessHandle::pid).forEach(pids::add);
      Path tmp = Paths.get(args[1] + ".tmp");
      Files.writeString(
          tmp, pids.stream().map(String::valueOf).collect(Collectors.joining("\n")) + "\n");
      Files.move(tmp, Paths.get(args[1]));
      Thread.currentThread().join(); // until killed; the context and cluster stay up on purpose
    }
  }
}
