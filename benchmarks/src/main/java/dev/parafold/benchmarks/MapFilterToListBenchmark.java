package dev.parafold.benchmarks;

import dev.parafold.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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
 * 1M out. Dominated by allocation and, under default G1, by humongous result arrays. {@code handFJ}
 * is the hand loop on every core (parts copied once into the result): the parallel ceiling for this
 * allocation.
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

  /**
   * The hand-written parallel ceiling: one contiguous part per core, each mapped and filtered by
   * the hand loop into its own list on its own thread (the caller takes the first), then the parts
   * copied once into the result.
   */
  @Benchmark
  public List<Long> handFJ() {
    int parts = Runtime.getRuntime().availableProcessors();
    List<ForkJoinTask<List<Long>>> rest = new ArrayList<>();
    for (int i = 1; i < parts; i++) {
      List<Long> part =
          data.subList((int) ((long) n * i / parts), (int) ((long) n * (i + 1) / parts));
      rest.add(ForkJoinPool.commonPool().submit(() -> mapFilter(part)));
    }
    List<List<Long>> done = new ArrayList<>();
    done.add(mapFilter(data.subList(0, n / parts)));
    int size = done.get(0).size();
    for (ForkJoinTask<List<Long>> t : rest) {
      done.add(t.join());
      size += done.get(done.size() - 1).size();
    }
    List<Long> out = new ArrayList<>(size);
    for (List<Long> d : done) {
      out.addAll(d);
    }
    return out;
  }

  private static List<Long> mapFilter(List<Long> in) {
    List<Long> out = new ArrayList<>();
    for (Long x : in) {
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
