package dev.parafold.benchmarks;

import dev.parafold.Fold;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * Measurements JMH does not give: how much of the range the parallel early-exit variants examine,
 * and peak live / started threads of the nested variants. Prints {@code probe <name> <value>} lines
 * that {@code benchmarks/run} copies into RESULTS.md.
 */
public final class Probes {
  private Probes() {}

  /** Runs every probe. Arguments: none. */
  public static void main(String[] args) {
    long n = 100_000_000L;
    long key = Mix.mix64(n / 10);
    examined("findFirst.hand", n, c -> handFind(n, key, c));
    examined(
        "findFirst.streamPar",
        n,
        c ->
            LongStream.range(0, n)
                .parallel()
                .filter(x -> count(c) && Mix.mix64(x) == key)
                .findFirst()
                .orElse(-1));
    examined(
        "findFirst.parafoldSeq",
        n,
        c -> Fold.range(0, n).filter(x -> count(c) && Mix.mix64(x) == key).findFirst().orElse(-1));
    examined(
        "findFirst.parafoldPar",
        n,
        c ->
            Fold.range(0, n)
                .parallel()
                .filter(x -> count(c) && Mix.mix64(x) == key)
                .findFirst()
                .orElse(-1));
    examined(
        "anyMatch.streamPar",
        n,
        c ->
            LongStream.range(0, n).parallel().anyMatch(x -> count(c) && Mix.mix64(x) == key)
                ? 1
                : 0);
    examined(
        "anyMatch.parafoldPar",
        n,
        c -> Fold.range(0, n).parallel().anyMatch(x -> count(c) && Mix.mix64(x) == key) ? 1 : 0);

    NestedBenchmark nested = new NestedBenchmark();
    nested.groups = 64;
    nested.inner = 100_000;
    threads("nested.streamPar", nested::streamPar);
    threads("nested.parafoldPar", nested::parafoldPar);
    threads("nested.parafoldSeq", nested::parafoldSeq);
  }

  private static boolean count(LongAdder c) {
    c.increment();
    return true;
  }

  private static long handFind(long n, long key, LongAdder c) {
    for (long x = 0; x < n; x++) {
      c.increment();
      if (Mix.mix64(x) == key) {
        return x;
      }
    }
    return -1;
  }

  private interface Counted {
    long run(LongAdder counter);
  }

  private static void examined(String name, long n, Counted variant) {
    double[] fractions = new double[7];
    int ok = 0;
    String failure = "";
    for (int i = 0; i < fractions.length; i++) {
      LongAdder c = new LongAdder();
      try {
        long r = variant.run(c);
        if (r < 0) {
          throw new AssertionError(name + " found nothing");
        }
        fractions[ok++] = (double) c.sum() / n;
      } catch (RuntimeException e) {
        failure = ", " + (fractions.length - ok) + " runs failed: " + e.getMessage();
      }
    }
    if (ok == 0) {
      System.out.printf("probe examined.%s failed%s%n", name, failure);
      return;
    }
    double[] done = Arrays.copyOf(fractions, ok);
    Arrays.sort(done);
    System.out.printf(
        "probe examined.%s median %.1f%% max %.1f%% of the range (match at 10%%)%s%n",
        name, 100 * done[ok / 2], 100 * done[ok - 1], failure);
  }

  private static void threads(String name, LongSupplier variant) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 5; i++) {
      variant.getAsLong(); // warm up, start the common pool's workers
    }
    int before = mx.getThreadCount();
    long started = mx.getTotalStartedThreadCount();
    int peak = 0;
    int runs = 15;
    for (int i = 0; i < runs; i++) {
      mx.resetPeakThreadCount();
      variant.getAsLong();
      peak = Math.max(peak, mx.getPeakThreadCount());
    }
    long startedPerRun = (mx.getTotalStartedThreadCount() - started) / runs;
    System.out.printf(
        "probe threads.%s peak live %d (+%d over before), started per run %d, common pool"
            + " parallelism %d%n",
        name,
        peak,
        peak - before,
        startedPerRun,
        java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
  }
}
