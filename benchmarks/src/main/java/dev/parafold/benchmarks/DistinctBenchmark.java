package dev.parafold.benchmarks;

import dev.parafold.Fold;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ordered {@code distinct} of 10M ints drawn from {@code [0, 1M)}; the result keeps first
 * occurrences in encounter order. The parafold variants arrive with the stateful catalog ({@code
 * Fold.from(int[]).distinct()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class DistinctBenchmark {
  @Param("10000000")
  public int n;

  int[] data;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(7);
    int bound = Math.max(1, n / 10);
    data = new int[n];
    for (int i = 0; i < n; i++) {
      data[i] = rnd.nextInt(bound);
    }
  }

  @Benchmark
  public int[] hand() {
    Set<Integer> seen = new HashSet<>();
    int[] out = new int[16];
    int k = 0;
    for (int x : data) {
      if (seen.add(x)) {
        if (k == out.length) {
          out = Arrays.copyOf(out, k * 2);
        }
        out[k++] = x;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** Bitmap over the known value range: the primitive limit. */
  @Benchmark
  public int[] handBitmap() {
    boolean[] seen = new boolean[Math.max(1, n / 10)];
    int[] out = new int[16];
    int k = 0;
    for (int x : data) {
      if (!seen[x]) {
        seen[x] = true;
        if (k == out.length) {
          out = Arrays.copyOf(out, k * 2);
        }
        out[k++] = x;
      }
    }
    return Arrays.copyOf(out, k);
  }

  @Benchmark
  public int[] streamSeq() {
    return IntStream.of(data).distinct().toArray();
  }

  @Benchmark
  public int[] streamPar() {
    return IntStream.of(data).parallel().distinct().toArray();
  }

  @Benchmark
  public int[] parafoldSeq() {
    return toInts(Fold.from(data).asLongs().distinct().toArray());
  }

  @Benchmark
  public int[] parafoldPar() {
    return toInts(Fold.from(data).asLongs().parallel().distinct().toArray());
  }

  static int[] toInts(long[] xs) {
    int[] out = new int[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = (int) xs[i];
    }
    return out;
  }
}
