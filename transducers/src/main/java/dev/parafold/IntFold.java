package dev.parafold;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.ContextPropagator;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.fn.Effect2;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.IntBinOp;
import dev.parafold.fn.IntEffect;
import dev.parafold.fn.IntFn;
import dev.parafold.fn.IntFn0;
import dev.parafold.fn.IntPred;
import dev.parafold.fn.IntToDouble;
import dev.parafold.fn.IntToLong;
import dev.parafold.fn.IntToObj;
import dev.parafold.fn.ObjIntEffect;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.source.StreamSources;
import dev.parafold.xf.PrimitiveTransducers;
import dev.parafold.xf.Transducers;
import java.time.Duration;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * A pipeline of unboxed {@code int}s: from an {@code int[]}, an {@code IntStream}, {@link
 * Fold#chars}, {@link #range}, {@link #iterate} or {@link Fold#mapToInt}. It has the operations of
 * {@link LongFold} and {@link DoubleFold} (a test keeps the three level) with {@code IntStream}'s
 * types: {@link #sum()} is an {@code int} that wraps on overflow, as {@code IntStream.sum} does
 * ({@link #asLongs()} widens first).
 *
 * <pre>{@code
 * int letters = Fold.chars("parafold").filter(Character::isLetter).map(c -> 1).sum(); // 8
 * }</pre>
 *
 * @implNote An {@code int} pipeline runs on the {@code long} lane: its elements are {@code long}s
 *     that always fit an {@code int}, stepped unboxed through {@code LongReducer.stepLong}, so it
 *     shares {@code long} sources, stages (limit, distinct in a primitive set) and the specialized
 *     hot loops; the {@code int} stages narrow before calling the user's function.
 * @see IntStream
 * @since 0.1
 */
public final class IntFold {
  private final LongFold lanes;

  IntFold(Plan plan, Transducer<Object, Long> xf) {
    this(new LongFold(plan, xf));
  }

  private IntFold(LongFold lanes) {
    this.lanes = lanes;
  }

  static IntFold over(Source<Long> source) {
    return new IntFold(LongFold.over(source));
  }

  private IntFold then(Transducer<? super Long, Long> next) {
    return new IntFold(lanes.via(next));
  }

  // ---- entry points ---------------------------------------------------------------------------

  /** The given {@code int}s. Same as {@code IntStream.of}. */
  public static IntFold of(int... values) {
    return over(Sources.ints(values));
  }

  /** No elements. */
  public static IntFold empty() {
    return of();
  }

  /** The {@code int}s in {@code [from, to)}. Same as {@code IntStream.range}. */
  public static IntFold range(int from, int to) {
    return over(Sources.range(from, Math.max(from, to)));
  }

  /** The {@code int}s in {@code [from, to]}. Same as {@code IntStream.rangeClosed}. */
  public static IntFold rangeClosed(int from, int to) {
    return over(Sources.range(from, Math.max(from, (long) to + 1)));
  }

  /** {@code seed}, {@code next(seed)}, ... endlessly; see {@link Fold#iterate}. */
  public static IntFold iterate(int seed, IntFn next) {
    Objects.requireNonNull(next, "next");
    return over(StreamSources.iterateLongs(seed, null, x -> next.applyAsInt((int) x)));
  }

  /** {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds. */
  public static IntFold iterate(int seed, IntPred hasNext, IntFn next) {
    Objects.requireNonNull(hasNext, "hasNext");
    Objects.requireNonNull(next, "next");
    return over(
        StreamSources.iterateLongs(
            seed, x -> hasNext.test((int) x), x -> next.applyAsInt((int) x)));
  }

  /** {@code supplier}'s results, endlessly. */
  public static IntFold generate(IntFn0 supplier) {
    Objects.requireNonNull(supplier, "supplier");
    return over(StreamSources.generateLongs(supplier::getAsInt));
  }

  /** The elements of {@code first}, then {@code second}; see {@link Fold#concat}. */
  public static IntFold concat(IntFold first, IntFold second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    return new IntFold(LongFold.concat(first.lanes, second.lanes));
  }

  // ---- execution ------------------------------------------------------------------------------

  /** Runs on the calling thread (the default). */
  public IntFold sequential() {
    return new IntFold(lanes.sequential());
  }

  /** Runs on the work-stealing fork/join executor. */
  public IntFold parallel() {
    return new IntFold(lanes.parallel());
  }

  /** Whether runs may use more than one thread. */
  public boolean isParallel() {
    return lanes.isParallel();
  }

  /** Runs on {@code executor}. */
  public IntFold on(FoldExecutor executor) {
    return new IntFold(lanes.on(executor));
  }

  /** Runs on a fork/join pool the caller owns. */
  public IntFold on(ForkJoinPool pool) {
    return new IntFold(lanes.on(pool));
  }

  /**
   * Runs on a plain {@code ExecutorService} the caller owns; see {@link Fold#on(ExecutorService)}.
   */
  public IntFold on(ExecutorService service) {
    return new IntFold(lanes.on(service));
  }

  /** Splits the source with {@code policy}. */
  public IntFold chunks(ChunkPolicy policy) {
    return new IntFold(lanes.chunks(policy));
  }

  /** Folds at most {@code n} chunks at once. */
  public IntFold maxParallelism(int n) {
    return new IntFold(lanes.maxParallelism(n));
  }

  /** Fails with {@code FoldTimeoutException} after {@code timeout}. */
  public IntFold withTimeout(Duration timeout) {
    return new IntFold(lanes.withTimeout(timeout));
  }

  /** Lets {@code handle.cancel()} stop runs of this fold. */
  public IntFold cancelWith(CancelHandle handle) {
    return new IntFold(lanes.cancelWith(handle));
  }

  /** Carries a thread-bound context into every chunk task; see {@link Fold#propagate}. */
  public IntFold propagate(ContextPropagator propagator) {
    return new IntFold(lanes.propagate(propagator));
  }

  /** Throws instead of running on one thread if a stage cannot be split. */
  public IntFold strictParallel() {
    return new IntFold(lanes.strictParallel());
  }

  /** Declares that encounter order does not matter; see {@link Fold#unordered()}. */
  public IntFold unordered() {
    return new IntFold(lanes.unordered());
  }

  // ---- transformations ------------------------------------------------------------------------

  /**
   * Maps each {@code int}.
   *
   * @see IntStream#map
   */
  public IntFold map(IntFn f) {
    return then(PrimitiveTransducers.mapInts(f));
  }

  /** {@link #map(IntFn)} for an existing {@code IntUnaryOperator}. */
  public IntFold map(IntUnaryOperator f) {
    Objects.requireNonNull(f, "f");
    return map(f instanceof IntFn ? (IntFn) f : f::applyAsInt);
  }

  /**
   * Keeps the {@code int}s that pass.
   *
   * @see IntStream#filter
   */
  public IntFold filter(IntPred test) {
    return then(PrimitiveTransducers.filterInts(test));
  }

  /** {@link #filter(IntPred)} for an existing {@code IntPredicate}. */
  public IntFold filter(IntPredicate test) {
    return filter(pred(test));
  }

  /** Runs {@code action} on each {@code int} as it passes. */
  public IntFold peek(IntEffect action) {
    return then(PrimitiveTransducers.peekInts(action));
  }

  /** {@link #peek(IntEffect)} for an existing {@code IntConsumer}. */
  public IntFold peek(IntConsumer action) {
    return peek(effect(action));
  }

  /** The first {@code n} elements (unboxed, also in parallel). */
  public IntFold limit(long n) {
    return new IntFold(lanes.limit(n));
  }

  /** All but the first {@code n} elements. */
  public IntFold skip(long n) {
    return new IntFold(lanes.skip(n));
  }

  /** The distinct elements in encounter order, in a primitive hash set (never boxed). */
  public IntFold distinct() {
    return new IntFold(lanes.distinct());
  }

  /** {@link #distinct()} holding at most {@code budget} keys per accumulator. */
  public IntFold distinct(StateBudget budget) {
    return new IntFold(lanes.distinct(budget));
  }

  /** Every {@code n}-th element, starting with the first. */
  public IntFold takeNth(long n) {
    return new IntFold(lanes.takeNth(n));
  }

  /** Drops elements equal to the one just before them. */
  public IntFold dedupe() {
    return new IntFold(lanes.dedupe());
  }

  /** Keeps each element with probability {@code p}, reproducibly for {@code seed}. */
  public IntFold randomSample(double p, long seed) {
    return new IntFold(lanes.randomSample(p, seed));
  }

  /** Elements while {@code test} holds. */
  public IntFold takeWhile(IntPred test) {
    Objects.requireNonNull(test, "test");
    return new IntFold(lanes.takeWhile((long x) -> test.test((int) x)));
  }

  /** {@link #takeWhile(IntPred)} for an existing {@code IntPredicate}. */
  public IntFold takeWhile(IntPredicate test) {
    return takeWhile(pred(test));
  }

  /** Drops elements while {@code test} holds. */
  public IntFold dropWhile(IntPred test) {
    Objects.requireNonNull(test, "test");
    return new IntFold(lanes.dropWhile((long x) -> test.test((int) x)));
  }

  /** {@link #dropWhile(IntPred)} for an existing {@code IntPredicate}. */
  public IntFold dropWhile(IntPredicate test) {
    return dropWhile(pred(test));
  }

  /** The elements in ascending order (a parallel merge sort; see {@link Fold#sorted()}). */
  public IntFold sorted() {
    return new IntFold(lanes.sorted());
  }

  /** {@link #sorted()} holding at most {@code budget} elements per accumulator. */
  public IntFold sorted(StateBudget budget) {
    return new IntFold(lanes.sorted(budget));
  }

  /** Arrays of {@code n} consecutive elements, never boxed; the last may be shorter. */
  public Fold<int[]> partitionAll(int n) {
    return lanes.into(PrimitiveTransducers.partitionAllInts(n));
  }

  /** Sliding windows of {@code size} elements every {@code step} positions; only full ones. */
  public Fold<int[]> window(int size, int step) {
    return lanes.window(size, step).map(IntFold::toInts);
  }

  private static int[] toInts(long[] xs) {
    int[] out = new int[xs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) xs[i];
    }
    return out;
  }

  /**
   * Replaces each element with the {@code int}s of the stream {@code f} returns (null means none),
   * stepped unboxed.
   *
   * @see IntStream#flatMap
   */
  public IntFold flatMap(IntToObj<? extends IntStream> f) {
    Objects.requireNonNull(f, "f");
    return then(Transducers.<Long>flatMapToInt(x -> f.apply((int) (long) x)));
  }

  /** Appends a transducer of {@code Integer}s (stateful catalog entries, user stages); boxes. */
  public IntFold via(Transducer<? super Integer, Integer> next) {
    Objects.requireNonNull(next, "next");
    return new IntFold(
        lanes.via(
            PrimitiveTransducers.mapLongsToObj((long x) -> (int) x)
                .andThen(next)
                .andThen(Transducers.mapToInt((Integer i) -> i))));
  }

  /**
   * Maps to objects.
   *
   * @see IntStream#mapToObj
   */
  public <U> Fold<U> mapToObj(IntToObj<? extends U> f) {
    return lanes.boxed().via(PrimitiveTransducers.mapIntsToObj(f));
  }

  /** {@link #mapToObj(IntToObj)} for an existing {@code IntFunction}. */
  public <U> Fold<U> mapToObj(java.util.function.IntFunction<? extends U> f) {
    Objects.requireNonNull(f, "f");
    return mapToObj((IntToObj<U>) f::apply);
  }

  /** The elements as boxed {@code Integer}s. */
  public Fold<Integer> boxed() {
    return mapToObj(x -> x);
  }

  /**
   * Maps to {@code long}s.
   *
   * @see IntStream#mapToLong
   */
  public LongFold mapToLong(IntToLong f) {
    return lanes.via(PrimitiveTransducers.mapIntsToLong(f));
  }

  /**
   * Maps to {@code double}s.
   *
   * @see IntStream#mapToDouble
   */
  public DoubleFold mapToDouble(IntToDouble f) {
    return new DoubleFold(
        lanes.plan(), lanes.transducer().andThen(PrimitiveTransducers.mapIntsToDouble(f)));
  }

  /** Widens to {@code long}s. Same as {@code IntStream.asLongStream}. */
  public LongFold asLongs() {
    return lanes;
  }

  /** Widens to {@code double}s. Same as {@code IntStream.asDoubleStream}. */
  public DoubleFold asDoubles() {
    return lanes.asDoubles();
  }

  // ---- terminal operations --------------------------------------------------------------------

  /** Runs the pipeline into {@code reducer} (boxing each element; prefer the terminals below). */
  public <R> R reduce(Reducer<? super Integer, ?, R> reducer) {
    return boxed().reduce(reducer);
  }

  /**
   * Folds with an associative operator and its identity, unboxed.
   *
   * @see IntStream#reduce(int, IntBinaryOperator)
   */
  public int reduce(int identity, IntBinOp op) {
    PrimitiveReducers.LongCell c = lanes.reduce(new PrimitiveReducers.IntReducing(op));
    return c.seen ? op.applyAsInt(identity, (int) c.value) : identity;
  }

  /** {@link #reduce(int, IntBinOp)} for an existing {@code IntBinaryOperator}. */
  public int reduce(int identity, IntBinaryOperator op) {
    return reduce(identity, op(op));
  }

  /** Folds with an associative operator; empty if there are no elements. */
  public OptionalInt reduce(IntBinOp op) {
    PrimitiveReducers.LongCell c = lanes.reduce(new PrimitiveReducers.IntReducing(op));
    return c.seen ? OptionalInt.of((int) c.value) : OptionalInt.empty();
  }

  /** {@link #reduce(IntBinOp)} for an existing {@code IntBinaryOperator}. */
  public OptionalInt reduce(IntBinaryOperator op) {
    return reduce(op(op));
  }

  /**
   * Fills a container per chunk and merges them in order, unboxed.
   *
   * @see IntStream#collect
   */
  public <R> R collect(Fn0<R> supplier, ObjIntEffect<R> accumulator, Effect2<R, R> combiner) {
    return lanes.reduce(new PrimitiveReducers.IntCollect<>(supplier, accumulator, combiner));
  }

  /** The sum as an {@code int}, wrapping on overflow like {@code IntStream.sum}. */
  public int sum() {
    return (int) lanes.sum();
  }

  /** The number of elements. */
  public long count() {
    return lanes.count();
  }

  /** The smallest element, if any. */
  public OptionalInt min() {
    return narrow(lanes.min());
  }

  /** The largest element, if any. */
  public OptionalInt max() {
    return narrow(lanes.max());
  }

  /** The mean, if any. */
  public OptionalDouble average() {
    return lanes.average();
  }

  /** Count, sum, min, max and average in one pass. */
  public IntSummaryStatistics summaryStatistics() {
    LongSummaryStatistics s = lanes.summaryStatistics();
    return s.getCount() == 0
        ? new IntSummaryStatistics()
        : new IntSummaryStatistics(s.getCount(), (int) s.getMin(), (int) s.getMax(), s.getSum());
  }

  /** The first element, if any; stops at once. */
  public OptionalInt findFirst() {
    return narrow(lanes.findFirst());
  }

  /** Some element, if any; see {@link Fold#findAny()}. */
  public OptionalInt findAny() {
    return findFirst();
  }

  /** Whether any element passes; stops at the first that does. */
  public boolean anyMatch(IntPred test) {
    Objects.requireNonNull(test, "test");
    return lanes.anyMatch((long x) -> test.test((int) x));
  }

  /** {@link #anyMatch(IntPred)} for an existing {@code IntPredicate}. */
  public boolean anyMatch(IntPredicate test) {
    return anyMatch(pred(test));
  }

  /** Whether all elements pass. */
  public boolean allMatch(IntPred test) {
    Objects.requireNonNull(test, "test");
    return lanes.allMatch((long x) -> test.test((int) x));
  }

  /** {@link #allMatch(IntPred)} for an existing {@code IntPredicate}. */
  public boolean allMatch(IntPredicate test) {
    return allMatch(pred(test));
  }

  /** Whether no element passes. */
  public boolean noneMatch(IntPred test) {
    Objects.requireNonNull(test, "test");
    return lanes.noneMatch((long x) -> test.test((int) x));
  }

  /** {@link #noneMatch(IntPred)} for an existing {@code IntPredicate}. */
  public boolean noneMatch(IntPredicate test) {
    return noneMatch(pred(test));
  }

  /** The elements, boxed, in encounter order. */
  public List<Integer> toList() {
    return boxed().toList();
  }

  /** The elements as an {@code int[]}, in encounter order. */
  public int[] toArray() {
    return lanes.reduce(new PrimitiveReducers.IntArray());
  }

  /**
   * Runs {@code action} on each element (concurrently when parallel); after a stage that is not
   * stateless, on the settled elements only, as {@link Fold#forEach(dev.parafold.fn.Effect)}.
   */
  public void forEach(IntEffect action) {
    Objects.requireNonNull(action, "action");
    lanes.forEach((long x) -> action.accept((int) x));
  }

  /** {@link #forEach(IntEffect)} for an existing {@code IntConsumer}. */
  public void forEach(IntConsumer action) {
    forEach(effect(action));
  }

  /** Runs {@code action} on each element in encounter order; see {@link Fold#forEachOrdered}. */
  public void forEachOrdered(IntEffect action) {
    Objects.requireNonNull(action, "action");
    lanes.forEachOrdered((long x) -> action.accept((int) x));
  }

  /** {@link #forEachOrdered(IntEffect)} for an existing {@code IntConsumer}. */
  public void forEachOrdered(IntConsumer action) {
    forEachOrdered(effect(action));
  }

  /** The elements, pulled lazily and sequentially; see {@link Fold#iterator()}. */
  public PrimitiveIterator.OfInt iterator() {
    return PrimitiveViews.ints(lanes.boxed().iterator());
  }

  /** The elements as a lazy, ordered {@code Spliterator} (it does not split). */
  public Spliterator.OfInt spliterator() {
    return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
  }

  /** The elements as a lazy, sequential, ordered {@code IntStream}. */
  public IntStream stream() {
    return StreamSupport.intStream(spliterator(), false);
  }

  /** The plan in words. */
  public String explain() {
    return lanes.explain();
  }

  @Override
  public String toString() {
    return "IntFold" + lanes.toString().substring("LongFold".length());
  }

  private static OptionalInt narrow(OptionalLong x) {
    return x.isPresent() ? OptionalInt.of((int) x.getAsLong()) : OptionalInt.empty();
  }

  private static IntPred pred(IntPredicate test) {
    Objects.requireNonNull(test, "test");
    return test instanceof IntPred ? (IntPred) test : test::test;
  }

  private static IntEffect effect(IntConsumer action) {
    Objects.requireNonNull(action, "action");
    return action instanceof IntEffect ? (IntEffect) action : action::accept;
  }

  private static IntBinOp op(IntBinaryOperator op) {
    Objects.requireNonNull(op, "op");
    return op instanceof IntBinOp ? (IntBinOp) op : op::applyAsInt;
  }
}
