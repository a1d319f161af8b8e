package dev.parafold;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.ContextPropagator;
import dev.parafold.exec.FoldException;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.BinOp;
import dev.parafold.fn.CheckedFn;
import dev.parafold.fn.Cmp;
import dev.parafold.fn.Effect;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn2;
import dev.parafold.fn.Pred;
import dev.parafold.fn.ToDouble;
import dev.parafold.fn.ToLong;
import dev.parafold.forkjoin.ForkJoinExecutor;
import dev.parafold.forkjoin.ThreadPoolFoldExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.xf.Transducers;
import io.vavr.Tuple2;
import io.vavr.control.Try;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collector;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
public final class Fold<T> {
  private final Plan plan;
  private final Transducer<Object, T> xf;

  Fold(Plan plan, Transducer<Object, T> xf) {
    this.plan = plan;
    this.xf = xf;
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
    return LongFold.of(Sources.longs(array));
  }

  /** An unboxed fold over an {@code int[]}, widened to {@code long}. */
  public static LongFold from(int[] array) {
    return LongFold.of(Sources.ints(array));
  }

  /** An unboxed fold over a {@code double[]}. */
  public static DoubleFold from(double[] array) {
    return DoubleFold.of(Sources.doubles(array));
  }

  /**
   * The {@code long}s in {@code [from, to)}, unboxed; longer than {@code Integer.MAX_VALUE} is
   * fine.
   */
  public static LongFold range(long from, long to) {
    return LongFold.of(Sources.range(from, to));
  }

  /** The {@code long}s in {@code [from, to]}. */
  public static LongFold rangeClosed(long from, long to) {
    if (to == Long.MAX_VALUE) {
      throw new IllegalArgumentException("rangeClosed: to must be < Long.MAX_VALUE");
    }
    return range(from, to + 1);
  }

  // ---- execution ------------------------------------------------------------------------------

  /** Runs on the calling thread (the default). */
  public Fold<T> sequential() {
    return with(plan.executor(SequentialExecutor.instance()));
  }

  /** Runs on the work-stealing fork/join executor (the common pool, the caller helping). */
  public Fold<T> parallel() {
    return with(plan.executor(ForkJoinExecutor.shared()));
  }

  /** Runs on {@code executor}. */
  public Fold<T> on(FoldExecutor executor) {
    return with(plan.executor(executor));
  }

  /** Runs on a fork/join pool the caller owns. */
  public Fold<T> on(ForkJoinPool pool) {
    return with(plan.executor(ForkJoinExecutor.on(pool)));
  }

  /**
   * Runs on a plain {@code ExecutorService} the caller owns (chunks become tasks; the caller merges
   * them in order). Prefer a fork/join pool unless you must use your own threads.
   */
  public Fold<T> on(ExecutorService service) {
    return with(plan.executor(ThreadPoolFoldExecutor.on(service)));
  }

  /** Splits the source with {@code policy}, e.g. {@link ChunkPolicy#deterministic()}. */
  public Fold<T> chunks(ChunkPolicy policy) {
    return with(plan.options(plan.options.chunks(policy)));
  }

  /** Folds at most {@code n} chunks at once. */
  public Fold<T> maxParallelism(int n) {
    return with(plan.options(plan.options.maxParallelism(n)));
  }

  /** Fails with {@code FoldTimeoutException} if a run takes longer than {@code timeout}. */
  public Fold<T> withTimeout(Duration timeout) {
    return with(plan.options(plan.options.timeout(timeout)));
  }

  /** Lets {@code handle.cancel()} stop runs of this fold. */
  public Fold<T> cancelWith(CancelHandle handle) {
    return with(plan.options(plan.options.cancelWith(handle)));
  }

  /**
   * Carries a thread-bound context (e.g. {@code MdcPropagator.INSTANCE} for the slf4j MDC) from the
   * calling thread into every chunk task, and removes it afterwards.
   */
  public Fold<T> propagate(ContextPropagator propagator) {
    return with(plan.options(plan.options.propagate(propagator)));
  }

  /**
   * Throws instead of running on one thread if a stage cannot be split ({@code
   * Strategy.SEQUENTIAL}).
   */
  public Fold<T> strictParallel() {
    return with(plan.strict());
  }

