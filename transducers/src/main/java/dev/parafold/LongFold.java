package dev.parafold;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.ContextPropagator;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.LongEffect;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongPred;
import dev.parafold.fn.LongToDouble;
import dev.parafold.fn.LongToObj;
import dev.parafold.forkjoin.ForkJoinExecutor;
import dev.parafold.forkjoin.ThreadPoolFoldExecutor;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.xf.Transducers;
import java.time.Duration;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;

/**
 * A pipeline of unboxed {@code long}s: from a {@code long[]}, an {@code int[]} or a range, or
 * {@link Fold#mapToLong}. Stages and terminals here never box.
 *
 * <pre>{@code
 * long sum = Fold.range(0, 10_000_000).filter(i -> i % 2 == 0).map(i -> i * i).sum();
 * }</pre>
 *
 * @since 0.1
 */
public final class LongFold {
  private final Plan plan;
  private final Transducer<Object, Long> xf;

  LongFold(Plan plan, Transducer<Object, Long> xf) {
    this.plan = plan;
    this.xf = xf;
  }

  static LongFold of(Source<Long> source) {
    return new LongFold(Plan.of(source), Plan.start());
  }

  private LongFold with(Plan p) {
    return new LongFold(p, xf);
  }

  private LongFold then(Transducer<? super Long, Long> next) {
    return new LongFold(plan, xf.andThen(next));
  }

  // ---- execution ------------------------------------------------------------------------------

  /** Runs on the calling thread (the default). */
  public LongFold sequential() {
    return with(plan.executor(SequentialExecutor.instance()));
  }

  /** Runs on the work-stealing fork/join executor. */
  public LongFold parallel() {
    return with(plan.executor(ForkJoinExecutor.shared()));
  }

  /** Runs on {@code executor}. */
  public LongFold on(FoldExecutor executor) {
    return with(plan.executor(executor));
  }

  /** Runs on a fork/join pool the caller owns. */
  public LongFold on(ForkJoinPool pool) {
    return with(plan.executor(ForkJoinExecutor.on(pool)));
  }

  /**
   * Runs on a plain {@code ExecutorService} the caller owns (chunks become tasks; the caller merges
   * them in order). Prefer a fork/join pool unless you must use your own threads.
   */
  public LongFold on(ExecutorService service) {
    return with(plan.executor(ThreadPoolFoldExecutor.on(service)));
  }

  /** Splits the source with {@code policy}. */
  public LongFold chunks(ChunkPolicy policy) {
    return with(plan.options(plan.options.chunks(policy)));
  }

  /** Folds at most {@code n} chunks at once. */
  public LongFold maxParallelism(int n) {
    return with(plan.options(plan.options.maxParallelism(n)));
  }

  /** Fails with {@code FoldTimeoutException} after {@code timeout}. */
  public LongFold withTimeout(Duration timeout) {
    return with(plan.options(plan.options.timeout(timeout)));
  }

  /** Lets {@code handle.cancel()} stop runs of this fold. */
  public LongFold cancelWith(CancelHandle handle) {
    return with(plan.options(plan.options.cancelWith(handle)));
  }

  /**
   * Carries a thread-bound context (e.g. {@code MdcPropagator.INSTANCE} for the slf4j MDC) from the
   * calling thread into every chunk task, and removes it afterwards.
   */
  public LongFold propagate(ContextPropagator propagator) {
    return with(plan.options(plan.options.propagate(propagator)));
  }

  // ---- transformations ------------------------------------------------------------------------

  /**
   * Maps each {@code long}.
   *
   * @see java.util.stream.LongStream#map
   */
  public LongFold map(LongFn f) {
    return then(Transducers.mapLongs(f));
  }

  /**
   * Keeps the {@code long}s that pass.
   *
   * @see java.util.stream.LongStream#filter
   */
  public LongFold filter(LongPred test) {
    return then(Transducers.filterLongs(test));
  }

  /** Runs {@code action} on each {@code long} as it passes. */
  public LongFold peek(LongEffect action) {
    return then(Transducers.peekLongs(action));
  }

  /** The first {@code n} elements (unboxed, also in parallel). */
  public LongFold limit(long n) {
    return then(Transducers.limitLongs(n));
  }

  /**
   * The distinct elements in encounter order, in a primitive hash set (never boxed).
   *
   * @see java.util.stream.LongStream#distinct
   */
  public LongFold distinct() {
    return then(Transducers.distinctLongs());
  }

  /**
   * {@link #distinct()} holding at most {@code budget} keys per accumulator; more fail the fold
   * with {@link dev.parafold.reduce.StateBudgetExceededException} naming {@code distinctLongs}.
   *
   * @see Transducers#distinctLongs(dev.parafold.reduce.StateBudget)
   */
  public LongFold distinct(dev.parafold.reduce.StateBudget budget) {
    return then(Transducers.distinctLongs(budget));
  }

  /** Every {@code n}-th element, starting with the first. */
  public LongFold takeNth(long n) {
    return then(Transducers.takeNth(n));
  }

  /** Drops elements equal to the one just before them. */
  public LongFold dedupe() {
    return then(Transducers.dedupe());
  }

