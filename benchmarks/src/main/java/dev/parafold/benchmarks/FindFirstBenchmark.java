package dev.parafold.benchmarks;

import dev.parafold.Fold;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
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
 * Early termination over {@code [0, n)}, n = 100M. {@code findFirst}/{@code any*}: the only x with
 * {@code mix64(x) == key} is at 10 % of the range. {@code limit*}: the first 1000 elements, in
 * order, that pass a filter, dense ({@code x % 3 == 0}) and sparse (1 in 1024 by hash).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class FindFirstBenchmark {
  static final int LIMIT = 1000;

  @Param("100000000")
  public long n;

  long key;

  @Setup
  public void setup() {
    key = Mix.mix64(n / 10);
  }

  static boolean sparse(long x) {
    return (Mix.mix64(x) & 1023) == 0;
  }

  // ---- findFirst of the single match at 10 % ----------------------------------------------------

  @Benchmark
  public long hand() {
    long k = key;
    for (long x = 0; x < n; x++) {
      if (Mix.mix64(x) == k) {
        return x;
      }
    }
    return -1;
  }

  @Benchmark
  public long streamSeq() {
    long k = key;
    return LongStream.range(0, n).filter(x -> Mix.mix64(x) == k).findFirst().orElse(-1);
  }

  @Benchmark
  public long streamPar() {
    long k = key;
    return LongStream.range(0, n).parallel().filter(x -> Mix.mix64(x) == k).findFirst().orElse(-1);
  }

  @Benchmark
  public long parafoldSeq() {
    long k = key;
    return Fold.range(0, n).filter(x -> Mix.mix64(x) == k).findFirst().orElse(-1);
  }

  @Benchmark
  public long parafoldPar() {
    long k = key;
    return Fold.range(0, n).parallel().filter(x -> Mix.mix64(x) == k).findFirst().orElse(-1);
  }

  // ---- anyMatch ---------------------------------------------------------------------------------

  @Benchmark
  public boolean anyHand() {
    return hand() >= 0;
  }

  @Benchmark
  public boolean anyStreamSeq() {
    long k = key;
    return LongStream.range(0, n).anyMatch(x -> Mix.mix64(x) == k);
  }

  @Benchmark
  public boolean anyStreamPar() {
    long k = key;
    return LongStream.range(0, n).parallel().anyMatch(x -> Mix.mix64(x) == k);
  }

  @Benchmark
  public boolean anyParafoldSeq() {
    long k = key;
    return Fold.range(0, n).anyMatch(x -> Mix.mix64(x) == k);
  }

  @Benchmark
  public boolean anyParafoldPar() {
    long k = key;
    return Fold.range(0, n).parallel().anyMatch(x -> Mix.mix64(x) == k);
  }

  // ---- ordered limit(1000) after a dense filter -------------------------------------------------

  @Benchmark
  public long[] limitDenseHand() {
    long[] out = new long[LIMIT];
    int k = 0;
    for (long x = 0; x < n && k < LIMIT; x++) {
      if (x % 3 == 0) {
        out[k++] = x;
      }
    }
    return k == LIMIT ? out : java.util.Arrays.copyOf(out, k);
  }

  @Benchmark
  public long[] limitDenseStreamSeq() {
    return LongStream.range(0, n).filter(x -> x % 3 == 0).limit(LIMIT).toArray();
  }

  @Benchmark
  public long[] limitDenseStreamPar() {
    return LongStream.range(0, n).parallel().filter(x -> x % 3 == 0).limit(LIMIT).toArray();
  }

  @Benchmark
  public long[] limitDenseParafoldSeq() {
    return Fold.range(0, n).filter(x -> x % 3 == 0).limit(LIMIT).toArray();
  }

  @Benchmark
  public long[] limitDenseParafoldPar() {
    return Fold.range(0, n).parallel().filter(x -> x % 3 == 0).limit(LIMIT).toArray();
  }

  // ---- ordered limit(1000) after a sparse filter ------------------------------------------------

  @Benchmark
  public long[] limitSparseHand() {
    long[] out = new long[LIMIT];
    int k = 0;
    for (long x = 0; x < n && k < LIMIT; x++) {
      if (sparse(x)) {
        out[k++] = x;
      }
    }
    return k == LIMIT ? out : java.util.Arrays.copyOf(out, k);
  }

  @Benchmark
  public long[] limitSparseStreamSeq() {
    return LongStream.range(0, n).filter(FindFirstBenchmark::sparse).limit(LIMIT).toArray();
  }

  @Benchmark
  public long[] limitSparseStreamPar() {
    return LongStream.range(0, n)
        .parallel()
        .filter(FindFirstBenchmark::sparse)
        .limit(LIMIT)
        .toArray();
  }

  @Benchmark
  public long[] limitSparseParafoldSeq() {
    return Fold.range(0, n).filter(FindFirstBenchmark::sparse).limit(LIMIT).toArray();
  }

  @Benchmark
  public long[] limitSparseParafoldPar() {
    return Fold.range(0, n).parallel().filter(FindFirstBenchmark::sparse).limit(LIMIT).toArray();
  }
}
