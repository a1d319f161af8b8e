package dev.parafold.xf;

import dev.parafold.fn.Cmp;
import dev.parafold.fn.Effect;
import dev.parafold.fn.Effect2;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn2;
import dev.parafold.fn.Pred;
import dev.parafold.fn.ToDouble;
import dev.parafold.fn.ToInt;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Transducer;
import io.vavr.Tuple2;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The transducer catalog. Every entry is a reusable, serializable value; every entry is correct in
 * parallel (its {@link dev.parafold.reduce.Strategy} says how). Names follow {@code
 * java.util.stream} where it has the operation, Clojure otherwise.
 *
 * <pre>{@code
 * Transducer<String, String> split = Transducers.flatMap(line -> List.of(line.split("\\s+")));
 * Transducer<String, String> words =
 *     split
 *         .andThen(Transducers.map(String::toLowerCase))
 *         .andThen(Transducers.filter(w -> !w.isEmpty()));
 * }</pre>
 *
 * @since 0.1
 */
public final class Transducers {
  private Transducers() {}

  // ---- stateless ------------------------------------------------------------------------------

  /**
   * Applies {@code f} to each element: {@code map(x -> x * 2)} turns 1, 2, 3 into 2, 4, 6.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3).map(x -> x * 2).toList(); // [2, 4, 6]
   * }</pre>
   *
   * @see java.util.stream.Stream#map
   * @apiNote Clojure {@code map}.
   */
  public static <T, U> Transducer<T, U> map(Fn<? super T, ? extends U> f) {
    return new MapTransducer<>(f);
  }

  /**
   * Keeps elements that pass: {@code filter(x -> x % 2 == 0)} turns 1, 2, 3, 4 into 2, 4.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3, 4).filter(x -> x % 2 == 0).toList(); // [2, 4]
   * }</pre>
   *
   * @see java.util.stream.Stream#filter
   * @apiNote Clojure {@code filter}.
   */
  public static <T> Transducer<T, T> filter(Pred<? super T> test) {
    return new FilterTransducer<>(test, true);
  }

  /**
   * Drops elements that pass: {@code remove(x -> x % 2 == 0)} turns 1, 2, 3, 4 into 1, 3.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3, 4).remove(x -> x % 2 == 0).toList(); // [1, 3]
   * }</pre>
   *
   * @apiNote Clojure {@code remove}; {@code Stream.filter} with the test negated.
   */
  public static <T> Transducer<T, T> remove(Pred<? super T> test) {
    return new FilterTransducer<>(test, false);
  }

  /**
   * Replaces each element with the elements of an {@code Iterable} (null means none): {@code
   * flatMap(s -> List.of(s.split(" ")))} turns "a b", "c" into "a", "b", "c".
   *
   * <pre>{@code
   * List<String> r = Fold.of("a b", "c").flatMapIterable(s -> List.of(s.split(" "))).toList();
   * // [a, b, c]
   * }</pre>
   *
   * @see java.util.stream.Stream#flatMap
   * @apiNote Clojure {@code mapcat}.
   */
  public static <T, U> Transducer<T, U> flatMap(Fn<? super T, ? extends Iterable<? extends U>> f) {
    return new FlatMapTransducer<>(f);
  }

  /**
   * Runs {@code action} on each element as it passes (on worker threads when parallel).
   *
   * <pre>{@code
   * long n = Fold.of(1, 2, 3).peek(x -> System.out.println(x)).count(); // 3
   * }</pre>
   *
   * @see java.util.stream.Stream#peek
   */
  public static <T> Transducer<T, T> peek(Effect<? super T> action) {
    return new PeekTransducer<>(action);
  }

  /**
   * Applies {@code f} and keeps the non-null results.
   *
   * <pre>{@code
   * List<Integer> lengths = Fold.of("a", "", "abc").via(Transducers.<String, Integer>keep(
   *     s -> s.isEmpty() ? null : s.length())).toList(); // [1, 3]
   * }</pre>
   *
   * @see java.util.stream.Stream#mapMulti
   * @apiNote Clojure {@code keep}; {@code Stream.map(f).filter(Objects::nonNull)}.
   */
  public static <T, U> Transducer<T, U> keep(Fn<? super T, ? extends U> f) {
    return new KeepTransducer<>(f);
  }

