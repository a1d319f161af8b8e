package dev.parafold.examples;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The examples command line: {@code java -jar parafold-examples.jar <job> [options]}. */
@Command(
    name = "parafold-examples",
    mixinStandardHelpOptions = true,
    version = "parafold examples 0.1",
    description = "Runnable parafold jobs on generated data.",
    subcommands = {Main.WordCountJob.class})
public final class Main implements Runnable {

  /** Entry point. */
  public static void main(String[] args) {
    int code = new CommandLine(new Main()).execute(args);
    System.exit(code);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Counts words in generated text and prints the top ten, parafold vs java.util.stream. */
  @Command(
      name = "wordcount",
      mixinStandardHelpOptions = true,
      description = "Top words of generated text, timed against java.util.stream in the same run.")
  static final class WordCountJob implements Callable<Integer> {
    @Option(
        names = "--size-mb",
        description = "Megabytes of text to generate (default ${DEFAULT-VALUE}).")
    int sizeMb = 50;

    @Option(
        names = "--seed",
        description = "Seed of the generated text (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--top", description = "How many words to print (default ${DEFAULT-VALUE}).")
    int top = 10;

    @Option(
        names = "--rounds",
        description = "Timed rounds per variant; the best is shown (default ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(
        names = "--warmup",
        description = "Untimed rounds per variant first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Override
    public Integer call() {
      long t0 = System.nanoTime();
      List<String> lines = TextGenerator.lines(sizeMb * 1_000_000L, seed);
      System.out.printf(
          "generated %,d lines (%d MB) in %d ms; %d cores%n",
          lines.size(),
          sizeMb,
          (System.nanoTime() - t0) / 1_000_000,
          Runtime.getRuntime().availableProcessors());

      Map<String, Long> expected = null;
      String[] names = {
        "java.util.stream sequential",
        "java.util.stream parallel",
        "parafold sequential",
        "parafold parallel"
      };
      double[] best = new double[names.length];
      for (int v = 0; v < names.length; v++) {
        best[v] = Double.MAX_VALUE;
        for (int r = -warmup; r < rounds; r++) {
          long s = System.nanoTime();
          Map<String, Long> counts =
              v == 0
                  ? WordCount.streams(lines, false)
                  : v == 1 ? WordCount.streams(lines, true) : WordCount.parafold(lines, v == 3);
          if (r >= 0) {
            best[v] = Math.min(best[v], (System.nanoTime() - s) / 1e6);
          }
          if (expected == null) {
            expected = counts;
          } else if (!expected.equals(counts)) {
            System.err.println("MISMATCH: " + names[v] + " disagrees with " + names[0]);
            return 1;
          }
        }
      }
      System.out.printf("%ntop %d words:%n", top);
      for (Map.Entry<String, Long> e : WordCount.top(expected, top)) {
        System.out.printf("  %-14s %,10d%n", e.getKey(), e.getValue());
      }
      System.out.printf("%n%,d distinct words; best of %d rounds:%n", expected.size(), rounds);
      for (int v = 0; v < names.length; v++) {
        System.out.printf(
            "  %-28s %8.1f ms   (%.2fx java.util.stream sequential)%n",
            names[v], best[v], best[0] / best[v]);
      }
      System.out.println("all four variants gave identical counts");
      return 0;
    }
  }
}
