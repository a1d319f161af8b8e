package dev.parafold;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.ContextPropagator;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.Effect2;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.LongBinOp;
import dev.parafold.fn.LongEffect;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongFn0;
import dev.parafold.fn.LongPred;
import dev.parafold.fn.LongToDouble;
import dev.parafold.fn.LongToInt;
import dev.parafold.fn.LongToObj;
import dev.parafold.fn.ObjLongEffect;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.parallel.ThreadPoolFoldExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.source.StreamSources;
import dev.parafold.xf.PrimitiveTransducers;
import dev.parafold.xf.Transducers;
import java.time.Duration;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

/**
 * A pipeline of unboxed {@code long}s: from a {@code long[]}, a range, a {@code LongStream}, {@link
 * #iterate} or {@link Fold#mapToLong}. It has the operations of {@link IntFold} and {@link
 * DoubleFold} (a test keeps the three level). Maps, filters, peeks, limit, takeWhile, distinct,
 * flatMap, partitionAll, the sources and the terminals never box; the other order-keeping stages
 * shared with {@link Fold} ({@code skip}, {@code dropWhile}, {@code sorted}, {@code window}, ...)
 * step boxed {@code Long}s.
 *
 * <pre>{@code
 * long sum = Fold.range(0, 10_000_000).filter(i -> i % 2 == 0).map(i -> i * i).sum();
 * }</pre>
 *
 * @see LongStream
 * @since 0.1
 */
public final class LongFold {
  private final Plan plan;
  private final Transducer<Object, Long> xf;
  private final boolean unordered;

  LongFold(Plan plan, Transducer<Object, Long> xf) {
    this(plan, xf, false);
  }

  private LongFold(Plan plan, Transducer<Object, Long> xf, boolean unordered) {
    this.plan = plan;
    this.xf = xf;
    this.unordered = unordered;
  }

  static LongFold over(Source<Long> source) {
    return new LongFold(Plan.of(source), Plan.start());
  }

  private LongFold with(Plan p) {
    return new LongFold(p, xf, unordered);
  }

  private LongFold then(Transducer<? super Long, Long> next) {
    return new LongFold(plan, xf.andThen(next), unordered);
  }

  /** This pipeline's plan and transducer, for the {@code int} pipeline that runs on it. */
  Plan plan() {
    return plan;
  }

  Transducer<Object, Long> transducer() {
    return xf;
  }

  // ---- entry points ---------------------------------------------------------------------------

  /** The given {@code long}s. Same as {@code LongStream.of}. */
  public static LongFold of(long... values) {
    return over(Sources.longs(values));
  }

  /** No elements. */
  public static LongFold empty() {
    return of();
  }

  /** The {@code long}s in {@code [from, to)}. Same as {@link Fold#range}. */
  public static LongFold range(long from, long to) {
    return Fold.range(from, to);
  }

  /** The {@code long}s in {@code [from, to]}. */
  public static LongFold rangeClosed(long from, long to) {
    return Fold.rangeClosed(from, to);
  }

  /**
   * {@code seed}, {@code next(seed)}, ... endlessly (end it with {@code limit} or {@code
   * takeWhile}); see {@link Fold#iterate(Object, dev.parafold.fn.Fn)}.
   */
  public static LongFold iterate(long seed, LongFn next) {
    return over(StreamSources.iterateLongs(seed, null, next));
  }

  /** {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds. */
  public static LongFold iterate(long seed, LongPred hasNext, LongFn next) {
    Objects.requireNonNull(hasNext, "hasNext");
    return over(StreamSources.iterateLongs(seed, hasNext, next));
  }

  /** {@code supplier}'s results, endlessly. */
  public static LongFold generate(LongFn0 supplier) {
    return over(StreamSources.generateLongs(supplier));
  }

