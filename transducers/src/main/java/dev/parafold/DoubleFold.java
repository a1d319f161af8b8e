package dev.parafold;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.ContextPropagator;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.DoubleBinOp;
import dev.parafold.fn.DoubleEffect;
import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoubleFn0;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.DoubleToInt;
import dev.parafold.fn.DoubleToLong;
import dev.parafold.fn.DoubleToObj;
import dev.parafold.fn.Effect2;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.ObjDoubleEffect;
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
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.StreamSupport;

/**
 * A pipeline of unboxed {@code double}s: from a {@code double[]}, a {@code DoubleStream}, {@link
 * #iterate}, {@link Fold#mapToDouble} or {@link LongFold#mapToDouble}. It has the operations of
 * {@link IntFold} and {@link LongFold} (a test keeps the three level). Maps, filters, peeks,
 * takeWhile, flatMap, the sources and the terminals never box; the order-keeping stages shared with
 * {@link Fold} ({@code limit}, {@code skip}, {@code distinct}, {@code sorted}, {@code window}, ...)
 * step boxed {@code Double}s. Sums are compensated; with {@link ChunkPolicy#deterministic()} they
 * are bit-identical on any number of cores.
 *
 * <pre>{@code
 * double total = Fold.from(prices).map(p -> p * 1.2).sum();
 * }</pre>
 *
 * @see DoubleStream
 * @since 0.1
 */
public final class DoubleFold {
  private final Plan plan;
  private final Transducer<Object, Double> xf;
  private final boolean unordered;

  DoubleFold(Plan plan, Transducer<Object, Double> xf) {
    this(plan, xf, false);
  }

  private DoubleFold(Plan plan, Transducer<Object, Double> xf, boolean unordered) {
    this.plan = plan;
    this.xf = xf;
    this.unordered = unordered;
  }

  static DoubleFold over(Source<Double> source) {
    return new DoubleFold(Plan.of(source), Plan.start());
  }

  private DoubleFold with(Plan p) {
    return new DoubleFold(p, xf, unordered);
  }

  private DoubleFold then(Transducer<? super Double, Double> next) {
    return new DoubleFold(plan, xf.andThen(next), unordered);
  }

  // ---- entry points ---------------------------------------------------------------------------

  /** The given {@code double}s. Same as {@code DoubleStream.of}. */
  public static DoubleFold of(double... values) {
    return over(Sources.doubles(values));
  }

  /** No elements. */
  public static DoubleFold empty() {
    return of();
  }

  /**
   * {@code seed}, {@code next(seed)}, ... endlessly (end it with {@code limit} or {@code
   * takeWhile}); see {@link Fold#iterate(Object, dev.parafold.fn.Fn)}.
   */
  public static DoubleFold iterate(double seed, DoubleFn next) {
    return over(StreamSources.iterateDoubles(seed, null, next));
  }

  /** {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds. */
  public static DoubleFold iterate(double seed, DoublePred hasNext, DoubleFn next) {
    Objects.requireNonNull(hasNext, "hasNext");
    return over(StreamSources.iterateDoubles(seed, hasNext, next));
  }

  /** {@code supplier}'s results, endlessly. */
  public static DoubleFold generate(DoubleFn0 supplier) {
    return over(StreamSources.generateDoubles(supplier));
  }

  /** The elements of {@code first}, then {@code second}; see {@link Fold#concat}. */
  public static DoubleFold concat(DoubleFold first, DoubleFold second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Fold<Double> both = Fold.concat(first.boxed(), second.boxed());
    return new DoubleFold(both.plan, both.xf);
  }

  // ---- execution ------------------------------------------------------------------------------

  /** Runs on the calling thread (the default). */
  public DoubleFold sequential() {
    return with(plan.executor(SequentialExecutor.instance()));
  }

  /** Runs on the work-stealing fork/join executor. */
  public DoubleFold parallel() {
    return with(plan.executor(ForkJoinExecutor.shared()));
  }

  /** Whether runs may use more than one thread. */
  public boolean isParallel() {
    return plan.executor.parallelism() > 1;
  }