  private Fold<T> with(Plan p) {
    return new Fold<>(p, xf);
  }

  // ---- transformations ------------------------------------------------------------------------

  /** Appends {@code next} to this pipeline. */
  public <U> Fold<U> via(Transducer<? super T, U> next) {
    return new Fold<>(plan, xf.andThen(next));
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
   * Replaces each element with the elements {@code f} returns.
   *
   * @see Stream#flatMap
   */
  public <U> Fold<U> flatMap(Fn<? super T, ? extends Iterable<? extends U>> f) {
    return via(Transducers.flatMap(f));
  }

  /**
   * Runs {@code action} on each element as it passes.
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
   * Applies a function that may throw a checked exception; a checked exception is wrapped once in
   * {@link dev.parafold.exec.FoldException} with the original as its cause (unchecked ones pass
   * unchanged).
   */
  public <U> Fold<U> mapChecked(CheckedFn<? super T, ? extends U> f) {
    Objects.requireNonNull(f, "f");
    return map(
        t -> {
          try {
            return f.apply(t);
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new FoldException("mapChecked: the function threw " + e, e);
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

  /** Maps to unboxed {@code long}s. */
  public LongFold mapToLong(ToLong<? super T> f) {
    return new LongFold(plan, xf.andThen(Transducers.mapToLong(f)));
  }

  /** Maps to unboxed {@code double}s. */
  public DoubleFold mapToDouble(ToDouble<? super T> f) {
    return new DoubleFold(plan, xf.andThen(Transducers.mapToDouble(f)));
  }

  // ---- terminal operations --------------------------------------------------------------------

  /** Runs the pipeline into {@code reducer} and returns its result. */
  public <R> R reduce(Reducer<? super T, ?, R> reducer) {
    return plan.run(xf, reducer);
  }

  /**
   * Folds with an associative operator and its identity.
   *
   * @see Stream#reduce(Object, java.util.function.BinaryOperator)
   */
  public T reduce(T identity, BinOp<T> op) {
    return reduce(Reducers.reducing(identity, op));
  }

  /** Folds with an associative operator; empty if there are no elements. */
  public Optional<T> reduce(BinOp<T> op) {
    return reduce(Reducers.reducing(op));
  }

  /**
   * Runs the pipeline into a {@link Collector} (its combiner merges chunks, in order).
   *
   * @see Stream#collect(Collector)
   */
  public <A, R> R collect(Collector<? super T, A, R> collector) {
    @SuppressWarnings("unchecked")
    Collector<T, A, R> c = (Collector<T, A, R>) collector;
    return reduce(Reducers.fromCollector(c));
  }

  /**
   * Groups by {@code key}, each group through its own {@code xf} into {@code reducer}.
   *
   * @see Transducers#groupBy
   */
  public <K, U, R> Map<K, R> groupBy(
      Fn<? super T, ? extends K> key, Transducer<T, U> xf, Reducer<? super U, ?, R> reducer) {
    return reduce(Transducers.groupBy(key, xf, reducer));
  }

  /**
   * {@link #groupBy(Fn, Transducer, Reducer)} holding at most {@code budget} keys per accumulator.
   *
   * @see Transducers#groupBy(Fn, Transducer, Reducer, StateBudget)
   */
  public <K, U, R> Map<K, R> groupBy(
      Fn<? super T, ? extends K> key,
      Transducer<T, U> xf,
      Reducer<? super U, ?, R> reducer,
      StateBudget budget) {
    return reduce(Transducers.groupBy(key, xf, reducer, budget));
  }

  /**
   * Like {@link #collect}, for callers who do not need encounter order: a {@code CONCURRENT}
   * collector then accumulates every chunk into one shared container (as {@code
   * Collectors.groupingByConcurrent} does in parallel streams), skipping per-chunk containers and
   * their merges. A collector without {@code CONCURRENT} runs as in {@link #collect}.
   */
  public <A, R> R collectUnordered(Collector<? super T, A, R> collector) {
    Objects.requireNonNull(collector, "collector");
    if (!collector.characteristics().contains(Collector.Characteristics.CONCURRENT)) {
      return collect(collector);
    }
    A shared = collector.supplier().get();
    java.util.function.BiConsumer<A, ? super T> add = collector.accumulator();
    boolean identity =
        collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH);
    A filled =
        reduce(
            Reducers.<T, A>of(
                () -> shared,
                (a, t) -> {
                  add.accept(a, t);
                  return a;
                },
                (l, r) -> l));
    @SuppressWarnings("unchecked")
    R result = identity ? (R) filled : collector.finisher().apply(filled);
    return result;
  }

  /** The elements in encounter order. */
  public List<T> toList() {
    return reduce(Reducers.toList());
  }

  /** The distinct elements. */
  public Set<T> toSet() {
    return reduce(Reducers.toSet());
  }

  /** A map; duplicate keys throw {@code IllegalStateException}. */
  public <K, V> Map<K, V> toMap(Fn<? super T, ? extends K> key, Fn<? super T, ? extends V> value) {
    return reduce(Reducers.toMap(key, value));
  }

  /** A map, merging values of equal keys with {@code merge}. */
  public <K, V> Map<K, V> toMap(
      Fn<? super T, ? extends K> key, Fn<? super T, ? extends V> value, BinOp<V> merge) {
    return reduce(Reducers.toMap(key, value, merge));
  }

  /** The number of elements. */
  public long count() {
    return reduce(Reducers.count());
  }

  /** The first element, if any (stops at once; throws NullPointerException if it is null). */
  public Optional<T> findFirst() {
    return reduce(Reducers.first());
  }

  /** Whether any element passes; stops at the first that does. */
  public boolean anyMatch(Pred<? super T> test) {
    return reduce(Reducers.anyMatch(test));
  }

  /** Whether all elements pass; stops at the first that fails. */
  public boolean allMatch(Pred<? super T> test) {
    return reduce(Reducers.allMatch(test));
  }

  /** Whether no element passes; stops at the first that does. */
  public boolean noneMatch(Pred<? super T> test) {
    return reduce(Reducers.noneMatch(test));
  }

  /** The least element by {@code order}. */
  public Optional<T> min(Comparator<? super T> order) {
    return reduce(Reducers.min(order));
  }

  /** The least element by a serializable {@code order} (lambdas land here; Spark-safe). */
  public Optional<T> min(Cmp<? super T> order) {
    return reduce(Reducers.min(order));
  }

  /** The greatest element by {@code order}. */
  public Optional<T> max(Comparator<? super T> order) {
    return reduce(Reducers.max(order));
  }

  /** The greatest element by a serializable {@code order} (lambdas land here; Spark-safe). */
  public Optional<T> max(Cmp<? super T> order) {
    return reduce(Reducers.max(order));
  }

  /** The string forms joined without separator. */
  public String joining() {
    return reduce(Reducers.joining(""));
  }

  /** The string forms joined with {@code separator}. */
  public String joining(CharSequence separator) {
    return reduce(Reducers.joining(separator));
  }

  /**
   * Runs {@code action} on each element; when parallel, on worker threads, concurrently and in no
   * particular order (like {@code Stream.forEach}).
   */
  public void forEach(Effect<? super T> action) {
    Objects.requireNonNull(action, "action");
    reduce(
        Reducers.<T, Object>of(
            () -> null,
            (a, t) -> {
              action.accept(t);
              return a;
            },
            (l, r) -> l));
  }

  /**
   * The pipeline's elements, pulled lazily and sequentially (the source is read in small batches as
   * the iterator advances; stops reading when a stage such as {@code limit} is done).
   */
  public Iterator<T> iterator() {
    return new PullIterator<>(plan.source, xf);
  }

  /** The pipeline's elements as a lazy, sequential, ordered {@code Stream}. */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /** The pipeline's elements as a lazy, ordered {@code Spliterator} (it does not split). */
  public Spliterator<T> spliterator() {
    return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
  }

  /** The plan in words: source, stages with their parallel strategies, executor, chunking. */
  public String explain() {
    return plan.explain(xf);
  }

  /** This pipeline's transducer (from the source's elements to {@code T}). */
  public Transducer<Object, T> transducer() {
    return xf;
  }

  @Override
  public String toString() {
    return "Fold[" + plan.source.describe() + " | " + xf.describe() + "]";
  }
}
