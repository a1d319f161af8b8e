package dev.parafold.examples;

import dev.parafold.files.Progress;
import dev.parafold.files.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line terminal progress bar fed by a file fold's {@link ProgressListener}: redrawn with a
 * carriage return when a chunk finishes and the shown percentage changes, finished with a newline
 * at 100%.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final String label;
  private final PrintStream out;
  private int shown = -1;

  ProgressBar(String label, PrintStream out) {
    this.label = label;
    this.out = out;
  }

  @Override
  public synchronized void progress(Progress p) {
    int percent = (int) Math.floor(p.fraction() * 100);
    if (percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    String eta = p.eta().map(ProgressBar::format).orElse("?");
    out.printf(
        "\r%-28s [%s%s] %3d%%  %,7.1f MB/s  ETA %s   ",
        label,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        percent,
        p.bytesPerSecond() / 1e6,
        eta);
    if (percent >= 100) {
      out.println();
    }
    out.flush();
  }

  private static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 60 ? (s / 60) + "m" + (s % 60) + "s" : s + "s";
  }
}