  /** Runs on {@code executor}. */
  public DoubleFold on(FoldExecutor executor) {
    return with(plan.executor(executor));
  }

  /** Runs on a fork/join pool the caller owns. */
  public DoubleFold on(ForkJoinPool pool) {
    return with(plan.executor(ForkJoinExecutor.on(pool)));
  }

  /**
   * Runs on a plain {@code ExecutorService} the caller owns (chunks become tasks; the caller merges
   * them in order). Prefer a fork/join pool unless you must use your own threads.
   */
  public DoubleFold on(ExecutorService service) {
    return with(plan.executor(ThreadPoolFoldExecutor.on(service)));
  }

  /** Splits the source with {@code policy}. */
  public DoubleFold chunks(ChunkPolicy policy) {
    return with(plan.options(plan.options.chunks(policy)));
  }

  /** Folds at most {@code n} chunks at once. */
  public DoubleFold maxParallelism(int n) {
    return with(plan.options(plan.options.maxParallelism(n)));
  }

  /** Fails with {@code FoldTimeoutException} after {@code timeout}. */
  public DoubleFold withTimeout(Duration timeout) {
    return with(plan.options(plan.options.timeout(timeout)));
  }

  /** Lets {@code handle.cancel()} stop runs of this fold. */
  public DoubleFold cancelWith(CancelHandle handle) {
    return with(plan.options(plan.options.cancelWith(handle)));
  }

  /**
   * Carries a thread-bound context (e.g. {@code MdcPropagator.INSTANCE} for the slf4j MDC) from the
   * calling thread into every chunk task, and removes it afterwards.
   */
  public DoubleFold propagate(ContextPropagator propagator) {
    return with(plan.options(plan.options.propagate(propagator)));
  }

  /** Throws instead of running on one thread if a stage cannot be split. */
  public DoubleFold strictParallel() {
    return with(plan.strict());
  }

  /** Declares that encounter order does not matter; see {@link Fold#unordered()}. */
  public DoubleFold unordered() {
    return new DoubleFold(plan, xf, true);
  }

  // ---- transformations ------------------------------------------------------------------------

  /**
   * Maps each {@code double}.
   *
   * @see DoubleStream#map
   */
  public DoubleFold map(DoubleFn f) {
    return then(PrimitiveTransducers.mapDoubles(f));
  }

  /** {@link #map(DoubleFn)} for an existing {@code DoubleUnaryOperator}. */
  public DoubleFold map(DoubleUnaryOperator f) {
    Objects.requireNonNull(f, "f");
    return map(f instanceof DoubleFn ? (DoubleFn) f : f::applyAsDouble);
  }

  /**
   * Keeps the {@code double}s that pass.
   *
   * @see DoubleStream#filter
   */
  public DoubleFold filter(DoublePred test) {
    return then(PrimitiveTransducers.filterDoubles(test));
  }

  /** {@link #filter(DoublePred)} for an existing {@code DoublePredicate}. */
  public DoubleFold filter(DoublePredicate test) {
    return filter(pred(test));
  }

  /** Runs {@code action} on each {@code double} as it passes. */
  public DoubleFold peek(DoubleEffect action) {
    return then(PrimitiveTransducers.peekDoubles(action));
  }

  /** {@link #peek(DoubleEffect)} for an existing {@code DoubleConsumer}. */
  public DoubleFold peek(DoubleConsumer action) {
    Objects.requireNonNull(action, "action");
    return peek(action instanceof DoubleEffect ? (DoubleEffect) action : action::accept);
  }

  /** The first {@code n} elements. */
  public DoubleFold limit(long n) {
    return then(Transducers.limit(n));
  }

  /** All but the first {@code n} elements. */
  public DoubleFold skip(long n) {
    return then(Transducers.skip(n));
  }

  /**
   * The distinct elements in encounter order ({@code Double.equals}: {@code NaN} equals itself,
   * {@code 0.0} and {@code -0.0} differ, as in {@code DoubleStream.distinct}).
   *
   * @see DoubleStream#distinct
   */
  public DoubleFold distinct() {
    return then(Transducers.distinct());
  }

