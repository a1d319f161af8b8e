package dev.parafold.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wordcount}: top words of text files, or of generated in-memory text when no path is given
 * (the README's main job), timed against java.util.stream in the same run.
 */
@Command(
    name = "wordcount",
    mixinStandardHelpOptions = true,
    description = {
      "Top words of text files, or of generated text (the README job).",
      "PATH: files, directories, globs; timed against java.util.stream in the same run.",
      "Without PATH: generated in-memory text, parafold and java.util.stream each sequential and"
          + " parallel."
    })
final class WordCountCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Text files, directories, globs.")
  List<String> paths = List.of();

  @Mixin RunOptions run;

  @Spec CommandSpec spec;

  int sizeMb = 50;

  @Option(
      names = "--size-mb",
      description = "Without PATH: megabytes of text to generate (default 50).")
  void sizeMb(int mb) {
    if (mb < 1) {
      throw Usage.error(spec, "--size-mb must be >= 1, was " + mb);
    }
    sizeMb = mb;
  }

  @Option(
      names = "--seed",
      description = "Without PATH: seed of the generated text (default ${DEFAULT-VALUE}).")
  long seed = 42;

  int top = 10;

  @Option(names = "--top", description = "How many words to print (default 10).")
  void top(int n) {
    if (n < 0) {
      throw Usage.error(spec, "--top must be >= 0, was " + n);
    }
    top = n;
  }

  int warmup = 1;

  @Option(
      names = "--warmup",
      description = "Without PATH: untimed rounds per variant first (default 1).")
  void warmup(int n) {
    if (n < 0) {
      throw Usage.error(spec, "--warmup must be >= 0, was " + n);
    }
    warmup = n;
  }

  @Override
  public Integer call() throws Exception {
    try (RunOptions how = run) {
      return paths.isEmpty() ? inMemory(how) : files(how);
    }
  }

  private int files(RunOptions how) throws Exception {
    List<Path> files = Inputs.resolve(paths);
    long bytes = Inputs.bytes(files);
    boolean parallel = how.parallel(true);
    FileJob.header(System.out, files, bytes, how.describe(parallel));
    Race<Map<String, Long>> race =
        new Race<>(
                () ->
                    WordCount.parafoldOfFiles(
                        files, how, parallel, how.progress("parafold wordcount")),
                () ->
                    how.streams(
                        () ->
                            WordCount.streamsOfFiles(
                                files, parallel, how.progress("java.util.stream wordcount")),
                        parallel))
            .run(how.rounds);
    printTop(race.result());
    race.report(System.out, how.describe(parallel), how.rounds, bytes);
    return 0;
  }

  private void printTop(Map<String, Long> counts) {
    System.out.printf("%ntop %d words:%n", top);
    for (Map.Entry<String, Long> e : WordCount.top(counts, top)) {
      System.out.printf("  %-14s %,12d%n", e.getKey(), e.getValue());
    }
    System.out.printf("%,d distinct words%n", counts.size());
  }

  /** The original demo: four variants over generated lines in memory. */
  private int inMemory(RunOptions how) throws Exception {
    long t0 = System.nanoTime();
    List<String> lines = TextGenerator.lines(sizeMb * 1_000_000L, seed);
    System.out.printf(
        "generated %,d lines (%d MB) in %d ms; %d cores%n",
        lines.size(),
        sizeMb,
        (System.nanoTime() - t0) / 1_000_000,
        Runtime.getRuntime().availableProcessors());
    boolean both = !how.modeGiven();
    boolean parallel = how.parallel(true);
    String[] names = {
      "java.util.stream sequential",
      "java.util.stream parallel",
      "parafold sequential",
      "parafold parallel"
    };
    int rounds = Math.max(3, how.rounds);
    Map<String, Long> expected = null;
    double[] best = new double[names.length];
    for (int v = 0; v < names.length; v++) {
      best[v] = Double.NaN;
      boolean par = v % 2 == 1;
      if (!both && par != parallel) {
        continue;
      }
      best[v] = Double.MAX_VALUE;
      for (int r = -warmup; r < rounds; r++) {
        long s = System.nanoTime();
        Map<String, Long> counts =
            v < 2
                ? how.streams(() -> WordCount.streams(lines, par), par)
                : WordCount.parafold(how.on(dev.parafold.Fold.from(lines), par));
        if (r >= 0) {
          best[v] = Math.min(best[v], (System.nanoTime() - s) / 1e6);
        }
        if (expected == null) {
          expected = counts;
        } else if (!expected.equals(counts)) {
          System.err.println("MISMATCH: " + names[v] + " disagrees with the first variant");
          return 1;
        }
      }
    }
    printTop(expected);
    double base = both || !parallel ? best[0] : best[1];
    System.out.printf(
        "%nbest of %d rounds (parallel variants: %s):%n",
        rounds, how.describe(true).replace("parallel, ", ""));
    for (int v = 0; v < names.length; v++) {
      if (!Double.isNaN(best[v])) {
        System.out.printf(
            "  %-28s %8.1f ms   (%.2fx %s)%n",
            names[v], best[v], base / best[v], names[both || !parallel ? 0 : 1]);
      }
    }
    System.out.println("all variants gave identical counts");
    return 0;
  }
}
