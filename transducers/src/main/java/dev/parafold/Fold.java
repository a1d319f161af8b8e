package dev.parafold;

import dev.parafold.exec.FoldExecutor;
import dev.parafold.fn.CheckedFn;
import dev.parafold.fn.CheckedPred;
import dev.parafold.fn.Cmp;
import dev.parafold.fn.Effect;
import dev.parafold.fn.Effect2;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.Fn2;
import dev.parafold.fn.Pred;
import dev.parafold.fn.ToDouble;
import dev.parafold.fn.ToInt;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.source.StreamSources;
import dev.parafold.xf.Transducers;
import io.vavr.Tuple2;
import io.vavr.control.Try;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A pipeline: a source, a chain of transducers and an execution plan, ending in a terminal
 * operation. Immutable and reusable: every method returns a new {@code Fold}, and a fold over a
 * re-runnable source (array, list, range, collection) can run any number of times.
 *
 * <pre>{@code
 * List<Integer> firstTen = Fold.from(list).filter(x -> x % 3 == 0).limit(10).toList();
 * Map<String, Long> counts = Fold.from(lines).via(words).reduce(Reducers.countBy(w -> w));
 * }</pre>
 *
 * <p>The terminal operations ({@code toList}, {@code reduce}, {@code collect}, {@code groupBy},
 * {@code findFirst}, ...) and the execution settings ({@code parallel()}, {@code on(pool)}, ...)
 * are inherited from a package-private base and documented there. Every method that takes one of
 * parafold's serializable function types ({@link Fn}, {@link Pred}, {@link Cmp}, ...) also takes
 * the matching {@code java.util.function} type or {@code Comparator}, so an existing object ({@code
 * Function.identity()}, a {@code Comparator} chain) can be passed; a lambda written in place
 * becomes the serializable type.
 *
 * <p>Execution is chosen per pipeline: {@link #sequential()} (the default), {@link #parallel()}
 * (work-stealing fork/join on the common pool), or {@link #on(FoldExecutor)}. Parallel results
 * equal sequential ones for every operation and every built-in reducer: chunks merge in encounter
 * order with each reducer's associative {@code combine}, and stateful stages carry their own
 * combine. Side effects in user functions ({@code peek}, {@code forEach}) run concurrently on
 * worker threads when parallel.
 *
 * @param <T> element type
 * @since 0.1
 */
public final class Fold<T> extends FoldExecution<T> {

  Fold(Plan plan, Transducer<Object, T> xf) {
    this(plan, xf, false);
  }

  Fold(Plan plan, Transducer<Object, T> xf, boolean unordered) {
    super(plan, xf, unordered);
  }

  // ---- entry points ---------------------------------------------------------------------------

  /** A fold over any {@link Source}. */
  public static <T> Fold<T> from(Source<T> source) {
    return new Fold<>(Plan.of(source), Plan.start());
  }

  /** A fold over an {@code Iterable}; random-access lists split at an index. Re-runnable. */
  public static <T> Fold<T> from(Iterable<T> iterable) {
    return from(Sources.iterable(iterable));
  }

  /** A fold over a {@code Collection}. Re-runnable. */
  public static <T> Fold<T> from(Collection<T> collection) {
    return from(Sources.iterable(collection));
  }

  /** A fold over an array. Re-runnable. */
  public static <T> Fold<T> from(T[] array) {
    return from(Sources.array(array));
  }

  /** A fold over the given elements. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read
  public static <T> Fold<T> of(T... elements) {
    return from(Sources.array(elements));
  }

  /** One element, or none if it is null. Same as {@code Stream.ofNullable}. */
  public static <T> Fold<T> ofNullable(T element) {
    return element == null ? empty() : of(element);
  }

  /** A fold over a single-pass iterator (parallel folds pull it in bounded batches). */
  public static <T> Fold<T> from(Iterator<? extends T> iterator) {
    return from(Sources.<T>iterator(iterator));
  }

  /** A fold over a single-pass spliterator. */
  public static <T> Fold<T> from(Spliterator<T> spliterator) {
    return from(Sources.spliterator(spliterator));
  }

  /** A fold over a single-pass stream. */
  public static <T> Fold<T> from(Stream<T> stream) {
    return from(Sources.stream(stream));
  }

  /** A fold over a vavr collection; {@code Vector} and {@code Array} split at an index. */
  public static <T> Fold<T> from(io.vavr.collection.Traversable<T> traversable) {
    return from(Sources.vavr(traversable));
  }

  /** An unboxed fold over a {@code long[]}. */
  public static LongFold from(long[] array) {
    return LongFold.over(Sources.longs(array));
  }

  /**
   * An unboxed fold over an {@code int[]}, as {@code Arrays.stream(int[])} is an {@code IntStream};
   * {@link IntFold#asLongs()} widens it to {@code long}s.
   */
  public static IntFold from(int[] array) {
    return IntFold.over(Sources.ints(array));
  }

  /** An unboxed fold over a {@code double[]}. */
  public static DoubleFold from(double[] array) {
    return DoubleFold.over(Sources.doubles(array));
  }

  /**
   * The {@code long}s in {@code [from, to)}, unboxed; longer than {@code Integer.MAX_VALUE} is
   * fine.
   */
  public static LongFold range(long from, long to) {
    return LongFold.over(Sources.range(from, to));
  }

  /** The {@code long}s in {@code [from, to]}. */
  public static LongFold rangeClosed(long from, long to) {
    if (to == Long.MAX_VALUE) {
      throw new IllegalArgumentException("rangeClosed: to must be < Long.MAX_VALUE");
    }
    return range(from, to + 1);
  }

  /** A fold over a single-pass {@code IntStream}, unboxed. */
  public static IntFold from(IntStream stream) {
    return IntFold.over(StreamSources.ints(stream));
  }

  /** A fold over a single-pass {@code LongStream}, unboxed. */
  public static LongFold from(LongStream stream) {
    return LongFold.over(StreamSources.longs(stream));
  }

  /** A fold over a single-pass {@code DoubleStream}, unboxed. */
  public static DoubleFold from(DoubleStream stream) {
    return DoubleFold.over(StreamSources.doubles(stream));
  }

  /**
   * The {@code char} values of {@code chars} as an {@link IntFold}, as {@code
   * CharSequence.chars()}; splits at any index.
   */
  public static IntFold chars(CharSequence chars) {
    return IntFold.over(StreamSources.chars(chars));
  }

  /** No elements. Same as {@code Stream.empty()}. */
  public static <T> Fold<T> empty() {
    return from(StreamSources.<T>empty());
  }

  /**
   * {@code seed}, {@code next(seed)}, {@code next(next(seed))}, ... endlessly: end it with {@code
   * limit}, {@code takeWhile} or a short-circuiting terminal. Re-runnable. Parallel runs pull it in
   * bounded batches (computing up to one batch past the stop, so {@code next} should be free of
   * side effects) and fold the batches in parallel; results equal sequential ones.
   *
   * <pre>{@code
   * List<Integer> powers = Fold.iterate(1, x -> x * 2).limit(5).toList(); // [1, 2, 4, 8, 16]
   * }</pre>
   *
   * @see Stream#iterate(Object, java.util.function.UnaryOperator)
   */
  public static <T> Fold<T> iterate(T seed, Fn<? super T, ? extends T> next) {
    return from(StreamSources.iterate(seed, next));
  }

  /**
   * {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds, like a {@code for} loop.
   *
   * <pre>{@code
   * List<Integer> r = Fold.iterate(1, x -> x < 20, x -> x * 3).toList(); // [1, 3, 9]
   * }</pre>
   *
   * @see Stream#iterate(Object, java.util.function.Predicate, java.util.function.UnaryOperator)
   */
  public static <T> Fold<T> iterate(
      T seed, Pred<? super T> hasNext, Fn<? super T, ? extends T> next) {
    return from(StreamSources.iterate(seed, hasNext, next));
  }

  /**
   * {@code supplier}'s results, endlessly (end it with {@code limit} or {@code takeWhile}).
   *
   * <pre>{@code
   * List<String> r = Fold.generate(() -> "x").limit(3).toList(); // [x, x, x]
   * }</pre>
   *
   * @see Stream#generate
   */
  public static <T> Fold<T> generate(Fn0<? extends T> supplier) {
    return from(StreamSources.generate(supplier));
  }

  /**
   * The elements of {@code first}, then those of {@code second}, under {@code first}'s executor and
   * options. Two plain sized sources (arrays, lists, ranges) concatenate into one that splits at
   * any index; a side with stages or of unknown size is read through its lazy {@link #iterator()}
   * (its own stages then run sequentially).
   *
   * <pre>{@code
   * List<Integer> r = Fold.concat(Fold.of(1, 2), Fold.of(3)).toList(); // [1, 2, 3]
   * }</pre>
   *
   * @see Stream#concat
   */
  public static <T> Fold<T> concat(Fold<? extends T> first, Fold<? extends T> second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Source<T> both = StreamSources.concat(side(first), side(second));
    Plan p = first.plan;
    return new Fold<T>(new Plan(both, p.executor, p.options, p.strictParallel), Plan.start());
  }

  /**
   * A side of {@link #concat}: its bare source if it can be split or batched, else its iterator.
   */
  @SuppressWarnings("unchecked")
  private static <T> Source<T> side(Fold<? extends T> f) {
    Source<Object> s = f.plan.source;
    if (f.xf == (Object) Transducer.identity() && (s.sized() || s.batched())) {
      return (Source<T>) s;
    }
    return StreamSources.iterating(f::iterator);
  }

  // ---- transformations ------------------------------------------------------------------------

  /** Appends {@code next} to this pipeline. */
  public <U> Fold<U> via(Transducer<? super T, U> next) {
    return new Fold<>(plan, xf.andThen(next), unordered);
  }

  /**
   * Applies {@code f} to each element.
   *
   * @see Stream#map
   */
  public <U> Fold<U> map(Fn<? super T, ? extends U> f) {
    return via(Transducers.map(f));
  }

  /**
   * Keeps elements that pass {@code test}.
   *
   * @see Stream#filter
   */
  public Fold<T> filter(Pred<? super T> test) {
    return via(Transducers.filter(test));
  }

  /** Drops elements that pass {@code test}. */
  public Fold<T> remove(Pred<? super T> test) {
    return via(Transducers.remove(test));
  }

  /**
   * Replaces each element with the elements of the {@code Stream} {@code f} returns (null means
   * none), closing each, as {@code Stream.flatMap} does: {@code flatMap(line ->
   * Arrays.stream(line.split(" ")))}. For a function that returns a collection, use {@link
   * #flatMapIterable} (Java cannot overload the two on a lambda).
   *
   * @see Stream#flatMap
   */
  public <U> Fold<U> flatMap(Fn<? super T, ? extends Stream<? extends U>> f) {
    return via(Transducers.flatMapStream(f));
  }

  /** {@link #flatMap(Fn)} for an existing {@code Function}. */
  public <U> Fold<U> flatMap(Function<? super T, ? extends Stream<? extends U>> f) {
    return flatMap(Fn.<T, Stream<? extends U>>of(f));
  }

  /**
   * Replaces each element with the elements of the {@code Iterable} {@code f} returns (null means
   * none): {@code flatMapIterable(line -> List.of(line.split(" ")))}.
   *
   * @see Transducers#flatMap
   */
  public <U> Fold<U> flatMapIterable(Fn<? super T, ? extends Iterable<? extends U>> f) {
    return via(Transducers.flatMap(f));
  }

  /**
   * Replaces each element with the elements {@code f} pushes into the sink: none, one or many. As
   * with {@code Stream.mapMulti}, Java may need the result type: {@code fold.<String>mapMulti((x,
   * sink) -> ...)}.
   *
   * @see Stream#mapMulti
   * @see Transducers#mapMulti
   */
  public <U> Fold<U> mapMulti(Effect2<? super T, ? super Consumer<U>> f) {
    return via(Transducers.mapMulti(f));
  }

  /** {@link #map(Fn)} for an existing {@code Function} (serializable if it is). */
  public <U> Fold<U> map(Function<? super T, ? extends U> f) {
    return map(Fn.<T, U>of(f));
  }

  /** {@link #filter(Pred)} for an existing {@code Predicate} (serializable if it is). */
  public Fold<T> filter(Predicate<? super T> test) {
    return filter(Pred.<T>of(test));
  }

  /** {@link #remove(Pred)} for an existing {@code Predicate}. */
  public Fold<T> remove(Predicate<? super T> test) {
    return remove(Pred.<T>of(test));
  }

  /** {@link #flatMapIterable(Fn)} for an existing {@code Function}. */
  public <U> Fold<U> flatMapIterable(Function<? super T, ? extends Iterable<? extends U>> f) {
    return flatMapIterable(Fn.<T, Iterable<? extends U>>of(f));
  }

  /** {@link #distinctBy(Fn)} for an existing {@code Function}. */
  public <K> Fold<T> distinctBy(Function<? super T, ? extends K> key) {
    return distinctBy(Fn.<T, K>of(key));
  }

  /** {@link #peek(Effect)} for an existing {@code Consumer}. */
  public Fold<T> peek(Consumer<? super T> action) {
    return peek(Effect.<T>of(action));
  }

  /** {@link #takeWhile(Pred)} for an existing {@code Predicate}. */
  public Fold<T> takeWhile(Predicate<? super T> test) {
    return takeWhile(Pred.<T>of(test));
  }

  /** {@link #dropWhile(Pred)} for an existing {@code Predicate}. */
  public Fold<T> dropWhile(Predicate<? super T> test) {
    return dropWhile(Pred.<T>of(test));
  }

  /**
   * Runs {@code action} on each element as it passes. When parallel, a peek after a stage that is
   * not stateless ({@code takeWhile}, {@code distinct}, {@code limit} on a source of unknown size,
   * ...) may also see elements that a chunk passed tentatively and the merge dropped: use it to
   * watch, not to count ({@link #forEach} runs on the settled elements only).
   *
   * @see Stream#peek
   */
  public Fold<T> peek(Effect<? super T> action) {
    return via(Transducers.peek(action));
  }

  /**
   * The first {@code n} elements.
   *
   * @see Stream#limit
   */
  public Fold<T> limit(long n) {
    return via(Transducers.limit(n));
  }

  /**
   * All but the first {@code n} elements.
   *
   * @see Stream#skip
   */
  public Fold<T> skip(long n) {
    return via(Transducers.skip(n));
  }

  /**
   * Elements while {@code test} holds.
   *
   * @see Stream#takeWhile
   */
  public Fold<T> takeWhile(Pred<? super T> test) {
    return via(Transducers.takeWhile(test));
  }

  /**
   * Drops elements while {@code test} holds.
   *
   * @see Stream#dropWhile
   */
  public Fold<T> dropWhile(Pred<? super T> test) {
    return via(Transducers.dropWhile(test));
  }

  /**
   * Applies {@code f} and keeps the non-null results.
   *
   * @see Transducers#keep
   */
  public <U> Fold<U> keep(Fn<? super T, ? extends U> f) {
    return via(Transducers.keep(f));
  }

  /**
   * Replaces elements that are keys of {@code replacements} by their values.
   *
   * @see Transducers#replace
   */
  public Fold<T> replace(Map<? extends T, ? extends T> replacements) {
    return via(Transducers.replace(replacements));
  }

  /**
   * Passes elements up to and including the first that satisfies {@code test}, then stops.
   *
   * @see Transducers#haltWhen
   */
  public Fold<T> haltWhen(Pred<? super T> test) {
    return via(Transducers.haltWhen(test));
  }

  /**
   * Every {@code n}-th element, starting with the first.
   *
   * @see Transducers#takeNth
   */
  public Fold<T> takeNth(long n) {
    return via(Transducers.takeNth(n));
  }

  /**
   * Applies {@code f} to each element's position (from 0) and the element.
   *
   * @see Transducers#mapIndexed
   */
  public <U> Fold<U> mapIndexed(Fn2<Long, ? super T, ? extends U> f) {
    return via(Transducers.mapIndexed(f));
  }

  /**
   * Like {@link #mapIndexed}, keeping the non-null results.
   *
   * @see Transducers#keepIndexed
   */
  public <U> Fold<U> keepIndexed(Fn2<Long, ? super T, ? extends U> f) {
    return via(Transducers.keepIndexed(f));
  }

  /**
   * Pairs each element with its position.
   *
   * @see Transducers#zipWithIndex
   */
  public Fold<Tuple2<T, Long>> zipWithIndex() {
    return via(Transducers.zipWithIndex());
  }

  /**
   * Keeps each element with probability {@code p}, reproducibly for {@code seed}.
   *
   * @see Transducers#randomSample
   */
  public Fold<T> randomSample(double p, long seed) {
    return via(Transducers.randomSample(p, seed));
  }

  /**
   * The first occurrence of each element, in encounter order.
   *
   * @see Stream#distinct
   */
  public Fold<T> distinct() {
    return via(Transducers.distinct());
  }

  /**
   * The first element of each {@code key}, in encounter order.
   *
   * @see Transducers#distinctBy
   */
  public <K> Fold<T> distinctBy(Fn<? super T, ? extends K> key) {
    return via(Transducers.distinctBy(key));
  }

  /**
   * {@link #distinct()} holding at most {@code budget} keys per accumulator; more fail the fold
   * with {@link dev.parafold.reduce.StateBudgetExceededException}.
   *
   * @see Transducers#distinct(StateBudget)
   */
  public Fold<T> distinct(StateBudget budget) {
    return via(Transducers.distinct(budget));
  }

  /**
   * {@link #distinctBy(Fn)} holding at most {@code budget} keys per accumulator; more fail the fold
   * with {@link dev.parafold.reduce.StateBudgetExceededException}.
   *
   * @see Transducers#distinctBy(Fn, StateBudget)
   */
  public <K> Fold<T> distinctBy(Fn<? super T, ? extends K> key, StateBudget budget) {
    return via(Transducers.distinctBy(key, budget));
  }

  /**
   * The elements in natural order, stable; they must be {@code Comparable} (else {@code
   * ClassCastException}) and not null (else {@code NullPointerException} naming {@code sorted}).
   * The stages after it see the elements in sorted order and run on one thread after the final
   * merge.
   *
   * @see Stream#sorted()
   * @see Transducers#sorted(Cmp)
   */
  public Fold<T> sorted() {
    return sorted(StateBudget.unlimited());
  }

  /**
   * {@link #sorted()} holding at most {@code budget} elements per accumulator.
   *
   * @see Transducers#sorted(StateBudget)
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Fold<T> sorted(StateBudget budget) {
    return sorted((Cmp<? super T>) (Cmp) Cmp.natural(), budget);
  }

  /**
   * The elements sorted by {@code order}, stable (equal elements keep their encounter order). A
   * parallel merge sort; the stages after it run on one thread after the final merge.
   *
   * @see Stream#sorted(Comparator)
   * @see Transducers#sorted(Cmp)
   */
  public Fold<T> sorted(Cmp<? super T> order) {
    return via(Transducers.sorted(order));
  }

  /**
   * {@link #sorted(Cmp)} for an existing {@code Comparator}, e.g. {@code
   * Map.Entry.comparingByValue(Comparator.reverseOrder())}; serializable if it is. {@link Cmp} has
   * the same combinators and keeps them serializable.
   *
   * @see Stream#sorted(Comparator)
   */
  public Fold<T> sorted(Comparator<? super T> order) {
    return sorted(Cmp.<T>of(order));
  }

  /**
   * {@link #sorted(Cmp)} holding at most {@code budget} elements per accumulator.
   *
   * @see Transducers#sorted(Cmp, StateBudget)
   */
  public Fold<T> sorted(Cmp<? super T> order, StateBudget budget) {
    return via(Transducers.sorted(order, budget));
  }

  /**
   * Drops elements equal to the one just before them.
   *
   * @see Transducers#dedupe
   */
  public Fold<T> dedupe() {
    return via(Transducers.dedupe());
  }

  /**
   * Lists of {@code n} consecutive elements; the last may be shorter.
   *
   * @see Transducers#partitionAll
   */
  public Fold<List<T>> partitionAll(int n) {
    return via(Transducers.partitionAll(n));
  }

  /**
   * Lists of consecutive elements with equal {@code key}.
   *
   * @see Transducers#partitionBy
   */
  public Fold<List<T>> partitionBy(Fn<? super T, ?> key) {
    return via(Transducers.partitionBy(key));
  }

  /**
   * Sliding windows of {@code size} elements every {@code step} positions; only full windows.
   *
   * @see Transducers#window
   */
  public Fold<List<T>> window(int size, int step) {
    return via(Transducers.window(size, step));
  }

  /**
   * Puts {@code separator} between consecutive elements.
   *
   * @see Transducers#interpose
   */
  public Fold<T> interpose(T separator) {
    return via(Transducers.interpose(separator));
  }

  /**
   * Running reduction from {@code init}.
   *
   * @see Transducers#scan
   */
  public <U> Fold<U> scan(U init, Fn2<? super U, ? super T, ? extends U> f) {
    return via(Transducers.scan(init, f));
  }

  /**
   * Applies a function that may throw a checked exception. A checked exception is wrapped once, the
   * original as its cause: an {@code IOException} in an {@link java.io.UncheckedIOException} (as
   * {@code Files.lines} does), any other in {@link dev.parafold.exec.FoldException}; unchecked ones
   * pass unchanged.
   */
  public <U> Fold<U> mapChecked(CheckedFn<? super T, ? extends U> f) {
    Objects.requireNonNull(f, "f");
    return map(
        t -> {
          try {
            return f.apply(t);
          } catch (Exception e) {
            throw Checked.wrap("mapChecked", e);
          }
        });
  }

  /**
   * Keeps elements that pass a test that may throw a checked exception, e.g. {@code
   * filterChecked(Files::isHidden)}; checked exceptions are wrapped as in {@link #mapChecked}.
   */
  public Fold<T> filterChecked(CheckedPred<? super T> test) {
    Objects.requireNonNull(test, "test");
    return filter(
        t -> {
          try {
            return test.test(t);
          } catch (Exception e) {
            throw Checked.wrap("filterChecked", e);
          }
        });
  }

  /**
   * {@link #flatMap(Fn)} with a function that may throw a checked exception, e.g. {@code
   * flatMapChecked(Files::lines)}; checked exceptions are wrapped as in {@link #mapChecked}.
   */
  public <U> Fold<U> flatMapChecked(CheckedFn<? super T, ? extends Stream<? extends U>> f) {
    Objects.requireNonNull(f, "f");
    return flatMap(
        t -> {
          try {
            return f.apply(t);
          } catch (Exception e) {
            throw Checked.wrap("flatMapChecked", e);
          }
        });
  }

  /**
   * Applies a function that may throw, capturing each outcome as a vavr {@code Try}, so bad
   * elements become values instead of stopping the fold; see {@link Reducers#tryResults}.
   */
  public <U> Fold<Try<U>> mapTry(CheckedFn<? super T, ? extends U> f) {
    Objects.requireNonNull(f, "f");
    return map(t -> Try.<U>of(() -> f.apply(t)));
  }

  /**
   * Replaces each element with the {@code int}s of the {@code IntStream} {@code f} returns, unboxed
   * (null means none; each stream is closed).
   *
   * @see Stream#flatMapToInt
   */
  public IntFold flatMapToInt(Fn<? super T, ? extends IntStream> f) {
    return new IntFold(plan, xf.andThen(Transducers.flatMapToInt(f)));
  }

  /**
   * Replaces each element with the {@code long}s of the {@code LongStream} {@code f} returns.
   *
   * @see Stream#flatMapToLong
   */
  public LongFold flatMapToLong(Fn<? super T, ? extends LongStream> f) {
    return new LongFold(plan, xf.andThen(Transducers.flatMapToLong(f)));
  }

  /**
   * Replaces each element with the {@code double}s of the {@code DoubleStream} {@code f} returns.
   *
   * @see Stream#flatMapToDouble
   */
  public DoubleFold flatMapToDouble(Fn<? super T, ? extends DoubleStream> f) {
    return new DoubleFold(plan, xf.andThen(Transducers.flatMapToDouble(f)));
  }

  /** Maps to unboxed {@code int}s. */
  public IntFold mapToInt(ToInt<? super T> f) {
    return new IntFold(plan, xf.andThen(Transducers.mapToInt(f)));
  }

  /** Maps to unboxed {@code long}s. */
  public LongFold mapToLong(ToLong<? super T> f) {
    return new LongFold(plan, xf.andThen(Transducers.mapToLong(f)));
  }

  /** Maps to unboxed {@code double}s. */
  public DoubleFold mapToDouble(ToDouble<? super T> f) {
    return new DoubleFold(plan, xf.andThen(Transducers.mapToDouble(f)));
  }

  /** {@link #mapToInt(ToInt)} for an existing {@code ToIntFunction}. */
  public IntFold mapToInt(ToIntFunction<? super T> f) {
    Objects.requireNonNull(f, "f");
    return mapToInt((ToInt<T>) f::applyAsInt);
  }

  /** {@link #mapToLong(ToLong)} for an existing {@code ToLongFunction}. */
  public LongFold mapToLong(ToLongFunction<? super T> f) {
    Objects.requireNonNull(f, "f");
    return mapToLong((ToLong<T>) f::applyAsLong);
  }

  /** {@link #mapToDouble(ToDouble)} for an existing {@code ToDoubleFunction}. */
  public DoubleFold mapToDouble(ToDoubleFunction<? super T> f) {
    Objects.requireNonNull(f, "f");
    return mapToDouble((ToDouble<T>) f::applyAsDouble);
  }

  @Override
  public String toString() {
    return "Fold[" + plan.source.describe() + " | " + xf.describe() + "]";
  }
}