  /**
   * {@link #distinct()} holding at most {@code budget} keys per accumulator; more fail the fold
   * with {@link dev.parafold.reduce.StateBudgetExceededException} naming {@code distinct}.
   */
  public DoubleFold distinct(StateBudget budget) {
    return then(Transducers.distinct(budget));
  }

  /** Every {@code n}-th element, starting with the first. */
  public DoubleFold takeNth(long n) {
    return then(Transducers.takeNth(n));
  }

  /** Drops elements equal to the one just before them. */
  public DoubleFold dedupe() {
    return then(Transducers.dedupe());
  }

  /** Keeps each element with probability {@code p}, reproducibly for {@code seed}. */
  public DoubleFold randomSample(double p, long seed) {
    return then(Transducers.randomSample(p, seed));
  }

  /** Elements while {@code test} holds. */
  public DoubleFold takeWhile(DoublePred test) {
    Objects.requireNonNull(test, "test");
    return then(PrimitiveTransducers.takeWhileDoubles(test));
  }

  /** {@link #takeWhile(DoublePred)} for an existing {@code DoublePredicate}. */
  public DoubleFold takeWhile(DoublePredicate test) {
    return takeWhile(pred(test));
  }

  /** Drops elements while {@code test} holds. */
  public DoubleFold dropWhile(DoublePred test) {
    Objects.requireNonNull(test, "test");
    return then(Transducers.<Double>dropWhile(test::test));
  }

  /** {@link #dropWhile(DoublePred)} for an existing {@code DoublePredicate}. */
  public DoubleFold dropWhile(DoublePredicate test) {
    return dropWhile(pred(test));
  }

  /** The elements in ascending order (a parallel merge sort; see {@link Fold#sorted()}). */
  public DoubleFold sorted() {
    return then(Transducers.<Double>sorted());
  }

  /** {@link #sorted()} holding at most {@code budget} elements per accumulator. */
  public DoubleFold sorted(StateBudget budget) {
    return then(Transducers.<Double>sorted(budget));
  }

  /** Arrays of {@code n} consecutive elements; the last may be shorter. */
  public Fold<double[]> partitionAll(int n) {
    return boxed().partitionAll(n).map(DoubleFold::toDoubles);
  }

  /** Sliding windows of {@code size} elements every {@code step} positions; only full ones. */
  public Fold<double[]> window(int size, int step) {
    return boxed().window(size, step).map(DoubleFold::toDoubles);
  }

  private static double[] toDoubles(List<Double> xs) {
    double[] out = new double[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xs.get(i);
    }
    return out;
  }

  /**
   * Replaces each element with the {@code double}s of the stream {@code f} returns (null means
   * none), stepped unboxed.
   *
   * @see DoubleStream#flatMap
   */
  public DoubleFold flatMap(DoubleToObj<? extends DoubleStream> f) {
    Objects.requireNonNull(f, "f");
    return then(Transducers.<Double>flatMapToDouble(x -> f.apply(x)));
  }

  /** Appends a transducer of {@code Double}s (stateful catalog entries, user stages). */
  public DoubleFold via(Transducer<? super Double, Double> next) {
    return then(next);
  }

  /**
   * Maps to objects.
   *
   * @see DoubleStream#mapToObj
   */
  public <U> Fold<U> mapToObj(DoubleToObj<? extends U> f) {
    return new Fold<>(plan, xf.andThen(PrimitiveTransducers.mapDoublesToObj(f)), unordered);
  }

  /** {@link #mapToObj(DoubleToObj)} for an existing {@code DoubleFunction}. */
  public <U> Fold<U> mapToObj(java.util.function.DoubleFunction<? extends U> f) {
    Objects.requireNonNull(f, "f");
    return mapToObj((DoubleToObj<U>) f::apply);
  }

  /** The elements as boxed {@code Double}s. */
  public Fold<Double> boxed() {
    return new Fold<>(plan, xf, unordered);
  }