  /**
   * Flattens one level: each element is an {@code Iterable} (null means none).
   *
   * <pre>{@code
   * List<Integer> flat = Fold.of(List.of(1, 2), List.of(3)).via(Transducers.<Integer>cat())
   *     .toList(); // [1, 2, 3]
   * }</pre>
   *
   * @see java.util.stream.Stream#flatMap
   * @apiNote Clojure {@code cat}.
   */
  public static <U> Transducer<Iterable<? extends U>, U> cat() {
    return new CatTransducer<>();
  }

  /**
   * Replaces elements that are keys of {@code replacements} by their values (the map is copied).
   *
   * <pre>{@code
   * List<String> r = Fold.of("a", "b", "c").replace(Map.of("b", "B")).toList(); // [a, B, c]
   * }</pre>
   *
   * @see java.util.stream.Stream#map
   * @apiNote Clojure {@code replace}.
   */
  public static <T> Transducer<T, T> replace(Map<? extends T, ? extends T> replacements) {
    return new ReplaceTransducer<>(replacements);
  }

  // ---- early stopping and positions -----------------------------------------------------------

  /**
   * The first {@code n} elements, then stops: {@code limit(2)} turns 1, 2, 3 into 1, 2.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3).limit(2).toList(); // [1, 2]
   * }</pre>
   *
   * @see java.util.stream.Stream#limit
   * @apiNote Clojure {@code take}.
   */
  public static <T> Transducer<T, T> limit(long n) {
    return new LimitTransducer<>(n);
  }

  /**
   * All but the first {@code n} elements: {@code skip(2)} turns 1, 2, 3 into 3.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3).skip(2).toList(); // [3]
   * }</pre>
   *
   * @see java.util.stream.Stream#skip
   * @apiNote Clojure {@code drop}.
   */
  public static <T> Transducer<T, T> skip(long n) {
    return new SkipTransducer<>(n);
  }

  /**
   * Elements while {@code test} holds, then stops: {@code takeWhile(x -> x < 3)} turns 1, 2, 3, 1
   * into 1, 2.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3, 1).takeWhile(x -> x < 3).toList(); // [1, 2]
   * }</pre>
   *
   * @see java.util.stream.Stream#takeWhile
   * @apiNote Clojure {@code take-while}.
   */
  public static <T> Transducer<T, T> takeWhile(Pred<? super T> test) {
    return new TakeWhileTransducer<>(test);
  }

  /**
   * Drops elements while {@code test} holds: {@code dropWhile(x -> x < 3)} turns 1, 2, 3, 1 into 3,
   * 1.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3, 1).dropWhile(x -> x < 3).toList(); // [3, 1]
   * }</pre>
   *
   * @see java.util.stream.Stream#dropWhile
   * @apiNote Clojure {@code drop-while}.
   */
  public static <T> Transducer<T, T> dropWhile(Pred<? super T> test) {
    return new DropWhileTransducer<>(test);
  }

  /**
   * Passes elements up to and including the first that satisfies {@code test}, then stops.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 5, 3).haltWhen(x -> x > 4).toList(); // [1, 2, 5]
   * }</pre>
   *
   * @see java.util.stream.Stream#takeWhile
   * @apiNote Clojure {@code halt-when} (which returns the halting element as the result instead).
   */
  public static <T> Transducer<T, T> haltWhen(Pred<? super T> test) {
    return new HaltWhenTransducer<>(test);
  }

  /**
   * Every {@code n}-th element, starting with the first.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(0, 1, 2, 3, 4).takeNth(2).toList(); // [0, 2, 4]
   * }</pre>
   *
   * @see java.util.stream.Stream#filter
   * @apiNote Clojure {@code take-nth}.
   */
  public static <T> Transducer<T, T> takeNth(long n) {
    return new TakeNthTransducer<>(n);
  }

  /**
   * Applies {@code f} to each element's position (from 0) and the element.
   *
   * <pre>{@code
   * List<String> r = Fold.of("a", "b").mapIndexed((i, s) -> i + s).toList(); // [0a, 1b]
   * }</pre>
   *
   * @see java.util.stream.Stream#map
   * @apiNote Clojure {@code map-indexed}.
   */
  public static <T, U> Transducer<T, U> mapIndexed(Fn2<Long, ? super T, ? extends U> f) {
    return new MapIndexedTransducer<>(f, false);
  }

