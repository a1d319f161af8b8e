package dev.parafold.benchmarks;

import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.spark.SparkExecutor;
import dev.parafold.spark.SparkSources;
import dev.parafold.xf.Transducers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
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
import scala.Tuple2;

/**
 * The same two jobs over a generated CSV file ({@code id,country,cents,note}, the note a few words
 * long), written with parafold's {@link SparkExecutor} and with Spark's own RDD API, on {@code
 * local[2]}: a word count of the notes ({@code wordCount*}: parafold {@code flatMap | countBy}
 * against {@code flatMap / reduceByKey}) and the sum of cents per country ({@code groupSum*}:
 * parafold {@code groupBy(summingLong)} against {@code aggregate} with a hash map and against
 * {@code reduceByKey}). Both read the file by byte ranges on the executors (parafold {@link
 * SparkSources#lines}, Spark {@code textFile}) in the same number of partitions and parse lines the
 * same way. {@code *Hand} is a one-thread loop over the file, for scale. Every variant's answer is
 * checked equal to the hand loop's at setup.
 *
 * <p>Spark is a {@code provided} dependency of this module, so this benchmark does not run from
 * {@code benchmarks.jar}: {@code benchmarks/run-spark} runs it with Spark on the class path. The
 * teardown prints the last parafold fold's plan with the time the driver spent combining partials.
 */
@State(Scope.Benchmark)
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
  @Param("local[2]")
  public String master;

  @Param("600000")
  public int rows;

  @Param("8")
  public int partitions;

  Path file;
  JavaSparkContext sc;
  SparkExecutor spark;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    file = Files.createTempFile("parafold-spark-bench", ".csv");
    generate(file, rows, 42);
    SparkConf conf =
        new SparkConf()
            .setMaster(master)
            .setAppName("parafold-vs-rdd")
            .set("spark.ui.enabled", "false")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1");
    sc = new JavaSparkContext(conf);
    sc.setLogLevel("WARN");
    spark = SparkExecutor.on(sc).withPartitions(partitions);
    check("wordCount", wordCountHand(), wordCountParafold(), wordCountRdd());
    check("groupSum", groupSumHand(), groupSumParafold(), groupSumRdd(), groupSumRddReduceByKey());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    System.out.println("\nlast parafold fold:\n" + spark.lastRun());
    sc.stop();
    Files.deleteIfExists(file);
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
  public Map<String, Long> wordCountHand() throws IOException {
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
  public Map<String, Long> wordCountParafold() {
    Reducer<String, ?, Map<String, Long>> r =
        Transducers.<String, String>flatMap(SparkVersusRddBenchmark::words)
            .apply(Reducers.countBy((String w) -> w));
    return spark.fold(SparkSources.lines(file), r, FoldOptions.defaults());
  }

  @Benchmark
  public Map<String, Long> wordCountRdd() {
    return sc.textFile(file.toString(), partitions)
        .flatMap(line -> words(line).iterator())
        .mapToPair(w -> new Tuple2<>(w, 1L))
        .reduceByKey(Long::sum)
        .collectAsMap();
  }

  // ---- sum of cents per country --------------------------------------------------------------

  @Benchmark
  public Map<String, Long> groupSumHand() throws IOException {
    Map<String, Long> sums = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        sums.merge(country(line), cents(line), Long::sum);
      }
    }
    return sums;
  }

  @Benchmark
  public Map<String, Long> groupSumParafold() {
    Reducer<String, ?, Map<String, Long>> r =
        Reducers.groupBy(
            SparkVersusRddBenchmark::country, Reducers.summingLong(SparkVersusRddBenchmark::cents));
    return spark.fold(SparkSources.lines(file), r, FoldOptions.defaults());
  }

  @Benchmark
  public Map<String, Long> groupSumRdd() {
    return sc.textFile(file.toString(), partitions)
        .aggregate(new Sums(), Sums::add, Sums::merge)
        .sums;
  }

  @Benchmark
  public Map<String, Long> groupSumRddReduceByKey() {
    return sc.textFile(file.toString(), partitions)
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