  /**
   * Maps to {@code int}s.
   *
   * @see DoubleStream#mapToInt
   */
  public IntFold mapToInt(DoubleToInt f) {
    return new IntFold(plan, xf.andThen(PrimitiveTransducers.mapDoublesToInt(f)));
  }

  /**
   * Maps to {@code long}s.
   *
   * @see DoubleStream#mapToLong
   */
  public LongFold mapToLong(DoubleToLong f) {
    return new LongFold(plan, xf.andThen(PrimitiveTransducers.mapDoublesToLong(f)));
  }

  // ---- terminal operations --------------------------------------------------------------------

  /** Runs the pipeline into {@code reducer}. */
  public <R> R reduce(Reducer<? super Double, ?, R> reducer) {
    return plan.run(xf, reducer);
  }

  /**
   * Folds with an associative operator and its identity, unboxed.
   *
   * @see DoubleStream#reduce(double, DoubleBinaryOperator)
   */
  public double reduce(double identity, DoubleBinOp op) {
    PrimitiveReducers.DoubleCell c = reduce(new PrimitiveReducers.DoubleReducing(op));
    return c.seen ? op.applyAsDouble(identity, c.value) : identity;
  }

  /** {@link #reduce(double, DoubleBinOp)} for an existing {@code DoubleBinaryOperator}. */
  public double reduce(double identity, DoubleBinaryOperator op) {
    return reduce(identity, op(op));
  }

  /** Folds with an associative operator; empty if there are no elements. */
  public OptionalDouble reduce(DoubleBinOp op) {
    PrimitiveReducers.DoubleCell c = reduce(new PrimitiveReducers.DoubleReducing(op));
    return c.seen ? OptionalDouble.of(c.value) : OptionalDouble.empty();
  }

  /** {@link #reduce(DoubleBinOp)} for an existing {@code DoubleBinaryOperator}. */
  public OptionalDouble reduce(DoubleBinaryOperator op) {
    return reduce(op(op));
  }

  /**
   * Fills a container per chunk and merges them in order, unboxed.
   *
   * @see DoubleStream#collect
   */
  public <R> R collect(Fn0<R> supplier, ObjDoubleEffect<R> accumulator, Effect2<R, R> combiner) {
    return reduce(new PrimitiveReducers.DoubleCollect<>(supplier, accumulator, combiner));
  }

  /** The compensated sum. */
  public double sum() {
    return reduce(Reducers.sumDoubles());
  }

  /** The number of elements. */
  public long count() {
    return reduce(new PrimitiveReducers.DoubleCount());
  }

  /**
   * The smallest element, if any ({@code NaN} if any element is; {@code -0.0} below {@code 0.0}).
   */
  public OptionalDouble min() {
    return extreme(new PrimitiveReducers.DoubleReducing("min", Math::min));
  }

  /**
   * The largest element, if any ({@code NaN} if any element is; {@code 0.0} above {@code -0.0}).
   */
  public OptionalDouble max() {
    return extreme(new PrimitiveReducers.DoubleReducing("max", Math::max));
  }

  private OptionalDouble extreme(PrimitiveReducers.DoubleReducing r) {
    PrimitiveReducers.DoubleCell c = reduce(r);
    return c.seen ? OptionalDouble.of(c.value) : OptionalDouble.empty();
  }

  /** The mean, if any. */
  public OptionalDouble average() {
    DoubleSummaryStatistics s = summaryStatistics();
    return s.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(s.getAverage());
  }

  /** Count, sum, min, max and average in one pass. */
  public DoubleSummaryStatistics summaryStatistics() {
    return reduce(Reducers.doubleStatistics());
  }

  /** The first element, if any; stops at once. */
  public OptionalDouble findFirst() {
    return reduce(new PrimitiveReducers.DoubleFirst());
  }

  /** Some element, if any; see {@link Fold#findAny()}. */
  public OptionalDouble findAny() {
    return findFirst();
  }