  /**
   * Applies {@code f} to each element's position and the element, keeping non-null results.
   *
   * <pre>{@code
   * List<String> r = Fold.of("a", "b", "c")
   *     .keepIndexed((i, s) -> i % 2 == 0 ? s : null).toList(); // [a, c]
   * }</pre>
   *
   * @see java.util.stream.Stream#mapMulti
   * @apiNote Clojure {@code keep-indexed}.
   */
  public static <T, U> Transducer<T, U> keepIndexed(Fn2<Long, ? super T, ? extends U> f) {
    return new MapIndexedTransducer<>(f, true);
  }

  /**
   * Pairs each element with its position: {@code (element, index)}.
   *
   * <pre>{@code
   * List<Tuple2<String, Long>> r = Fold.of("a", "b").zipWithIndex().toList(); // [(a, 0), (b, 1)]
   * }</pre>
   *
   * @see java.util.stream.IntStream#range
   * @apiNote Clojure {@code map-indexed} with {@code vector}; Rust and Julia {@code enumerate}.
   */
  public static <T> Transducer<T, Tuple2<T, Long>> zipWithIndex() {
    return new ZipWithIndexTransducer<>();
  }

  /**
   * Keeps each element with probability {@code p}, decided by a hash of {@code (seed, position)}:
   * the same sample for the same seed however the input is split.
   *
   * <pre>{@code
   * List<Long> sample = Fold.range(0, 1000).boxed().randomSample(0.1, 42L).toList();
   * }</pre>
   *
   * @see java.util.stream.Stream#filter
   * @apiNote Clojure {@code random-sample} (not reproducible there).
   */
  public static <T> Transducer<T, T> randomSample(double p, long seed) {
    return new RandomSampleTransducer<>(p, seed);
  }

  // ---- state merged across chunks -------------------------------------------------------------

  /**
   * The first occurrence of each element ({@code equals}), in encounter order.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 1, 3, 2).distinct().toList(); // [1, 2, 3]
   * }</pre>
   *
   * @see java.util.stream.Stream#distinct
   * @apiNote Clojure {@code distinct}.
   */
  public static <T> Transducer<T, T> distinct() {
    return distinct(StateBudget.unlimited());
  }

  /**
   * {@link #distinct()} holding at most {@code budget} keys per accumulator; one more throws {@link
   * dev.parafold.reduce.StateBudgetExceededException} naming {@code distinct} instead of running
   * out of memory (see {@link StateBudget} for what is counted where).
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 1, 3).via(Transducers.<Integer>distinct(StateBudget.entries(3)))
   *     .toList(); // [1, 2, 3]
   * }</pre>
   *
   * @see java.util.stream.Stream#distinct
   */
  public static <T> Transducer<T, T> distinct(StateBudget budget) {
    return new DistinctTransducer<T, T>(x -> x, "distinct", budget);
  }

  /**
   * The first element of each {@code key}, in encounter order.
   *
   * <pre>{@code
   * List<String> r = Fold.of("a", "bb", "c").distinctBy(String::length).toList(); // [a, bb]
   * }</pre>
   *
   * @see java.util.stream.Stream#distinct
   * @apiNote StreamEx {@code distinct(keyExtractor)}; Clojure {@code (distinct (map key ...))}.
   */
  public static <T, K> Transducer<T, T> distinctBy(Fn<? super T, ? extends K> key) {
    return distinctBy(key, StateBudget.unlimited());
  }

  /**
   * {@link #distinctBy(Fn)} holding at most {@code budget} keys per accumulator; one more throws
   * {@link dev.parafold.reduce.StateBudgetExceededException} naming {@code distinctBy}.
   *
   * <pre>{@code
   * List<String> r = Fold.of("a", "bb", "c")
   *     .distinctBy(String::length, StateBudget.entries(2)).toList(); // [a, bb]
   * }</pre>
   *
   * @see java.util.stream.Stream#distinct
   */
  public static <T, K> Transducer<T, T> distinctBy(
      Fn<? super T, ? extends K> key, StateBudget budget) {
    return new DistinctTransducer<T, K>(key, "distinctBy", budget);
  }

