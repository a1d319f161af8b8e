package dev.parafold.benchmarks;

import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.spark.LocalSparkCluster;
import dev.parafold.spark.SparkExecutor;
import dev.parafold.spark.SparkSources;
import dev.parafold.xf.Transducers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import scala.Tuple2;

/**
 * The same two jobs over a generated CSV file ({@code id,country,cents,note}, the note a few words
 * long), written with parafold's {@link SparkExecutor} and with Spark's own RDD API, on {@code
 * local[2]} and on a standalone cluster on loopback ({@code master=cluster}: a Master, a Worker and
 * one executor JVM of 2 cores, started by the spark module's {@link LocalSparkCluster}): a word
 * count of the notes ({@code wordCount*}: parafold {@code flatMap | countBy} against {@code flatMap
 * / reduceByKey}) and the sum of cents per country ({@code groupSum*}: parafold {@code
 * groupBy(summingLong)} against {@code aggregate} with a hash map and against {@code reduceByKey}).
 * Both read the file by byte ranges on the executors (parafold {@link SparkSources#lines}, Spark
 * {@code textFile}) in the same number of partitions and parse lines the same way. {@code *Hand} is
 * a one-thread loop over the file, for scale.
 *
 * <p>Each fork checks, at setup, that its job's parafold and RDD variants give the hand loop's
 * answer on its master, and prints at teardown the time the driver spent combining partials in each
 * parafold fold (min, median, max over the fork's runs) with the last fold's plan.
 *
 * <p>Spark is a {@code provided} dependency of this module, so this benchmark does not run from
 * {@code benchmarks.jar}: {@code benchmarks/run-spark} runs it with Spark on the class path.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xmx2g",
      "-XX:+IgnoreUnrecognizedVMOptions",
      "--add-modules=jdk.incubator.vector",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true"
    })
public class SparkVersusRddBenchmark {
  /** The generated file alone, for the one-thread loops. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param("600000")
    public int rows;

    Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
      file = Files.createTempFile("parafold-spark-bench", ".csv");
      generate(file, rows, 42);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** The generated file and a Spark context on {@link #master}. */
  @State(Scope.Benchmark)
  public static class OnSpark {
    /** {@code local[...]}, or {@code cluster}: a Master, a Worker and an executor on loopback. */
    @Param({"local[2]", "cluster"})
    public String master;

    @Param("600000")
    public int rows;

    @Param("8")
    public int partitions;

    Path file;
    LocalSparkCluster cluster;
    JavaSparkContext sc;
    SparkExecutor spark;
    private boolean measuresParafold;
    private final List<Double> mergeMillis = new ArrayList<>();
    private final TaskTotals tasks = new TaskTotals();
    private final List<long[]> perRun = new ArrayList<>(); // TaskTotals' differences per run
    private long jobsBefore;
    private long[] totalsBefore;

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) throws IOException, InterruptedException {
      String benchmark = params.getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      measuresParafold = method.endsWith("Parafold");
      file = Files.createTempFile("parafold-spark-bench", ".csv");
      generate(file, rows, 42);
      SparkConf conf;
      if (master.equals("cluster")) {
        conf = startCluster();
      } else {
        conf =
            new SparkConf()
                .setMaster(master)
                .setAppName("parafold-vs-rdd")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
      }
      sc = new JavaSparkContext(conf);
      sc.setLogLevel("WARN");
      sc.sc().addSparkListener(tasks);
      spark = SparkExecutor.on(sc).withPartitions(partitions);
      SparkVersusRddBenchmark jobs = new SparkVersusRddBenchmark();
      Map<String, Long> expected;
      if (method.startsWith("wordCount")) {
        expected = wordCountHand(file);
        check(method, expected, jobs.wordCountParafold(this), jobs.wordCountRdd(this));
      } else {
        expected = groupSumHand(file);
        check(
            method,
            expected,
            jobs.groupSumParafold(this),
            jobs.groupSumRdd(this),
            jobs.groupSumRddReduceByKey(this));
      }
      mergeMillis.clear(); // the check's folds do not count
      tasks.awaitQuiet();
      System.out.printf(
          "%n%s on %s: parafold and RDD answers equal the hand loop's (%d keys)%n",
          method, sc.master(), expected.size());
    }

    /**
     * Starts the loopback cluster under benchmarks/target: SPARK_HOME from this fork's class path,
     * vavr shipped with the app jar as an application ships it, JMH and DuckDB left out.
     */
    private SparkConf startCluster() throws IOException, InterruptedException {
      if (System.getProperty("spark.jvm.flags") == null) {
        // the Master and Worker JVMs need the same module flags as this fork
        System.setProperty(
            "spark.jvm.flags",
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(
                    a ->
                        a.startsWith("--add-")
                            || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
                            || a.startsWith("-Djdk.reflect.")
                            || a.startsWith("-Dio.netty."))
                .collect(Collectors.joining(" ")));
      }
      cluster = new LocalSparkCluster(Paths.get("benchmarks", "target", "spark-cluster"));
      try {
        cluster.layout(
            name -> name.startsWith("vavr"),
            name ->
                name.startsWith("jmh-")
                    || name.startsWith("duckdb")
                    || name.startsWith("jopt-simple")
                    || name.startsWith("commons-math3"));
        long t0 = System.nanoTime();
        cluster.start(1, 2);
        System.out.printf(
            "%ncluster: Master + Worker up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return cluster.driverConf("parafold-vs-rdd", 2, 2).set("spark.executor.memory", "1g");
      } catch (IOException | InterruptedException | RuntimeException e) {
        cluster.close();
        throw e;
      }
    }

    @Setup(Level.Iteration)
    public void markTasks() {
      jobsBefore = tasks.jobsEnded();
      totalsBefore = tasks.totals();
    }

    /**
     * What the executors did in the run that just ended (every variant runs one Spark job), and the
     * driver's merge time of a parafold fold.
     */
    @TearDown(Level.Iteration)
    public void recordRun() throws InterruptedException {
      if (tasks.awaitJobsEnded(jobsBefore + 1)) {
        long[] now = tasks.totals();
        long[] run = new long[now.length];
        for (int i = 0; i < run.length; i++) {
          run[i] = now[i] - totalsBefore[i];
        }
        perRun.add(run);
      }
      if (measuresParafold) {
        mergeMillis.add(driverMergeMillis(spark.lastRun()));
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      try {
        if (!perRun.isEmpty()) {
          System.out.printf(
              "%nexecutor CPU per run, %d runs: min %d ms, median %d ms, max %d ms; medians of"
                  + " result serialization %d ms, task results %d KB, shuffle written %d KB%n",
              perRun.size(),
              TaskTotals.min(perRun, 0) / 1_000_000,
              TaskTotals.median(perRun, 0) / 1_000_000,
              TaskTotals.max(perRun, 0) / 1_000_000,
              TaskTotals.median(perRun, 1),
              TaskTotals.median(perRun, 2) / 1024,
              TaskTotals.median(perRun, 3) / 1024);
        }
        if (measuresParafold) {
          List<Double> ms = new ArrayList<>(mergeMillis);
          Collections.sort(ms);
          System.out.printf(
              "%ndriver merge of the %d partials, %d runs: min %.2f ms, median %.2f ms, max %.2f ms"
                  + "%nlast parafold fold:%n%s",
              partitions,
              ms.size(),
              ms.get(0),
              ms.get(ms.size() / 2),
              ms.get(ms.size() - 1),
              spark.lastRun());
        }
      } finally {
        sc.stop();
        if (cluster != null) {
          cluster.close();
          System.out.println("cluster processes left running: " + cluster.alive().size());
        }
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * Sums over finished tasks: executor CPU (ns), result serialization (ms), task result bytes and
   * shuffle bytes written; and counts finished jobs (listener events arrive asynchronously, in
   * order: a job's task ends come before its job end).
   */
  static final class TaskTotals extends SparkListener {
    private final long[] totals = new long[4];
    private final AtomicLong jobsStarted = new AtomicLong();
    private final AtomicLong jobsEnded = new AtomicLong();

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
      TaskMetrics m = end.taskMetrics();
      if (m != null) {
        totals[0] += m.executorCpuTime();
        totals[1] += m.resultSerializationTime();
        totals[2] += m.resultSize();
        totals[3] += m.shuffleWriteMetrics().bytesWritten();
      }
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
      jobsStarted.incrementAndGet();
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
      jobsEnded.incrementAndGet();
    }

    synchronized long[] totals() {
      return totals.clone();
    }

    long jobsEnded() {
      return jobsEnded.get();
    }

    /** Whether {@code n} jobs have ended within 10 s. */
    boolean awaitJobsEnded(long n) throws InterruptedException {
      long end = System.nanoTime() + 10_000_000_000L;
      while (jobsEnded.get() < n) {
        if (System.nanoTime() > end) {
          return false;
        }
        Thread.sleep(1);
      }
      return true;
    }

    /** Waits until every job started has ended and nothing came in for 300 ms. */
    void awaitQuiet() throws InterruptedException {
      long seen = -1;
      while (jobsEnded.get() != jobsStarted.get() || jobsEnded.get() != seen) {
        seen = jobsEnded.get();
        Thread.sleep(300);
      }
    }

    static long min(List<long[]> runs, int i) {
      return runs.stream().mapToLong(r -> r[i]).min().orElse(0);
    }

    static long max(List<long[]> runs, int i) {
      return runs.stream().mapToLong(r -> r[i]).max().orElse(0);
    }

    static long median(List<long[]> runs, int i) {
      long[] v = runs.stream().mapToLong(r -> r[i]).sorted().toArray();
      return v[v.length / 2];
    }
  }

  private static final Pattern DRIVER_MERGE =
      Pattern.compile("the driver combined \\d+ partials in ([0-9]+[.,][0-9]+) ms");

  /** The driver's merge time that {@link SparkExecutor#lastRun()} reports. */
  static double driverMergeMillis(String lastRun) {
    Matcher m = DRIVER_MERGE.matcher(lastRun);
    if (!m.find()) {
      throw new IllegalStateException("no driver merge time in the fold's plan:\n" + lastRun);
    }
    return Double.parseDouble(m.group(1).replace(',', '.'));
  }

  @SafeVarargs
  private static <K> void check(String job, Map<K, Long> expected, Map<K, Long>... got) {
    for (Map<K, Long> g : got) {
      if (!new HashMap<>(expected).equals(new HashMap<>(g))) {
        throw new IllegalStateException(job + ": variants disagree");
      }
    }
  }

  /** {@code rows} lines of {@code id,country,cents,note}; notes of 2-8 skewed words. */
  static void generate(Path file, int rows, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] vocabulary = new String[20_000];
    for (int i = 0; i < vocabulary.length; i++) {
      char[] w = new char[3 + rnd.nextInt(8)];
      for (int j = 0; j < w.length; j++) {
        w[j] = (char) ('a' + rnd.nextInt(26));
      }
      vocabulary[i] = new String(w);
    }
    String[] countries = new String[40];
    for (int i = 0; i < countries.length; i++) {
      countries[i] = "c" + i;
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < rows; i++) {
        sb.setLength(0);
        sb.append(i).append(',').append(countries[rnd.nextInt(countries.length)]).append(',');
        sb.append(rnd.nextInt(100_000)).append(',');
        int words = 2 + rnd.nextInt(7);
        for (int j = 0; j < words; j++) {
          double u = rnd.nextDouble();
          if (j > 0) {
            sb.append(' ');
          }
          sb.append(vocabulary[(int) (vocabulary.length * u * u)]);
        }
        out.write(sb.append('\n').toString());
      }
    }
  }

  // ---- parsing, shared by every variant ------------------------------------------------------

  /** The words of a line's note (the fourth field). */
  static List<String> words(String line) {
    return Arrays.asList(line.substring(line.lastIndexOf(',') + 1).split(" "));
  }

  static String country(String line) {
    int a = line.indexOf(',');
    return line.substring(a + 1, line.indexOf(',', a + 1));
  }

  static long cents(String line) {
    int a = line.indexOf(',');
    int b = line.indexOf(',', a + 1);
    return Long.parseLong(line, b + 1, line.indexOf(',', b + 1), 10);
  }

  // ---- word count ----------------------------------------------------------------------------

  @Benchmark
  public Map<String, Long> wordCountHand(Input in) throws IOException {
    return wordCountHand(in.file);
  }

  static Map<String, Long> wordCountHand(Path file) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        for (String w : words(line)) {
          counts.merge(w, 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  @Benchmark
  public Map<String, Long> wordCountParafold(OnSpark s) {
    Reducer<String, ?, Map<String, Long>> r =
        Transducers.<String, String>flatMap(SparkVersusRddBenchmark::words)
            .apply(Reducers.countBy((String w) -> w));
    return s.spark.fold(SparkSources.lines(s.file), r, FoldOptions.defaults());
  }

  @Benchmark
  public Map<String, Long> wordCountRdd(OnSpark s) {
    return s.sc
        .textFile(s.file.toString(), s.partitions)
        .flatMap(line -> words(line).iterator())
        .mapToPair(w -> new Tuple2<>(w, 1L))
        .reduceByKey(Long::sum)
        .collectAsMap();
  }

  // ---- sum of cents per country --------------------------------------------------------------

  @Benchmark
  public Map<String, Long> groupSumHand(Input in) throws IOException {
    return groupSumHand(in.file);
  }

  static Map<String, Long> groupSumHand(Path file) throws IOException {
    Map<String, Long> sums = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        sums.merge(country(line), cents(line), Long::sum);
      }
    }
    return sums;
  }

  @Benchmark
  public Map<String, Long> groupSumParafold(OnSpark s) {
    Reducer<String, ?, Map<String, Long>> r =
        Reducers.groupBy(
            SparkVersusRddBenchmark::country, Reducers.summingLong(SparkVersusRddBenchmark::cents));
    return s.spark.fold(SparkSources.lines(s.file), r, FoldOptions.defaults());
  }

  @Benchmark
  public Map<String, Long> groupSumRdd(OnSpark s) {
    return s.sc
        .textFile(s.file.toString(), s.partitions)
        .aggregate(new Sums(), Sums::add, Sums::merge)
        .sums;
  }

  @Benchmark
  public Map<String, Long> groupSumRddReduceByKey(OnSpark s) {
    return s.sc
        .textFile(s.file.toString(), s.partitions)
        .mapToPair(line -> new Tuple2<>(country(line), cents(line)))
        .reduceByKey(Long::sum)
        .collectAsMap();
  }

  /** The accumulator of {@code aggregate}: a hash map of sums, merged in place. */
  static final class Sums implements Serializable {
    private static final long serialVersionUID = 1L;
    final HashMap<String, Long> sums = new HashMap<>();

    Sums add(String line) {
      sums.merge(country(line), cents(line), Long::sum);
      return this;
    }

    Sums merge(Sums other) {
      Iterator<Map.Entry<String, Long>> it = other.sums.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<String, Long> e = it.next();
        sums.merge(e.getKey(), e.getValue(), Long::sum);
      }
      return this;
    }
  }
}
