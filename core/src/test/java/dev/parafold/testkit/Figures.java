package dev.parafold.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where the reliability battery writes the figures it measures, so that one run's figures can be
 * read in one place. Each call prints the figure and appends one tab-separated line (time, test,
 * figure, value) to {@code target/battery-figures.tsv} of the module under test; {@code
 * battery/report} gathers the files of every module into one table.
 *
 * <p>Figures are reported, never compared with a timing threshold: a test fails on wrong results,
 * hangs, leaks and lost work, not on a slow machine.
 */
public final class Figures {
  private static final Path FILE = Paths.get("target", "battery-figures.tsv");

  private Figures() {}

  /** Records {@code value} for {@code figure} of battery test {@code test} (say "B4 faults"). */
  public static synchronized void record(String test, String figure, Object value) {
    String v = String.valueOf(value).replace('\t', ' ').replace('\n', ' ');
    System.out.printf("[figure] %s | %s = %s%n", test, figure, v);
    String line = Instant.now() + "\t" + test + "\t" + figure + "\t" + v + "\n";
    try {
      Files.createDirectories(FILE.getParent());
      Files.write(
          FILE,
          line.getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + FILE.toAbsolutePath(), e);
    }
  }

  /** The {@code q}-quantile (0..1) of {@code sorted}, nearest rank; NaN when empty. */
  public static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