  /**
   * Groups by {@code key}, runs each group through {@code xf} (its own state per group) into {@code
   * reducer}, as {@code Reducers.groupBy(key, xf.apply(reducer))} does: a {@code HashMap}, no key
   * order. A group whose reducer is done ignores its later elements.
   *
   * <pre>{@code
   * Map<Boolean, List<Integer>> firstTwoEach = Fold.of(1, 2, 3, 4, 5, 6).reduce(
   *     Transducers.groupBy(x -> x % 2 == 0, Transducers.limit(2), Reducers.toList()));
   * // {false=[1, 3], true=[2, 4]}
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function,
   *     java.util.stream.Collector)
   * @apiNote Clojure {@code group-by}; Transducers.jl {@code GroupBy}.
   */
  public static <T, K, U, R> Reducer<T, ?, Map<K, R>> groupBy(
      Fn<? super T, ? extends K> key, Transducer<T, U> xf, Reducer<? super U, ?, R> reducer) {
    return groupBy(key, xf, reducer, StateBudget.unlimited());
  }

  /**
   * {@link #groupBy(Fn, Transducer, Reducer)} holding at most {@code budget} keys (groups) per
   * accumulator; one more throws {@link dev.parafold.reduce.StateBudgetExceededException} naming
   * {@code groupBy}.
   *
   * <pre>{@code
   * Map<Boolean, List<Integer>> r = Fold.of(1, 2, 3, 4).reduce(Transducers.groupBy(
   *     x -> x % 2 == 0, Transducers.<Integer>limit(1), Reducers.toList(), StateBudget.entries(2)));
   * // {false=[1], true=[2]}
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function,
   *     java.util.stream.Collector)
   */
  public static <T, K, U, R> Reducer<T, ?, Map<K, R>> groupBy(
      Fn<? super T, ? extends K> key,
      Transducer<T, U> xf,
      Reducer<? super U, ?, R> reducer,
      StateBudget budget) {
    Objects.requireNonNull(xf, "xf");
    Objects.requireNonNull(reducer, "reducer");
    return groupBy(key, xf.apply(reducer), budget);
  }

  private static <T, K, A, R> Reducer<T, ?, Map<K, R>> groupBy(
      Fn<? super T, ? extends K> key, Reducer<T, A, R> group, StateBudget budget) {
    return dev.parafold.reduce.Reducers.groupBy(key, group, budget);
  }

  /**
   * The elements in natural order, stable: equal elements keep their encounter order. Nulls throw a
   * {@code NullPointerException} naming {@code sorted}; elements that are not {@code Comparable}
   * throw {@code ClassCastException}. See {@link #sorted(Cmp)} for how it runs in parallel.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(3, 1, 2).sorted().toList(); // [1, 2, 3]
   * }</pre>
   *
   * @see java.util.stream.Stream#sorted()
   * @apiNote Clojure {@code sort}.
   */
  public static <T extends Comparable<? super T>> Transducer<T, T> sorted() {
    return sorted(Cmp.<T>natural());
  }

  /**
   * {@link #sorted()} holding at most {@code budget} elements per accumulator; one more throws
   * {@link dev.parafold.reduce.StateBudgetExceededException} naming {@code sorted}.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(3, 1, 2).sorted(StateBudget.entries(3)).toList(); // [1, 2, 3]
   * }</pre>
   *
   * @see java.util.stream.Stream#sorted()
   */
  public static <T extends Comparable<? super T>> Transducer<T, T> sorted(StateBudget budget) {
    return sorted(Cmp.<T>natural(), budget);
  }

  /**
   * The elements sorted by {@code order}, stable (equal elements keep their encounter order), so
   * the result equals {@code List.sort} and {@code Stream.sorted(order)}; nulls are ordered by
   * {@code order}. {@code order} is a serializable {@link Cmp}, e.g. a lambda.
   *
   * <p>Parallel: a merge sort. Each chunk collects its elements, merging chunks sorts and merges
   * their runs (the left winning ties), and after the last merge the sorted elements flow into the
   * stages after {@code sorted} in order, <b>on one thread</b> (they stop reading as soon as they
   * are done, say after a {@code limit}). Memory: every element is held until the end.
   *
   * <pre>{@code
   * List<String> r = Fold.of("bb", "a", "cc", "d").sorted((x, y) -> x.length() - y.length())
   *     .toList(); // [a, d, bb, cc]
   * }</pre>
   *
   * @see java.util.stream.Stream#sorted(java.util.Comparator)
   * @apiNote Clojure {@code sort} with a comparator; {@code Stream.sorted(comparator)}.
   */
  public static <T> Transducer<T, T> sorted(Cmp<? super T> order) {
    return sorted(order, StateBudget.unlimited());
  }