  /** Whether any element passes; stops at the first that does. */
  public boolean anyMatch(DoublePred test) {
    return reduce(new PrimitiveReducers.DoubleMatch(test, true));
  }

  /** {@link #anyMatch(DoublePred)} for an existing {@code DoublePredicate}. */
  public boolean anyMatch(DoublePredicate test) {
    return anyMatch(pred(test));
  }

  /** Whether all elements pass. */
  public boolean allMatch(DoublePred test) {
    return !reduce(new PrimitiveReducers.DoubleMatch(test, false));
  }

  /** {@link #allMatch(DoublePred)} for an existing {@code DoublePredicate}. */
  public boolean allMatch(DoublePredicate test) {
    return allMatch(pred(test));
  }

  /** Whether no element passes. */
  public boolean noneMatch(DoublePred test) {
    return !reduce(new PrimitiveReducers.DoubleMatch(test, true));
  }

  /** {@link #noneMatch(DoublePred)} for an existing {@code DoublePredicate}. */
  public boolean noneMatch(DoublePredicate test) {
    return noneMatch(pred(test));
  }

  /** The elements, boxed, in encounter order. */
  public List<Double> toList() {
    return reduce(Reducers.toList());
  }

  /** The elements as a {@code double[]}, in encounter order. */
  public double[] toArray() {
    return reduce(new PrimitiveReducers.DoubleArray());
  }

  /**
   * Runs {@code action} on each element (concurrently when parallel); after a stage that is not
   * stateless, on the settled elements only, as {@link Fold#forEach(dev.parafold.fn.Effect)}.
   */
  public void forEach(DoubleEffect action) {
    Objects.requireNonNull(action, "action");
    if (isParallel() && xf.strategy() != Strategy.STATELESS) {
      new DoubleFold(plan.over(Sources.doubles(toArray())), Plan.start()).forEach(action);
      return;
    }
    peek(action).count();
  }

  /** {@link #forEach(DoubleEffect)} for an existing {@code DoubleConsumer}. */
  public void forEach(DoubleConsumer action) {
    Objects.requireNonNull(action, "action");
    forEach(action instanceof DoubleEffect ? (DoubleEffect) action : action::accept);
  }

  /** Runs {@code action} on each element in encounter order; see {@link Fold#forEachOrdered}. */
  public void forEachOrdered(DoubleEffect action) {
    Objects.requireNonNull(action, "action");
    if (unordered || !isParallel()) {
      forEach(action);
      return;
    }
    for (double x : toArray()) {
      action.accept(x);
    }
  }

  /** {@link #forEachOrdered(DoubleEffect)} for an existing {@code DoubleConsumer}. */
  public void forEachOrdered(DoubleConsumer action) {
    Objects.requireNonNull(action, "action");
    forEachOrdered(action instanceof DoubleEffect ? (DoubleEffect) action : action::accept);
  }

  /** The elements, pulled lazily and sequentially; see {@link Fold#iterator()}. */
  public PrimitiveIterator.OfDouble iterator() {
    return PrimitiveViews.doubles(boxed().iterator());
  }

  /** The elements as a lazy, ordered {@code Spliterator} (it does not split). */
  public Spliterator.OfDouble spliterator() {
    return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
  }

  /** The elements as a lazy, sequential, ordered {@code DoubleStream}. */
  public DoubleStream stream() {
    return StreamSupport.doubleStream(spliterator(), false);
  }

  /** The plan in words. */
  public String explain() {
    return plan.explain(xf);
  }

  @Override
  public String toString() {
    return "DoubleFold[" + plan.source.describe() + " | " + xf.describe() + "]";
  }

  private static DoublePred pred(DoublePredicate test) {
    Objects.requireNonNull(test, "test");
    return test instanceof DoublePred ? (DoublePred) test : test::test;
  }

  private static DoubleBinOp op(DoubleBinaryOperator op) {
    Objects.requireNonNull(op, "op");
    return op instanceof DoubleBinOp ? (DoubleBinOp) op : op::applyAsDouble;
  }
}
