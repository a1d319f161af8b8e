package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Deterministic chunking: with {@code ChunkPolicy.fixed} (and {@code random(seed)}), the split and
 * combine tree depends only on the input size, so a plain (uncompensated, order-sensitive) double
 * sum is bit-identical on pools of 1, 2 and 8 threads, the common pool, the single-thread split
 * tree, the thread-pool executor, and under a parallelism cap.
 */
final class DeterminismTest {

  /** Plain double addition: every change of association changes low bits. */
  static final class PlainSum implements Reducer<Double, double[], Double> {
    private static final long serialVersionUID = 1L;

    @Override
    public double[] init() {
      return new double[1];
    }

    @Override
    public double[] step(double[] acc, Double t) {
      acc[0] += t;
      return acc;
    }

    @Override
    public double[] combine(double[] left, double[] right) {
      left[0] += right[0];
      return left;
    }

    @Override
    public Double complete(double[] acc) {
      return acc[0];
    }
  }

  private static double[] data(long seed, int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-8, 9));
    }
    return d;
  }

  @Test
  void fixedChunks_giveBitIdenticalDoubleSums_onAnyNumberOfThreads() throws Exception {
    long seed = Fixtures.seed();
    List<ForkJoinPool> pools =
        List.of(new ForkJoinPool(1), new ForkJoinPool(2), new ForkJoinPool(8));
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      List<FoldExecutor> execs = new ArrayList<>();
      for (ForkJoinPool p : pools) {
        execs.add(ForkJoinExecutor.on(p));
      }
      execs.add(ForkJoinExecutor.shared());
      execs.add(new SplitTreeExecutor(1));
      execs.add(new SplitTreeExecutor(16));
      execs.add(ThreadPoolFoldExecutor.on(threads, 3));
      int checked = 0;
      boolean sensitive = false;
      for (int n : new int[] {1, 100, 4097, 100_000, 300_001}) {
        double[] d = data(seed + n, n);
        double sequential =
            SequentialExecutor.instance()
                .fold(Sources.doubles(d), new PlainSum(), FoldOptions.defaults());
        for (ChunkPolicy policy :
            List.of(
                ChunkPolicy.fixed(1000),
                ChunkPolicy.deterministic(),
                ChunkPolicy.random(seed, 777))) {
          FoldOptions opts = FoldOptions.defaults().chunks(policy);
          double reference =
              new SplitTreeExecutor(4).fold(Sources.doubles(d), new PlainSum(), opts);
          sensitive |=
              Double.doubleToRawLongBits(reference) != Double.doubleToRawLongBits(sequential);
          for (FoldExecutor e : execs) {
            for (FoldOptions o : List.of(opts, opts.maxParallelism(2))) {
              for (int rep = 0; rep < 3; rep++) {
                double got = e.fold(Sources.doubles(d), new PlainSum(), o);
                assertEquals(
                    Double.doubleToRawLongBits(reference),
                    Double.doubleToRawLongBits(got),
                    e.describe()
                        + " "
                        + o
                        + " n="
                        + n
                        + " seed="
                        + seed
                        + ": "
                        + got
                        + " vs "
                        + reference);
                checked++;
              }
            }
          }
        }
      }
      System.out.println(
          "[DeterminismTest] seed=" + seed + ": " + checked + " bit-identical double sums");
      assertNotEquals(
          false,
          sensitive,
          "the data must make the sum order-sensitive, else the test proves nothing");
    } finally {
      for (ExecutorService p : pools) {
        p.shutdownNow();
        p.awaitTermination(10, TimeUnit.SECONDS);
      }
      threads.shutdownNow();
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
