package dev.parafold.benchmarks;

import dev.parafold.Fold;
import dev.parafold.LongFold;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * {@link SumOfSquaresEvenBenchmark} over the 10M {@code long[]}, measured after the same JVM has
 * compiled {@value #SHAPES} other pipeline shapes through parafold and through {@code
 * java.util.stream} (sequential and parallel, over arrays and ranges): the normal state of a JVM in
 * an application, where shared framework call sites have seen many stage and lambda classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class PollutedBenchmark {
  static final int SHAPES = 14;

  @Param("10000000")
  public int n;

  /** Elements per pollution run; enough loop iterations for C2 to compile each shape. */
  @Param("1000000")
  public int pollutionSize;

  long[] data;

  /** What the pollution runs returned, so nothing is dead code. */
  public long pollutionChecksum;

  @Setup
  public void setup() {
    data = new long[n];
    for (int i = 0; i < n; i++) {
      data[i] = i;
    }
    long[] small = new long[Math.min(n, pollutionSize)];
    for (int i = 0; i < small.length; i++) {
      small[i] = i;
    }
    pollutionChecksum = pollute(small, 10);
  }

  /** Runs {@link #SHAPES} parafold and stream pipeline shapes {@code reps} times each way. */
  static long pollute(long[] a, int reps) {
    List<Function<LongFold, Long>> folds = new ArrayList<>();
    folds.add(f -> f.map(x -> x + 1).sum());
    folds.add(f -> f.filter(x -> x % 3 == 0).count());
    folds.add(f -> f.map(x -> x * 7).filter(x -> (x & 1) == 1).max().orElse(0));
    folds.add(f -> f.filter(x -> x > 5).map(x -> x ^ 3).min().orElse(0));
    folds.add(f -> f.map(x -> x - 1).map(x -> x * x).sum());
    folds.add(f -> f.filter(x -> x % 5 != 0).summaryStatistics().getSum());
    folds.add(f -> f.map(Mix::mix64).filter(x -> x > 0).count());
    folds.add(f -> f.boxed().filter(x -> x % 4 == 1).count());
    folds.add(f -> f.limit(a.length / 2).sum());
    folds.add(f -> f.skip(10).filter(x -> x % 7 == 2).sum());
    folds.add(f -> f.anyMatch(x -> x < 0) ? 1L : 0L);
    folds.add(f -> f.takeWhile(x -> x < a.length / 2).sum());
    folds.add(f -> (long) f.mapToDouble(x -> x * 0.5).sum());
    folds.add(f -> f.peek(x -> {}).map(x -> x | 1).sum());

    List<Function<LongStream, Long>> streams = new ArrayList<>();
    streams.add(s -> s.map(x -> x + 1).sum());
    streams.add(s -> s.filter(x -> x % 3 == 0).count());
    streams.add(s -> s.map(x -> x * 7).filter(x -> (x & 1) == 1).max().orElse(0));
    streams.add(s -> s.filter(x -> x > 5).map(x -> x ^ 3).min().orElse(0));
    streams.add(s -> s.map(x -> x - 1).map(x -> x * x).sum());
    streams.add(s -> s.filter(x -> x % 5 != 0).summaryStatistics().getSum());
    streams.add(s -> s.map(Mix::mix64).filter(x -> x > 0).count());
    streams.add(s -> s.boxed().filter(x -> x % 4 == 1).count());
    streams.add(s -> s.limit(a.length / 2).sum());
    streams.add(s -> s.skip(10).filter(x -> x % 7 == 2).sum());
    streams.add(s -> s.anyMatch(x -> x < 0) ? 1L : 0L);
    streams.add(s -> s.takeWhile(x -> x < a.length / 2).sum());
    streams.add(s -> (long) s.mapToDouble(x -> x * 0.5).sum());
    streams.add(s -> s.peek(x -> {}).map(x -> x | 1).sum());

    long check = 0;
    for (int r = 0; r < reps; r++) {
      for (Function<LongFold, Long> shape : folds) {
        check += shape.apply(Fold.from(a));
        check += shape.apply(Fold.from(a).parallel());
        check += shape.apply(Fold.range(0, a.length));
        check += shape.apply(Fold.range(0, a.length).parallel());
      }
      for (Function<LongStream, Long> shape : streams) {
        check += shape.apply(LongStream.of(a));
        check += shape.apply(LongStream.of(a).parallel());
        check += shape.apply(LongStream.range(0, a.length));
        check += shape.apply(LongStream.range(0, a.length).parallel());
      }
    }
    return check;
  }

  @Benchmark
  public long hand() {
    return SumOfSquaresEvenBenchmark.handLoop(data, 0, data.length);
  }

  @Benchmark
  public long streamSeq() {
    return LongStream.of(data).filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long streamPar() {
    return LongStream.of(data).parallel().filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long parafoldSeq() {
    return Fold.from(data).filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long parafoldPar() {
    return Fold.from(data).parallel().filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }
}