  /** The elements of {@code first}, then {@code second}; see {@link Fold#concat}. */
  public static LongFold concat(LongFold first, LongFold second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Fold<Long> both = Fold.concat(first.boxed(), second.boxed());
    return new LongFold(both.plan, both.xf);
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

  /** Whether runs may use more than one thread. */
  public boolean isParallel() {
    return plan.executor.parallelism() > 1;
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

  /** Throws instead of running on one thread if a stage cannot be split. */
  public LongFold strictParallel() {
    return with(plan.strict());
  }

  /** Declares that encounter order does not matter; see {@link Fold#unordered()}. */
  public LongFold unordered() {
    return new LongFold(plan, xf, true);
  }

  // ---- transformations ------------------------------------------------------------------------

  /**
   * Maps each {@code long}.
   *
   * @see LongStream#map
   */
  public LongFold map(LongFn f) {
    return then(PrimitiveTransducers.mapLongs(f));
  }

  /** {@link #map(LongFn)} for an existing {@code LongUnaryOperator}. */
  public LongFold map(LongUnaryOperator f) {
    Objects.requireNonNull(f, "f");
    return map(f instanceof LongFn ? (LongFn) f : f::applyAsLong);
  }

  /**
   * Keeps the {@code long}s that pass.
   *
   * @see LongStream#filter
   */
  public LongFold filter(LongPred test) {
    return then(PrimitiveTransducers.filterLongs(test));
  }

  /** {@link #filter(LongPred)} for an existing {@code LongPredicate}. */
  public LongFold filter(LongPredicate test) {
    return filter(pred(test));
  }

  /** Runs {@code action} on each {@code long} as it passes. */
  public LongFold peek(LongEffect action) {
    return then(PrimitiveTransducers.peekLongs(action));
  }

  /** {@link #peek(LongEffect)} for an existing {@code LongConsumer}. */
  public LongFold peek(LongConsumer action) {
    Objects.requireNonNull(action, "action");
    return peek(action instanceof LongEffect ? (LongEffect) action : action::accept);
  }

  /** The first {@code n} elements (unboxed, also in parallel). */
  public LongFold limit(long n) {
    return then(PrimitiveTransducers.limitLongs(n));
  }

  /** All but the first {@code n} elements. */
  public LongFold skip(long n) {
    return then(Transducers.skip(n));
  }

  /**
   * The distinct elements in encounter order, in a primitive hash set (never boxed).
   *
   * @see LongStream#distinct
   */
  public LongFold distinct() {
    return then(PrimitiveTransducers.distinctLongs());
  }

  /**
   * {@link #distinct()} holding at most {@code budget} keys per accumulator; more fail the fold
   * with {@link dev.parafold.reduce.StateBudgetExceededException} naming {@code distinctLongs}.
   */
  public LongFold distinct(StateBudget budget) {
    return then(PrimitiveTransducers.distinctLongs(budget));
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

  /** Elements while {@code test} holds. */
  public LongFold takeWhile(LongPred test) {
    Objects.requireNonNull(test, "test");
    return then(PrimitiveTransducers.takeWhileLongs(test));
  }

  /** {@link #takeWhile(LongPred)} for an existing {@code LongPredicate}. */
  public LongFold takeWhile(LongPredicate test) {
    return takeWhile(pred(test));
  }

  /** Drops elements while {@code test} holds. */
  public LongFold dropWhile(LongPred test) {
    return then(Transducers.<Long>dropWhile(Objects.requireNonNull(test, "test")::test));
  }

  /** {@link #dropWhile(LongPred)} for an existing {@code LongPredicate}. */
  public LongFold dropWhile(LongPredicate test) {
    return dropWhile(pred(test));
  }

  /** The elements in ascending order (a parallel merge sort; see {@link Fold#sorted()}). */
  public LongFold sorted() {
    return then(Transducers.<Long>sorted());
  }

  /** {@link #sorted()} holding at most {@code budget} elements per accumulator. */
  public LongFold sorted(StateBudget budget) {
    return then(Transducers.<Long>sorted(budget));
  }

  /** Arrays of {@code n} consecutive elements, never boxed; the last may be shorter. */
  public Fold<long[]> partitionAll(int n) {
    return into(PrimitiveTransducers.partitionAllLongs(n));
  }

  /** This pipeline, then {@code stage}, whose elements are objects. */
  <U> Fold<U> into(Transducer<Long, U> stage) {
    return new Fold<>(plan, xf.andThen(stage), unordered);
  }

  /** Sliding windows of {@code size} elements every {@code step} positions; only full ones. */
  public Fold<long[]> window(int size, int step) {
    return boxed().window(size, step).map(LongFold::toLongs);
  }

  private static long[] toLongs(List<Long> xs) {
    long[] out = new long[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xs.get(i);
    }
    return out;
  }

  /**
   * Replaces each element with the {@code long}s of the stream {@code f} returns (null means none),
   * stepped unboxed.
   *
   * @see LongStream#flatMap
   */
  public LongFold flatMap(LongToObj<? extends LongStream> f) {
    Objects.requireNonNull(f, "f");
    return then(Transducers.<Long>flatMapToLong(x -> f.apply(x)));
  }

  /** Appends a transducer of {@code Long}s (stateful catalog entries, user stages). */
  public LongFold via(Transducer<? super Long, Long> next) {
    return then(next);
  }

  /**
   * Maps to objects.
   *
   * @see LongStream#mapToObj
   */
  public <U> Fold<U> mapToObj(LongToObj<? extends U> f) {
    return new Fold<>(plan, xf.andThen(PrimitiveTransducers.mapLongsToObj(f)), unordered);
  }

  /** {@link #mapToObj(LongToObj)} for an existing {@code LongFunction}. */
  public <U> Fold<U> mapToObj(java.util.function.LongFunction<? extends U> f) {
    Objects.requireNonNull(f, "f");
    return mapToObj((LongToObj<U>) f::apply);
  }

  /** The elements as boxed {@code Long}s. */
  public Fold<Long> boxed() {
    return new Fold<>(plan, xf, unordered);
  }

  /**
   * Maps to {@code int}s.
   *
   * @see LongStream#mapToInt
   */
  public IntFold mapToInt(LongToInt f) {
    return new IntFold(plan, xf.andThen(PrimitiveTransducers.mapLongsToInt(f)));
  }

  /**
   * Maps to {@code double}s.
   *
   * @see LongStream#mapToDouble
   */
  public DoubleFold mapToDouble(LongToDouble f) {
    return new DoubleFold(plan, xf.andThen(PrimitiveTransducers.mapLongsToDouble(f)));
  }

  /** Widens to {@code double}s. Same as {@code LongStream.asDoubleStream}. */
  public DoubleFold asDoubles() {
    return mapToDouble(x -> (double) x);
  }

  // ---- terminal operations --------------------------------------------------------------------

  /** Runs the pipeline into {@code reducer}. */
  public <R> R reduce(Reducer<? super Long, ?, R> reducer) {
    return plan.run(xf, reducer);
  }

  /**
   * Folds with an associative operator and its identity, unboxed.
   *
   * @see LongStream#reduce(long, LongBinaryOperator)
   */
  public long reduce(long identity, LongBinOp op) {
    PrimitiveReducers.LongCell c = reduce(new PrimitiveReducers.LongReducing(op));
    return c.seen ? op.applyAsLong(identity, c.value) : identity;
  }

  /** {@link #reduce(long, LongBinOp)} for an existing {@code LongBinaryOperator}. */
  public long reduce(long identity, LongBinaryOperator op) {
    return reduce(identity, op(op));
  }

  /** Folds with an associative operator; empty if there are no elements. */
  public OptionalLong reduce(LongBinOp op) {
    PrimitiveReducers.LongCell c = reduce(new PrimitiveReducers.LongReducing(op));
    return c.seen ? OptionalLong.of(c.value) : OptionalLong.empty();
  }

  /** {@link #reduce(LongBinOp)} for an existing {@code LongBinaryOperator}. */
  public OptionalLong reduce(LongBinaryOperator op) {
    return reduce(op(op));
  }

  /**
   * Fills a container per chunk and merges them in order, unboxed.
   *
   * @see LongStream#collect
   */
  public <R> R collect(Fn0<R> supplier, ObjLongEffect<R> accumulator, Effect2<R, R> combiner) {
    return reduce(new PrimitiveReducers.LongCollect<>(supplier, accumulator, combiner));
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

  /** Some element, if any; see {@link Fold#findAny()}. */
  public OptionalLong findAny() {
    return findFirst();
  }

  /** Whether any element passes; stops at the first that does. */
  public boolean anyMatch(LongPred test) {
    return reduce(Reducers.anyLong(test, true));
  }

  /** {@link #anyMatch(LongPred)} for an existing {@code LongPredicate}. */
  public boolean anyMatch(LongPredicate test) {
    return anyMatch(pred(test));
  }

  /** Whether all elements pass. */
  public boolean allMatch(LongPred test) {
    return !reduce(Reducers.anyLong(test, false));
  }

  /** {@link #allMatch(LongPred)} for an existing {@code LongPredicate}. */
  public boolean allMatch(LongPredicate test) {
    return allMatch(pred(test));
  }

  /** Whether no element passes. */
  public boolean noneMatch(LongPred test) {
    return !reduce(Reducers.anyLong(test, true));
  }

  /** {@link #noneMatch(LongPred)} for an existing {@code LongPredicate}. */
  public boolean noneMatch(LongPredicate test) {
    return noneMatch(pred(test));
  }

  /** The elements, boxed, in encounter order. */
  public List<Long> toList() {
    return reduce(Reducers.toList());
  }

  /** The elements as a {@code long[]}, in encounter order. */
  public long[] toArray() {
    return reduce(new PrimitiveReducers.LongArray());
  }

  /**
   * Runs {@code action} on each element (concurrently when parallel); after a stage that is not
   * stateless, on the settled elements only, as {@link Fold#forEach(dev.parafold.fn.Effect)}.
   */
  public void forEach(LongEffect action) {
    Objects.requireNonNull(action, "action");
    if (isParallel() && xf.strategy() != Strategy.STATELESS) {
      new LongFold(plan.over(Sources.longs(toArray())), Plan.start()).forEach(action);
      return;
    }
    peek(action).count();
  }

  /** {@link #forEach(LongEffect)} for an existing {@code LongConsumer}. */
  public void forEach(LongConsumer action) {
    Objects.requireNonNull(action, "action");
    forEach(action instanceof LongEffect ? (LongEffect) action : action::accept);
  }

  /** Runs {@code action} on each element in encounter order; see {@link Fold#forEachOrdered}. */
  public void forEachOrdered(LongEffect action) {
    Objects.requireNonNull(action, "action");
    if (unordered || !isParallel()) {
      forEach(action);
      return;
    }
    for (long x : toArray()) {
      action.accept(x);
    }
  }

  /** {@link #forEachOrdered(LongEffect)} for an existing {@code LongConsumer}. */
  public void forEachOrdered(LongConsumer action) {
    Objects.requireNonNull(action, "action");
    forEachOrdered(action instanceof LongEffect ? (LongEffect) action : action::accept);
  }

  /** The elements, pulled lazily and sequentially; see {@link Fold#iterator()}. */
  public PrimitiveIterator.OfLong iterator() {
    return PrimitiveViews.longs(boxed().iterator());
  }

  /** The elements as a lazy, ordered {@code Spliterator} (it does not split). */
  public Spliterator.OfLong spliterator() {
    return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
  }

  /** The elements as a lazy, sequential, ordered {@code LongStream}. */
  public LongStream stream() {
    return StreamSupport.longStream(spliterator(), false);
  }

  /** The plan in words. */
  public String explain() {
    return plan.explain(xf);
  }

  @Override
  public String toString() {
    return "LongFold[" + plan.source.describe() + " | " + xf.describe() + "]";
  }

  private static LongPred pred(LongPredicate test) {
    Objects.requireNonNull(test, "test");
    return test instanceof LongPred ? (LongPred) test : test::test;
  }

  private static LongBinOp op(LongBinaryOperator op) {
    Objects.requireNonNull(op, "op");
    return op instanceof LongBinOp ? (LongBinOp) op : op::applyAsLong;
  }
}