  /**
   * {@link #sorted(Cmp)} holding at most {@code budget} elements per accumulator; one more throws
   * {@link dev.parafold.reduce.StateBudgetExceededException} naming {@code sorted}.
   *
   * <pre>{@code
   * List<String> r = Fold.of("b", "a").sorted(Cmp.natural(), StateBudget.entries(2))
   *     .toList(); // [a, b]
   * }</pre>
   *
   * @see java.util.stream.Stream#sorted(java.util.Comparator)
   */
  public static <T> Transducer<T, T> sorted(Cmp<? super T> order, StateBudget budget) {
    return new SortedTransducer<>(order, budget);
  }

  // ---- neighbours: runs, windows, separators ----------------------------------------------------

  /**
   * Drops elements equal to the one just before them.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 1, 2, 2, 1).dedupe().toList(); // [1, 2, 1]
   * }</pre>
   *
   * @see java.util.stream.Stream#distinct
   * @apiNote Clojure {@code dedupe}.
   */
  public static <T> Transducer<T, T> dedupe() {
    return new DedupeTransducer<>();
  }

  /**
   * Lists of {@code n} consecutive elements; the last may be shorter.
   *
   * <pre>{@code
   * List<List<Integer>> r = Fold.of(1, 2, 3, 4, 5).partitionAll(2).toList(); // [[1, 2], [3, 4], [5]]
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function)
   * @apiNote Clojure {@code partition-all}; JDK 22 {@code Gatherers.windowFixed}.
   */
  public static <T> Transducer<T, List<T>> partitionAll(int n) {
    return new PartitionAllTransducer<>(n);
  }

  /**
   * Lists of consecutive elements with equal {@code key}.
   *
   * <pre>{@code
   * List<List<Integer>> r = Fold.of(1, 3, 2, 4, 5).partitionBy(x -> x % 2).toList();
   * // [[1, 3], [2, 4], [5]]
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function)
   * @apiNote Clojure {@code partition-by}.
   */
  public static <T> Transducer<T, List<T>> partitionBy(Fn<? super T, ?> key) {
    return new PartitionByTransducer<>(key);
  }

  /**
   * Sliding windows of {@code size} elements starting every {@code step} positions; only full
   * windows.
   *
   * <pre>{@code
   * List<List<Integer>> r = Fold.of(1, 2, 3, 4).window(2, 1).toList(); // [[1, 2], [2, 3], [3, 4]]
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function)
   * @apiNote Clojure {@code partition} with a step; JDK 22 {@code Gatherers.windowSliding}.
   */
  public static <T> Transducer<T, List<T>> window(int size, int step) {
    return new WindowTransducer<>(size, step);
  }

  /**
   * Puts {@code separator} between consecutive elements.
   *
   * <pre>{@code
   * String s = Fold.of("a", "b", "c").interpose(",").joining(); // "a,b,c"
   * }</pre>
   *
   * @see java.util.stream.Collectors#joining(CharSequence)
   * @apiNote Clojure {@code interpose}.
   */
  public static <T> Transducer<T, T> interpose(T separator) {
    return new InterposeTransducer<>(separator);
  }

  /**
   * Running reduction from {@code init}: passes {@code f(init, x1)}, {@code f(f(init, x1), x2)},
   * ...
   *
   * <pre>{@code
   * List<Integer> sums = Fold.of(1, 2, 3).scan(0, (a, x) -> a + x).toList(); // [1, 3, 6]
   * }</pre>
   *
   * @see java.util.Arrays#parallelPrefix(Object[], java.util.function.BinaryOperator)
   * @apiNote Clojure {@code reductions}; JDK 22 {@code Gatherers.scan}.
   */
  public static <T, U> Transducer<T, U> scan(U init, Fn2<? super U, ? super T, ? extends U> f) {
    return new ScanTransducer<>(init, f);
  }

  /**
   * Maps objects to unboxed {@code long}s.
   *
   * <pre>{@code
   * long s = Fold.of("a", "bb").mapToLong(String::length).sum(); // 3
   * }</pre>
   *
   * @see java.util.stream.Stream#mapToLong
   */
  public static <T> Transducer<T, Long> mapToLong(ToLong<? super T> f) {
    return new LongStages.MapToLong<>(f);
  }

