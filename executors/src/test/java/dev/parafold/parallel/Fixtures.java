package dev.parafold.parallel;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongPred;
import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Shared test fixtures: executors to compare, source kinds, small test reducers, thread checks. */
final class Fixtures {
  private Fixtures() {}

  /** The seed of a randomized test: {@code -Dparafold.seed=...} replays one. */
  static long seed() {
    return Long.getLong("parafold.seed", System.nanoTime());
  }

  // ---- executors -------------------------------------------------------------------------------

  /** An executor plus the options it runs with. */
  record Scenario(String name, FoldExecutor executor, FoldOptions options) {
    <T, A, R> R fold(Source<T> s, Reducer<? super T, A, R> r) {
      return executor.fold(s, r, options);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Pools owned by the fixtures; {@link #close()} shuts them down. */
  static final class Pools implements AutoCloseable {
    final ForkJoinPool fj1 = new ForkJoinPool(1);
    final ForkJoinPool fj2 = new ForkJoinPool(2);
    final ForkJoinPool fj8 = new ForkJoinPool(8);
    final ExecutorService fixed3 = Executors.newFixedThreadPool(3);

    /** Every way to run a fold that must agree with the sequential one. */
    List<Scenario> scenarios(long seed) {
      FoldOptions d = FoldOptions.defaults();
      List<Scenario> s = new ArrayList<>();
      s.add(new Scenario("sequential", SequentialExecutor.instance(), d));
      s.add(sc("split-tree fixed(1)", new SplitTreeExecutor(4), d.chunks(ChunkPolicy.fixed(1))));
      s.add(sc("split-tree fixed(2)", new SplitTreeExecutor(4), d.chunks(ChunkPolicy.fixed(2))));
      s.add(sc("split-tree fixed(7)", new SplitTreeExecutor(4), d.chunks(ChunkPolicy.fixed(7))));
      s.add(
          sc("split-tree random", new SplitTreeExecutor(4), d.chunks(ChunkPolicy.random(seed, 5))));
      s.add(sc("fork/join common auto", ForkJoinExecutor.shared(), d));
      s.add(sc("fork/join common fixed(1)", ForkJoinExecutor.shared(), fixed(1)));
      s.add(sc("fork/join pool(1) fixed(7)", ForkJoinExecutor.on(fj1), fixed(7)));
      s.add(sc("fork/join pool(2) auto", ForkJoinExecutor.on(fj2), d));
      s.add(sc("fork/join pool(2) fixed(2)", ForkJoinExecutor.on(fj2), fixed(2)));
      s.add(
          sc(
              "fork/join pool(8) random",
              ForkJoinExecutor.on(fj8),
              d.chunks(ChunkPolicy.random(seed + 1, 9))));
      s.add(sc("fork/join pool(8) deterministic", ForkJoinExecutor.on(fj8), deterministic()));
      s.add(sc("fork/join pool(8) cap 2", ForkJoinExecutor.on(fj8), d.maxParallelism(2)));
      s.add(sc("thread-pool(3) auto", ThreadPoolFoldExecutor.on(fixed3), d));
      s.add(sc("thread-pool(3) fixed(3)", ThreadPoolFoldExecutor.on(fixed3), fixed(3)));
      s.add(
          sc(
              "thread-pool(3) random",
              ThreadPoolFoldExecutor.on(fixed3),
              d.chunks(ChunkPolicy.random(seed + 2, 6))));
      return s;
    }

    @Override
    public void close() throws InterruptedException {
      for (ExecutorService e : List.of(fj1, fj2, fj8, fixed3)) {
        e.shutdownNow();
        e.awaitTermination(10, TimeUnit.SECONDS);
      }
    }
  }

  private static Scenario sc(String name, FoldExecutor e, FoldOptions o) {
    return new Scenario(name, e, o);
  }

  static FoldOptions fixed(long leaf) {
    return FoldOptions.defaults().chunks(ChunkPolicy.fixed(leaf));
  }

  static FoldOptions deterministic() {
    return FoldOptions.defaults().chunks(ChunkPolicy.deterministic());
  }

  // ---- sources ---------------------------------------------------------------------------------

  /** A kind of source over given {@code long} data; RANGE ignores the values and uses 0..n-1. */
  enum SourceKind {
    ARRAY(d -> Sources.array(boxed(d).toArray(new Long[0]))),
    LONGS(Sources::longs),
    INTS(d -> Sources.ints(LongStream.of(d).mapToInt(x -> (int) x).toArray())),
    RANGE(d -> Sources.range(0, d.length)),
    ARRAY_LIST(d -> Sources.iterable(new ArrayList<>(boxed(d)))),
    LINKED_LIST(d -> Sources.iterable(new LinkedList<>(boxed(d)))),
    ARRAY_DEQUE(d -> Sources.iterable(new ArrayDeque<>(boxed(d)))),
    VAVR_VECTOR(d -> Sources.vavr(io.vavr.collection.Vector.ofAll(boxed(d)))),
    VAVR_LIST(d -> Sources.vavr(io.vavr.collection.List.ofAll(boxed(d)))),
    SPLITERATOR(d -> Sources.spliterator(Arrays.spliterator(boxed(d).toArray(new Long[0])))),
    STREAM(d -> Sources.stream(LongStream.of(d).boxed())),
    FILTERED_STREAM(d -> Sources.stream(LongStream.of(d).boxed().filter(x -> x != null))),
    ITERATOR(d -> Sources.iterator(boxed(d).iterator())),
    UNKNOWN_SIZE_SPLITERATOR(
        d -> Sources.spliterator(Spliterators.spliteratorUnknownSize(boxed(d).iterator(), 0)));

    private final Function<long[], Source<Long>> make;

    SourceKind(Function<long[], Source<Long>> make) {
      this.make = make;
    }

    /** A fresh source (single-pass kinds can run once). */
    Source<Long> of(long[] data) {
      return make.apply(data);
    }
  }

  static List<Long> boxed(long[] d) {
    return LongStream.of(d).boxed().collect(Collectors.toList());
  }

  // ---- test reducers ---------------------------------------------------------------------------

  /** Drops elements failing {@code keep} (a filter stage). */
  static <A, R> Reducer<Long, A, R> filter(LongPred keep, Reducer<? super Long, A, R> down) {
    return new ForwardingReducer<Long, Long, A, R>(down) {
      private static final long serialVersionUID = 1L;

      @Override
      public A init(long offset) {
        return down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
      }

      @Override
      public A step(A acc, Long t) {
        return keep.test(t) ? down.step(acc, t) : acc;
      }
    };
  }

  /** Maps with {@code x -> x * mul + add} (a map stage). */
  static <A, R> Reducer<Long, A, R> map(long mul, long add, Reducer<? super Long, A, R> down) {
    return new ForwardingReducer<Long, Long, A, R>(down) {
      private static final long serialVersionUID = 1L;

      @Override
      public A step(A acc, Long t) {
        return down.step(acc, t * mul + add);
      }
    };
  }

  /** Maps every element with {@code f} (a map stage whose function may run a nested fold). */
  static <A, R> Reducer<Long, A, R> mapTo(LongFn f, Reducer<? super Long, A, R> down) {
    return new ForwardingReducer<Long, Long, A, R>(down) {
      private static final long serialVersionUID = 1L;

      @Override
      public A step(A acc, Long t) {
        return down.step(acc, f.applyAsLong(t));
      }
    };
  }

  /** The first {@code k} elements: a limit-like, early-stopping reducer. */
  static final class Limit implements Reducer<Long, List<Long>, List<Long>> {
    private static final long serialVersionUID = 1L;
    private final int k;

    Limit(int k) {
      this.k = k;
    }

    @Override
    public List<Long> init() {
      return new ArrayList<>();
    }

    @Override
    public List<Long> step(List<Long> acc, Long t) {
      if (acc.size() < k) {
        acc.add(t);
      }
      return acc;
    }

    @Override
    public List<Long> combine(List<Long> left, List<Long> right) {
      for (int i = 0; i < right.size() && left.size() < k; i++) {
        left.add(right.get(i));
      }
      return left;
    }

    @Override
    public List<Long> complete(List<Long> acc) {
      return acc;
    }

    @Override
    public boolean isDone(List<Long> acc) {
      return acc.size() >= k;
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public String describe() {
      return "limit(" + k + ")";
    }
  }

  /** Elements before the first one failing {@code test}: a takeWhile-like reducer. */
  static final class TakeWhile implements Reducer<Long, TakeWhile.Acc, List<Long>> {
    private static final long serialVersionUID = 1L;
    private final LongPred test;

    TakeWhile(LongPred test) {
      this.test = test;
    }

    static final class Acc {
      final List<Long> taken = new ArrayList<>();
      boolean stopped;
    }

    @Override
    public Acc init() {
      return new Acc();
    }

    @Override
    public Acc step(Acc acc, Long t) {
      if (!acc.stopped) {
        if (test.test(t)) {
          acc.taken.add(t);
        } else {
          acc.stopped = true;
        }
      }
      return acc;
    }

    @Override
    public Acc combine(Acc left, Acc right) {
      if (!left.stopped) {
        left.taken.addAll(right.taken);
        left.stopped = right.stopped;
      }
      return left;
    }

    @Override
    public List<Long> complete(Acc acc) {
      return acc.taken;
    }

    @Override
    public boolean isDone(Acc acc) {
      return acc.stopped;
    }

    @Override
    public boolean mayStop() {
      return true;
    }
  }

  // ---- threads ---------------------------------------------------------------------------------

  /** Live threads of the JVM (for leak checks: waits a little for exiting threads). */
  static int liveThreads() {
    return Thread.activeCount();
  }

  /** Waits until every pool is quiescent. */
  static void quiesce(ForkJoinPool... pools) {
    for (ForkJoinPool p : pools) {
      p.awaitQuiescence(10, TimeUnit.SECONDS);
    }
    ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);
  }
}
