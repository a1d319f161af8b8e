package dev.parafold;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.ContextPropagator;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.BinOp;
import dev.parafold.fn.Cmp;
import dev.parafold.fn.Effect;
import dev.parafold.fn.Effect2;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.Fn2;
import dev.parafold.fn.Pred;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.parallel.ThreadPoolFoldExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Sources;
import dev.parafold.xf.Transducers;
import java.time.Duration;
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
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * How a {@link Fold} runs (executor, chunking, options) and its terminal operations, which run the
 * pipeline and return a result. A package-private base so that the facade's sources and stages and
 * its execution and terminals each stay one readable file; every method here is documented and
 * called as a {@code Fold} method.
 *
 * @param <T> element type
 */
abstract class FoldExecution<T> {
  final Plan plan;
  final Transducer<Object, T> xf;
  final boolean unordered;

  FoldExecution(Plan plan, Transducer<Object, T> xf, boolean unordered) {
    this.plan = plan;
    this.xf = xf;
    this.unordered = unordered;
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

  /**
   * Declares that encounter order does not matter to the caller. Then {@code collect} with a {@code
   * CONCURRENT} collector fills one shared container (see {@link #collectUnordered}), and {@code
   * forEachOrdered} runs as {@code forEach}; stages keep their order (their results stay those of
   * the ordered pipeline, which are valid unordered results too).
   *
   * @see java.util.stream.BaseStream#unordered()
   */
  public Fold<T> unordered() {
    return new Fold<>(plan, xf, true);
  }

  /** Whether runs may use more than one thread. */
  public boolean isParallel() {
    return plan.executor.parallelism() > 1;
  }

  private Fold<T> with(Plan p) {
    return new Fold<>(p, xf, unordered);
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
   * Runs the pipeline into a {@link Collector} (its combiner merges chunks, in order; after {@link
   * Fold#unordered()}, a {@code CONCURRENT} collector runs as in {@link #collectUnordered}).
   *
   * @see Stream#collect(Collector)
   */
  public <A, R> R collect(Collector<? super T, A, R> collector) {
    if (unordered && collector.characteristics().contains(Collector.Characteristics.CONCURRENT)) {
      return collectUnordered(collector);
    }
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
   * particular order (like {@code Stream.forEach}). When parallel after a stage that is not
   * stateless ({@code takeWhile}, {@code distinct}, {@code limit}, ...), whose chunks run ahead
   * speculatively and are settled only when they merge, the elements are settled first (held in a
   * list) and the action then runs on exactly those, still in parallel.
   */
  public void forEach(Effect<? super T> action) {
    Objects.requireNonNull(action, "action");
    if (plan.executor.parallelism() > 1 && xf.strategy() != Strategy.STATELESS) {
      List<T> settled = toList();
      new Fold<T>(plan.over(Sources.iterable(settled)), Plan.start()).forEach(action);
      return;
    }
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

  // ---- stream parity ---------------------------------------------------------------------------

  /**
   * Folds with {@code accumulator} from {@code identity} in each chunk and merges chunks with
   * {@code combiner}, as {@code Stream.reduce(identity, accumulator, combiner)}; {@code identity}
   * must be an identity of {@code combiner} and the two must agree.
   *
   * @see Stream#reduce(Object, java.util.function.BiFunction, BinaryOperator)
   */
  public <U> U reduce(U identity, Fn2<U, ? super T, U> accumulator, BinOp<U> combiner) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(combiner, "combiner");
    return reduce(Reducers.<T, U>of(() -> identity, accumulator, combiner));
  }

  /**
   * Fills a mutable container per chunk and merges the containers in order, as {@code
   * Stream.collect(supplier, accumulator, combiner)} (the combiner folds its right argument into
   * its left).
   *
   * @see Stream#collect(java.util.function.Supplier, java.util.function.BiConsumer,
   *     java.util.function.BiConsumer)
   */
  public <R> R collect(Fn0<R> supplier, Effect2<R, ? super T> accumulator, Effect2<R, R> combiner) {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(combiner, "combiner");
    return reduce(
        Reducers.<T, R>of(
            supplier,
            (r, t) -> {
              accumulator.accept(r, t);
              return r;
            },
            (l, r) -> {
              combiner.accept(l, r);
              return l;
            }));
  }

  /**
   * The elements in encounter order as an {@code Object[]}.
   *
   * @see Stream#toArray()
   */
  public Object[] toArray() {
    return toList().toArray();
  }

  /**
   * The elements in encounter order in an array from {@code generator}, called once with the number
   * of elements; an element of the wrong type throws {@code ArrayStoreException}.
   *
   * @see Stream#toArray(IntFunction)
   */
  public <A> A[] toArray(IntFunction<A[]> generator) {
    Objects.requireNonNull(generator, "generator");
    List<T> all = toList();
    A[] out = generator.apply(all.size());
    if (out.length != all.size()) {
      throw new IllegalStateException(
          "toArray: the generator returned an array of length "
              + out.length
              + " for "
              + all.size()
              + " elements");
    }
    int i = 0;
    for (T t : all) {
      @SuppressWarnings("unchecked")
      A a = (A) t;
      out[i++] = a; // ArrayStoreException for a wrong element type, as Stream.toArray
    }
    return out;
  }

  /**
   * Some element, if any, stopping as soon as one is found (null elements throw {@code
   * NullPointerException}, as in {@code Stream.findAny}). Any element is a valid answer; this
   * implementation returns the first in encounter order, which costs no more here: a parallel run
   * cancels every chunk to the right of a hit.
   *
   * @see Stream#findAny()
   */
  public Optional<T> findAny() {
    return findFirst();
  }

  /**
   * Runs {@code action} on each element in encounter order, one element at a time. Sequential runs
   * stream the elements through; parallel ones fold the pipeline in parallel, then run the action
   * in order on the calling thread (the elements are held meanwhile). After {@link
   * Fold#unordered()} it is {@link #forEach}.
   *
   * @see Stream#forEachOrdered
   */
  public void forEachOrdered(Effect<? super T> action) {
    Objects.requireNonNull(action, "action");
    if (unordered || plan.executor == SequentialExecutor.instance()) {
      forEach(action);
      return;
    }
    for (T t : toList()) {
      action.accept(t);
    }
  }

  /**
   * Groups by {@code key} and folds each group with {@code downstream}, into an unordered {@code
   * HashMap} as {@code Collectors.groupingBy} does; for first-seen or sorted keys pass a map
   * factory: {@code reduce(Reducers.groupBy(key, LinkedHashMap::new, downstream))}.
   *
   * <pre>{@code
   * Map<String, Double> meanAge =
   *     Fold.from(people).groupBy(p -> p.city(), Reducers.averagingDouble(p -> p.age()));
   * }</pre>
   *
   * @see Reducers#groupBy(Fn, Reducer)
   * @see java.util.stream.Collectors#groupingBy(Function, Collector)
   */
  public <K, R> Map<K, R> groupBy(
      Fn<? super T, ? extends K> key, Reducer<? super T, ?, R> downstream) {
    return reduce(Reducers.groupBy(key, downstream));
  }

  /** {@link #groupBy(Fn, Reducer)} for an existing {@code Function} (serializable if it is). */
  public <K, R> Map<K, R> groupBy(
      Function<? super T, ? extends K> key, Reducer<? super T, ?, R> downstream) {
    return groupBy(Fn.<T, K>of(key), downstream);
  }

  /**
   * Groups by {@code key} into lists, in an unordered {@code HashMap}; each list keeps encounter
   * order.
   *
   * @see java.util.stream.Collectors#groupingBy(Function)
   */
  public <K> Map<K, List<T>> groupBy(Fn<? super T, ? extends K> key) {
    return reduce(Reducers.groupBy(key));
  }

  /** {@link #groupBy(Fn)} for an existing {@code Function} (serializable if it is). */
  public <K> Map<K, List<T>> groupBy(Function<? super T, ? extends K> key) {
    return groupBy(Fn.<T, K>of(key));
  }

  /**
   * Counts elements per key into an unordered {@code HashMap}: {@code countBy(w -> w)} or {@code
   * countBy(Function.identity())}.
   *
   * @see Reducers#countBy(Fn)
   * @see java.util.stream.Collectors#counting()
   */
  public <K> Map<K, Long> countBy(Fn<? super T, ? extends K> key) {
    return reduce(Reducers.countBy(key));
  }

  /** {@link #countBy(Fn)} for an existing {@code Function} (serializable if it is). */
  public <K> Map<K, Long> countBy(Function<? super T, ? extends K> key) {
    return countBy(Fn.<T, K>of(key));
  }

  // ---- the same terminals for existing java.util.function objects ----------------------------

  /** {@link #reduce(Object, BinOp)} for an existing {@code BinaryOperator}. */
  public T reduce(T identity, BinaryOperator<T> op) {
    return reduce(identity, BinOp.<T>of(op));
  }

  /** {@link #reduce(BinOp)} for an existing {@code BinaryOperator}. */
  public Optional<T> reduce(BinaryOperator<T> op) {
    return reduce(BinOp.<T>of(op));
  }

  /** {@link #anyMatch(Pred)} for an existing {@code Predicate}. */
  public boolean anyMatch(Predicate<? super T> test) {
    return anyMatch(Pred.<T>of(test));
  }

  /** {@link #allMatch(Pred)} for an existing {@code Predicate}. */
  public boolean allMatch(Predicate<? super T> test) {
    return allMatch(Pred.<T>of(test));
  }

  /** {@link #noneMatch(Pred)} for an existing {@code Predicate}. */
  public boolean noneMatch(Predicate<? super T> test) {
    return noneMatch(Pred.<T>of(test));
  }

  /** {@link #forEach(Effect)} for an existing {@code Consumer}. */
  public void forEach(Consumer<? super T> action) {
    forEach(Effect.<T>of(action));
  }

  /** {@link #forEachOrdered(Effect)} for an existing {@code Consumer}. */
  public void forEachOrdered(Consumer<? super T> action) {
    forEachOrdered(Effect.<T>of(action));
  }

  /** {@link #toMap(Fn, Fn)} for existing {@code Function}s. */
  public <K, V> Map<K, V> toMap(
      Function<? super T, ? extends K> key, Function<? super T, ? extends V> value) {
    return toMap(Fn.<T, K>of(key), Fn.<T, V>of(value));
  }

  /** {@link #toMap(Fn, Fn, BinOp)} for existing {@code Function}s and {@code BinaryOperator}. */
  public <K, V> Map<K, V> toMap(
      Function<? super T, ? extends K> key,
      Function<? super T, ? extends V> value,
      BinaryOperator<V> merge) {
    return toMap(Fn.<T, K>of(key), Fn.<T, V>of(value), BinOp.<V>of(merge));
  }
}
