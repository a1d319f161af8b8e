package dev.parafold.benchmarks;

import dev.parafold.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * {@code map(x * 3)}, {@code filter(even)}, into a {@code List<Long>}: 2M boxed {@code Long}s in,
 * 1M out. Dominated by allocation and, under default G1, by humongous result arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class MapFilterToListBenchmark {
  @Param("2000000")
  public int n;

  List<Long> data;

  @Setup
  public void setup() {
    data = new ArrayList<>(n);
    for (long i = 0; i < n; i++) {
      data.add(i);
    }
  }

  @Benchmark
  public List<Long> hand() {
    List<Long> out = new ArrayList<>();
    for (Long x : data) {
      long y = x * 3;
      if (y % 2 == 0) {
        out.add(y);
      }
    }
    return out;
  }

  @Benchmark
  public List<Long> streamSeq() {
    return data.stream().map(x -> x * 3).filter(x -> x % 2 == 0).toList();
  }

  @Benchmark
  public List<Long> streamPar() {
    return data.parallelStream().map(x -> x * 3).filter(x -> x % 2 == 0).toList();
  }

  @Benchmark
  public List<Long> parafoldSeq() {
    return Fold.from(data).map(x -> x * 3).filter(x -> x % 2 == 0).toList();
  }

  @Benchmark
  public List<Long> parafoldPar() {
    return Fold.from(data).parallel().map(x -> x * 3).filter(x -> x % 2 == 0).toList();
  }
}