  /** Keeps each element with probability {@code p}, reproducibly for {@code seed}. */
  public LongFold randomSample(double p, long seed) {
    return then(Transducers.randomSample(p, seed));
  }

  /** All but the first {@code n} elements. */
  public LongFold skip(long n) {
    return then(Transducers.skip(n));
  }

  /** Elements while {@code test} holds. */
  public LongFold takeWhile(LongPred test) {
    return then(Transducers.<Long>takeWhile(Objects.requireNonNull(test, "test")::test));
  }

  /** Drops elements while {@code test} holds. */
  public LongFold dropWhile(LongPred test) {
    return then(Transducers.<Long>dropWhile(Objects.requireNonNull(test, "test")::test));
  }

  /** Appends a transducer of {@code Long}s (stateful catalog entries, user stages). */
  public LongFold via(Transducer<? super Long, Long> next) {
    return then(next);
  }

  /**
   * Maps to objects.
   *
   * @see java.util.stream.LongStream#mapToObj
   */
  public <U> Fold<U> mapToObj(LongToObj<? extends U> f) {
    return new Fold<>(plan, xf.andThen(Transducers.mapLongsToObj(f)));
  }

  /** The elements as boxed {@code Long}s. */
  public Fold<Long> boxed() {
    return new Fold<>(plan, xf);
  }

  /**
   * Maps to {@code double}s.
   *
   * @see java.util.stream.LongStream#mapToDouble
   */
  public DoubleFold mapToDouble(LongToDouble f) {
    return new DoubleFold(plan, xf.andThen(Transducers.mapLongsToDouble(f)));
  }

  /** Widens to {@code double}s. */
  public DoubleFold asDoubles() {
    return mapToDouble(x -> (double) x);
  }

  // ---- terminal operations --------------------------------------------------------------------

  /** Runs the pipeline into {@code reducer}. */
  public <R> R reduce(Reducer<? super Long, ?, R> reducer) {
    return plan.run(xf, reducer);
  }

  /** The sum (wrapping on overflow, like {@code LongStream.sum}). */
  public long sum() {
    return reduce(Reducers.sumLongs());
  }

  /** The number of elements. */
  public long count() {
    return reduce(Reducers.countLongs());
  }

  /** The smallest element, if any. */
  public OptionalLong min() {
    return reduce(Reducers.minLong());
  }

  /** The largest element, if any. */
  public OptionalLong max() {
    return reduce(Reducers.maxLong());
  }

  /** The mean, if any. */
  public OptionalDouble average() {
    LongSummaryStatistics s = summaryStatistics();
    return s.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(s.getAverage());
  }

  /** Count, sum, min, max and average in one pass. */
  public LongSummaryStatistics summaryStatistics() {
    return reduce(Reducers.longStatistics());
  }

  /** The first element, if any; stops at once. */
  public OptionalLong findFirst() {
    return reduce(Reducers.firstLong());
  }

  /** Whether any element passes; stops at the first that does. */
  public boolean anyMatch(LongPred test) {
    return reduce(Reducers.anyLong(test, true));
  }

  /** Whether all elements pass. */
  public boolean allMatch(LongPred test) {
    return !reduce(Reducers.anyLong(test, false));
  }

  /** Whether no element passes. */
  public boolean noneMatch(LongPred test) {
    return !reduce(Reducers.anyLong(test, true));
  }

  /** The elements, boxed, in encounter order. */
  public List<Long> toList() {
    return reduce(Reducers.toList());
  }

  /** The elements as a {@code long[]}, in encounter order. */
  public long[] toArray() {
    return reduce(new LongArrayReducer());
  }

  /** Runs {@code action} on each element (concurrently when parallel). */
  public void forEach(LongEffect action) {
    Objects.requireNonNull(action, "action");
    peek(action).count();
  }

  /** The plan in words. */
  public String explain() {
    return plan.explain(xf);
  }

  @Override
  public String toString() {
    return "LongFold[" + plan.source.describe() + " | " + xf.describe() + "]";
  }

  /** Collects unboxed longs into a growing array. */
  private static final class LongArrayReducer implements LongReducer<long[][], long[]> {
    private static final long serialVersionUID = 1L;

    /** {@code [buffer, {size}]}. */
    @Override
    public long[][] init() {
      return new long[][] {new long[16], {0}};
    }

    @Override
    public long[][] stepLong(long[][] acc, long x) {
      int n = (int) acc[1][0];
      if (n == acc[0].length) {
        acc[0] = java.util.Arrays.copyOf(acc[0], n * 2);
      }
      acc[0][n] = x;
      acc[1][0] = n + 1;
      return acc;
    }

    @Override
    public long[][] combine(long[][] left, long[][] right) {
      int a = (int) left[1][0];
      int b = (int) right[1][0];
      if (a + b > left[0].length) {
        left[0] = java.util.Arrays.copyOf(left[0], a + b);
      }
      System.arraycopy(right[0], 0, left[0], a, b);
      left[1][0] = a + b;
      return left;
    }

    @Override
    public long[] complete(long[][] acc) {
      return java.util.Arrays.copyOf(acc[0], (int) acc[1][0]);
    }

    @Override
    public String describe() {
      return "toArray";
    }
  }
}
