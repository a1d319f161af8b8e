package dev.parafold.examples;

import dev.parafold.Fold;
import dev.parafold.spark.SparkExecutor;
import dev.parafold.spark.SparkSources;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark side of {@code spark-wordcount}: starts a {@code JavaSparkContext} on the given master,
 * ships this application's jar (parafold, vavr; Spark's own jars are the cluster's), and folds
 * {@link WordCount#WORDS} with {@code countBy} on Spark, then locally, then with java.util.stream.
 */
final class SparkWordCount {
  private SparkWordCount() {}

  static int run(SparkWordCountCommand c, RunOptions how) throws Exception {
    PrintStream out = System.out;
    boolean parallel = how.parallel(true);
    List<String> generated = null;
    List<Path> files = null;
    if (c.path == null) {
      generated = TextGenerator.lines(c.sizeMb * 1_000_000L, c.seed);
      out.printf(
          "input: %,d generated lines (%d MB), shipped from the driver%n",
          generated.size(), c.sizeMb);
    } else {
      files = List.of(c.path.toAbsolutePath());
      out.printf(
          "input: %s (%,d bytes), read by the executors%n", files.get(0), Files.size(c.path));
    }

    SparkConf conf =
        new SparkConf()
            .setMaster(c.master)
            .setAppName("parafold spark-wordcount")
            .set("spark.ui.enabled", "false");
    if (c.master.startsWith("local")
        || c.master.contains("127.0.0.1")
        || c.master.contains("localhost")) {
      conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }
    Path appJar = appJar();
    if (appJar != null && !c.master.startsWith("local")) {
      conf.setJars(new String[] {appJar.toString()});
    }
    c.conf.forEach(conf::set);

    long t0 = System.nanoTime();
    JavaSparkContext sc = new JavaSparkContext(conf);
    try {
      sc.setLogLevel("WARN");
      out.printf(
          "SparkContext on %s up in %,d ms (default parallelism %d)%n",
          c.master, (System.nanoTime() - t0) / 1_000_000, sc.defaultParallelism());
      SparkExecutor spark = SparkExecutor.on(sc);
      if (c.partitions != null) {
        spark = spark.withPartitions(c.partitions);
      }
      Fold<String> onSpark =
          (files == null ? Fold.from(generated) : Fold.from(SparkSources.lines(files.get(0))))
              .on(spark);

      double sparkMs = Double.MAX_VALUE;
      Map<String, Long> sparkCounts = null;
      for (int r = 0; r < Math.max(1, how.rounds); r++) {
        long s = System.nanoTime();
        sparkCounts = WordCount.parafold(onSpark);
        sparkMs = Math.min(sparkMs, (System.nanoTime() - s) / 1e6);
      }
      out.println("spark run: " + spark.lastRun());

      List<String> lines = generated;
      List<Path> paths = files;
      Race<Map<String, Long>> local =
          new Race<>(
                  () ->
                      lines != null
                          ? WordCount.parafold(how.on(Fold.from(lines), parallel))
                          : WordCount.parafoldOfFiles(
                              paths, how, parallel, how.progress("parafold")),
                  () ->
                      how.streams(
                          () ->
                              lines != null
                                  ? WordCount.streams(lines, parallel)
                                  : WordCount.streamsOfFiles(paths, parallel, null),
                          parallel))
              .run(how.rounds);
      if (!local.result().equals(sparkCounts)) {
        System.err.println("MISMATCH: parafold on Spark disagrees with the local fold");
        return 1;
      }
      out.printf("%ntop %d words:%n", c.top);
      for (Map.Entry<String, Long> e : WordCount.top(sparkCounts, c.top)) {
        out.printf("  %-14s %,12d%n", e.getKey(), e.getValue());
      }
      out.printf("%,d distinct words%n", sparkCounts.size());
      out.printf("%ntimes (best of %d):%n", Math.max(1, how.rounds));
      out.printf("  %-52s %10.1f ms%n", "parafold on Spark " + c.master, sparkMs);
      out.printf(
          "  %-52s %10.1f ms%n", "parafold local, " + how.describe(parallel), local.parafoldMs());
      out.printf("  %-52s %10.1f ms%n", "java.util.stream local", local.streamsMs());
      out.println("Spark, local parafold and java.util.stream gave the same counts");
      return 0;
    } finally {
      sc.stop();
    }
  }

  /** The jar this class was loaded from (the shaded examples jar), or null from a directory. */
  private static Path appJar() throws URISyntaxException {
    var source = SparkWordCount.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    Path p = Path.of(source.getLocation().toURI());
    return p.toString().endsWith(".jar") ? p : null;
  }
}
