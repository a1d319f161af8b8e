package dev.parafold.examples;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Times one job written twice, with parafold and with {@code java.util.stream}, in the same JVM:
 * {@code rounds} rounds, each running both versions (parafold first in odd rounds, streams first in
 * even ones, so that neither always meets the colder JIT), keeping the best time of each and
 * checking that every result equals the first.
 *
 * @param <R> the job's result
 */
final class Race<R> {
  private final Callable<R> parafold;
  private final Callable<R> streams;
  private R result;
  private double parafoldMs = Double.MAX_VALUE;
  private double streamsMs = Double.MAX_VALUE;

  Race(Callable<R> parafold, Callable<R> streams) {
    this.parafold = parafold;
    this.streams = streams;
  }

  /** Runs the rounds; throws {@link IllegalStateException} if two results differ. */
  Race<R> run(int rounds) throws Exception {
    for (int r = 0; r < Math.max(1, rounds); r++) {
      boolean parafoldFirst = r % 2 == 0;
      R p = null;
      R s = null;
      for (int k = 0; k < 2; k++) {
        long t0 = System.nanoTime();
        if ((k == 0) == parafoldFirst) {
          p = parafold.call();
          parafoldMs = Math.min(parafoldMs, (System.nanoTime() - t0) / 1e6);
        } else {
          s = streams.call();
          streamsMs = Math.min(streamsMs, (System.nanoTime() - t0) / 1e6);
        }
      }
      if (!Objects.equals(s, p)) {
        throw new IllegalStateException(
            "MISMATCH: parafold and java.util.stream disagree\n  parafold: "
                + abbreviate(p)
                + "\n  streams:  "
                + abbreviate(s));
      }
      if (result == null) {
        result = p;
      } else if (!result.equals(p)) {
        throw new IllegalStateException("MISMATCH between rounds");
      }
    }
    return this;
  }

  R result() {
    return result;
  }

  double parafoldMs() {
    return parafoldMs;
  }

  double streamsMs() {
    return streamsMs;
  }

  /** Prints both times, the speedup and the agreement. */
  void report(PrintStream out, String how, int rounds, long bytes) {
    out.printf("%ntimes (%s; best of %d):%n", how, Math.max(1, rounds));
    out.printf("  %-18s %10.1f ms%s%n", "java.util.stream", streamsMs, rate(bytes, streamsMs));
    out.printf("  %-18s %10.1f ms%s%n", "parafold", parafoldMs, rate(bytes, parafoldMs));
    out.printf(
        "  speedup over java.util.stream: %.2fx; both versions gave the same result%n",
        streamsMs / parafoldMs);
  }

  private static String rate(long bytes, double ms) {
    return bytes <= 0 ? "" : String.format("   %,8.1f MB/s", bytes / 1e3 / ms);
  }

  private static String abbreviate(Object o) {
    String s = String.valueOf(o);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