  /**
   * Maps objects to unboxed {@code double}s.
   *
   * <pre>{@code
   * double s = Fold.of("a", "bb").mapToDouble(String::length).sum(); // 3.0
   * }</pre>
   *
   * @see java.util.stream.Stream#mapToDouble
   */
  public static <T> Transducer<T, Double> mapToDouble(ToDouble<? super T> f) {
    return new DoubleStages.MapToDouble<>(f);
  }

  // ---- stream parity: Stream-returning flatMap, mapMulti, to and from the primitive lanes
  // ------------------

  /**
   * Replaces each element with the elements of the {@code Stream} {@code f} returns (null means
   * none), closing each stream, as {@code Stream.flatMap} does; {@link #flatMap} takes an {@code
   * Iterable} instead.
   *
   * <pre>{@code
   * List<String> r = Fold.of("a b", "c").flatMap(s -> Arrays.stream(s.split(" "))).toList();
   * // [a, b, c]
   * }</pre>
   *
   * @see java.util.stream.Stream#flatMap
   * @apiNote Clojure {@code mapcat}.
   */
  public static <T, U> Transducer<T, U> flatMapStream(
      Fn<? super T, ? extends java.util.stream.Stream<? extends U>> f) {
    return new FlatMapStreamTransducer<>(f);
  }

  /**
   * Replaces each element with the elements {@code f} pushes into a sink: none, one or many,
   * without building a collection.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3).<Integer>mapMulti((x, sink) -> {
   *   if (x != 2) { sink.accept(x); sink.accept(x * 10); }
   * }).toList(); // [1, 10, 3, 30]
   * }</pre>
   *
   * @see java.util.stream.Stream#mapMulti
   * @apiNote Clojure {@code mapcat} without the intermediate collection.
   */
  public static <T, U> Transducer<T, U> mapMulti(
      Effect2<? super T, ? super java.util.function.Consumer<U>> f) {
    return new MapMultiTransducer<>(f);
  }

  /**
   * Maps objects to {@code int}s, unboxed.
   *
   * <pre>{@code
   * int s = Fold.of("a", "bb").mapToInt(String::length).sum(); // 3
   * }</pre>
   *
   * @see java.util.stream.Stream#mapToInt
   */
  public static <T> Transducer<T, Long> mapToInt(ToInt<? super T> f) {
    return new IntStages.MapToInt<>(f);
  }

  /**
   * Replaces each element with the {@code int}s of the {@code IntStream} {@code f} returns, unboxed
   * (null means none; each stream is closed).
   *
   * <pre>{@code
   * int n = Fold.of("ab", "c").flatMapToInt(String::chars).sum(); // 97 + 98 + 99
   * }</pre>
   *
   * @see java.util.stream.Stream#flatMapToInt
   */
  public static <T> Transducer<T, Long> flatMapToInt(
      Fn<? super T, ? extends java.util.stream.IntStream> f) {
    return new FlatMapToPrimitiveTransducer<>(f, FlatMapToPrimitiveTransducer.Kind.INT);
  }

  /**
   * Replaces each element with the {@code long}s of the {@code LongStream} {@code f} returns,
   * unboxed (null means none; each stream is closed).
   *
   * <pre>{@code
   * long n = Fold.of(2L, 3L).flatMapToLong(x -> LongStream.range(0, x)).count(); // 5
   * }</pre>
   *
   * @see java.util.stream.Stream#flatMapToLong
   */
  public static <T> Transducer<T, Long> flatMapToLong(
      Fn<? super T, ? extends java.util.stream.LongStream> f) {
    return new FlatMapToPrimitiveTransducer<>(f, FlatMapToPrimitiveTransducer.Kind.LONG);
  }

  /**
   * Replaces each element with the {@code double}s of the {@code DoubleStream} {@code f} returns,
   * unboxed (null means none; each stream is closed).
   *
   * <pre>{@code
   * double s = Fold.of(1.0, 2.0).flatMapToDouble(x -> DoubleStream.of(x, x)).sum(); // 6.0
   * }</pre>
   *
   * @see java.util.stream.Stream#flatMapToDouble
   */
  public static <T> Transducer<T, Double> flatMapToDouble(
      Fn<? super T, ? extends java.util.stream.DoubleStream> f) {
    return new FlatMapToPrimitiveTransducer<>(f, FlatMapToPrimitiveTransducer.Kind.DOUBLE);
  }
}
