package dev.parafold.examples;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-wordcount}: the word count pipeline of {@code wordcount}, the same transducer and
 * reducer objects, run on Spark and locally. Needs Spark's jars on the class path (see
 * docs/cli.md); this class names no Spark type, so the other jobs run without them.
 */
@Command(
    name = "spark-wordcount",
    mixinStandardHelpOptions = true,
    description = {
      "The wordcount pipeline on Spark and locally; needs Spark on the class path.",
      "Runs on --master (local[2], spark://host:port), then locally, with java.util.stream as",
      "the baseline; all results must agree. See docs/cli.md for the command line."
    })
final class SparkWordCountCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "PATH",
      description = "A text file every executor can read at this path (default: generated text).")
  Path path;

  @Option(names = "--master", description = "Spark master URL (default ${DEFAULT-VALUE}).")
  String master = "local[2]";

  @Option(
      names = "--partitions",
      description = "Spark partitions (default: from the fold's chunk policy).")
  Integer partitions;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "Extra Spark settings, e.g. --conf spark.executor.memory=1g.")
  Map<String, String> conf = new java.util.LinkedHashMap<>();

  @Option(
      names = "--size-mb",
      description = "Without PATH: megabytes of text to generate (default ${DEFAULT-VALUE}).")
  int sizeMb = 20;

  @Option(names = "--seed", description = "Without PATH: seed (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--top", description = "How many words to print (default ${DEFAULT-VALUE}).")
  int top = 10;

  @Mixin RunOptions run;

  @Override
  public Integer call() throws Exception {
    try {
      Class.forName("org.apache.spark.api.java.JavaSparkContext");
    } catch (ClassNotFoundException e) {
      System.err.println(
          "spark-wordcount needs Spark's jars on the class path; see docs/cli.md for the command");
      return 2;
    }
    try (RunOptions how = run) {
      return SparkWordCount.run(this, how);
    }
  }
}
