package dev.parafold.reduce;

import dev.parafold.fn.BinOp;
import dev.parafold.fn.Cmp;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.Fn2;
import dev.parafold.fn.Pred;
import dev.parafold.reduce.DownstreamReducers.Finishing;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collector;

/**
 * The catalog of built-in reducers: counting, sums, extremes, collections, grouping, early-stopping
 * searches, teeing, vavr results and {@link Collector} adaptation. Every reducer here is
 * serializable (when its functions are), combines associatively, and keeps encounter order where
 * its result has one, so parallel results equal sequential ones.
 *
 * <pre>{@code
 * long n = Fold.from(words).reduce(Reducers.count());
 * Map<String, Long> counts = Fold.from(words).reduce(Reducers.countBy(w -> w));
 * }</pre>
 *
 * <p>This class is an index: each factory is a line or two over a package-private implementation,
 * one family per file (counting and sums, statistics, searches, lists, hashed collections,
 * grouping, tee, downstream adapters). The reducers whose result is one value are declared in a
 * package-private superclass and called as {@code Reducers.count()} like the rest.
 *
 * @since 0.1
 */
public final class Reducers extends ScalarReducers {
  private Reducers() {}

  // ---- building your own ---------------------------------------------------------------------

  /**
   * A reducer from its four parts; the accumulator may be mutable.
   *
   * <pre>{@code
   * Reducer<String, StringBuilder, String> concat =
   *     Reducers.of(StringBuilder::new, StringBuilder::append, StringBuilder::append, StringBuilder::toString);
   * }</pre>
   *
   * @param init fresh state per chunk (the identity of {@code combine})
   * @param step folds one element; may mutate and return the accumulator
   * @param combine merges a chunk's accumulator with the one to its right; must be associative
   * @param complete turns the final accumulator into the result
   */
  public static <T, A, R> Reducer<T, A, R> of(
      Fn0<A> init, Fn2<A, ? super T, A> step, BinOp<A> combine, Fn<A, R> complete) {
    return new FnReducer<>("Reducers.of", init, step, combine, complete);
  }

  /**
   * Like {@link #of(Fn0, Fn2, BinOp, Fn)} with the accumulator as the result, as {@code
   * Collector.of(supplier, accumulator, combiner)} is.
   *
   * <pre>{@code
   * Reducer<String, StringBuilder, StringBuilder> r =
   *     Reducers.of(StringBuilder::new, StringBuilder::append, StringBuilder::append);
   * String s = Fold.of("a", "b", "c").parallel().reduce(r).toString(); // abc
   * }</pre>
   */
  public static <T, A> Reducer<T, A, A> of(
      Fn0<A> init, Fn2<A, ? super T, A> step, BinOp<A> combine) {
    return new FnReducer<T, A, A>("Reducers.of", init, step, combine, a -> a);
  }

  /**
   * The {@code n} greatest elements by {@code order}, greatest first; among equal elements the
   * earlier wins, so the result does not depend on splitting. Same as {@code
   * Stream.sorted(order.reversed()).limit(n)}, without sorting everything.
   *
   * <pre>{@code
   * List<Integer> r =
   *     Fold.of(5, 1, 4, 2).parallel().reduce(Reducers.topK(2, Cmp.natural())); // [5, 4]
   * }</pre>
   *
   * @see java.util.stream.Stream#sorted(java.util.Comparator)
   * @see java.util.stream.Stream#limit(long)
   */
  public static <T> Reducer<T, ?, java.util.List<T>> topK(int n, Comparator<? super T> order) {
    return topK(n, Reducing.<T>serializable(order));
  }

  /** {@link #topK(int, Comparator)} with a serializable order: lambdas land here. */
  public static <T> Reducer<T, ?, java.util.List<T>> topK(int n, Cmp<? super T> order) {
    if (n < 0) {
      throw new IllegalArgumentException("topK: n must be >= 0, was " + n);
    }
    return new TopKReducer<>(n, Objects.requireNonNull(order, "order"));
  }

  /**
   * The elements sorted by {@code order}: a stable parallel merge sort. Each chunk collects its
   * elements; {@code combine} sorts each side's new elements into a run and merges adjacent runs,
   * the left one winning ties; {@code complete} merges what is left and returns the list. Equal to
   * {@code List.sort} and {@code Stream.sorted}, equal elements keeping their encounter order.
   * Nulls are compared by {@code order}; with {@link Cmp#natural()} a null element throws {@code
   * NullPointerException}.
   *
   * <pre>{@code
   * List<String> r = Fold.of("bb", "a", "cc", "d").parallel()
   *     .reduce(Reducers.toSortedList(Cmp.comparing(String::length))); // [a, d, bb, cc]
   * }</pre>
   *
   * @see java.util.stream.Stream#sorted(java.util.Comparator)
   */
  public static <T> Reducer<T, ?, java.util.List<T>> toSortedList(Cmp<? super T> order) {
    return toSortedList(order, StateBudget.unlimited());
  }

  /**
   * {@link #toSortedList(Cmp)} holding at most {@code budget} elements per accumulator; more throw
   * {@link StateBudgetExceededException} naming {@code toSortedList} (see {@link StateBudget}).
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(3, 1, 2)
   *     .reduce(Reducers.toSortedList(Cmp.natural(), StateBudget.entries(3))); // [1, 2, 3]
   * }</pre>
   */
  public static <T> Reducer<T, ?, java.util.List<T>> toSortedList(
      Cmp<? super T> order, StateBudget budget) {
    return toSortedList(order, budget, "toSortedList");
  }

  /**
   * {@link #toSortedList(Cmp, StateBudget)} reporting budget failures and null elements under
   * {@code operation}: for stages built on it, such as the {@code sorted} transducer.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(2, 1)
   *     .reduce(Reducers.toSortedList(Cmp.natural(), StateBudget.unlimited(), "sorted")); // [1, 2]
   * }</pre>
   *
   * @param order the order
   * @param budget the cap on elements per accumulator
   * @param operation the name that error messages give, e.g. {@code "sorted"}
   * @return a reducer whose result is a mutable {@code ArrayList}
   * @see java.util.stream.Stream#sorted(java.util.Comparator)
   */
  public static <T> Reducer<T, ?, java.util.List<T>> toSortedList(
      Cmp<? super T> order, StateBudget budget, String operation) {
    return new SortedListReducer<>(
        Objects.requireNonNull(order, "order"),
        Objects.requireNonNull(budget, "budget"),
        Objects.requireNonNull(operation, "operation"));
  }

  // ---- collections ---------------------------------------------------------------------------

  /**
   * Collects into an {@code ArrayList} in encounter order. Same as {@code Collectors.toList()}.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2, 3).parallel().reduce(Reducers.toList()); // [1, 2, 3]
   * }</pre>
   *
   * @see java.util.stream.Collectors#toList()
   */
  @SuppressWarnings("unchecked")
  public static <T> Reducer<T, ?, java.util.List<T>> toList() {
    return (Reducer<T, ?, java.util.List<T>>) (Reducer<?, ?, ?>) ListReducer.TO_LIST;
  }

  /**
   * Collects into a {@code HashSet}. Same as {@code Collectors.toSet()}.
   *
   * <pre>{@code
   * Set<Integer> r = Fold.of(1, 2, 1).reduce(Reducers.toSet()); // [1, 2]
   * }</pre>
   *
   * @see java.util.stream.Collectors#toSet()
   */
  public static <T> Reducer<T, ?, Set<T>> toSet() {
    return Collecting.toSet();
  }

  /**
   * Collects into a {@code HashMap} (no order; {@link #toMap(Fn, Fn, BinOp, Fn0)} with {@code
   * LinkedHashMap::new} keeps encounter order); a duplicate key throws {@code
   * IllegalStateException} naming the key and both values, as {@code Collectors.toMap(k, v)} does.
   *
   * <pre>{@code
   * Map<String, Integer> r =
   *     Fold.of("a", "bb").reduce(Reducers.toMap(s -> s, String::length)); // {a=1, bb=2}
   * }</pre>
   *
   * @see java.util.stream.Collectors#toMap(java.util.function.Function,
   *     java.util.function.Function)
   */
  public static <T, K, V> Reducer<T, ?, Map<K, V>> toMap(
      Fn<? super T, ? extends K> key, Fn<? super T, ? extends V> value) {
    return new Collecting.ToMap<T, K, V, Map<K, V>>(
        Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"), null, null);
  }

  /**
   * Collects into a {@code HashMap} (no order), merging the values of equal keys with {@code merge}
   * (left value first). Same as {@code Collectors.toMap(k, v, merge)}.
   *
   * <pre>{@code
   * Map<Integer, String> r = Fold.of("a", "b", "cc")
   *     .reduce(Reducers.toMap(String::length, s -> s, String::concat)); // {1=ab, 2=cc}
   * }</pre>
   *
   * @see java.util.stream.Collectors#toMap(java.util.function.Function,
   *     java.util.function.Function, java.util.function.BinaryOperator)
   */
  public static <T, K, V> Reducer<T, ?, Map<K, V>> toMap(
      Fn<? super T, ? extends K> key, Fn<? super T, ? extends V> value, BinOp<V> merge) {
    return new Collecting.ToMap<T, K, V, Map<K, V>>(
        Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(merge, "merge"),
        null);
  }

  /**
   * Collects into the map {@code mapFactory} makes, merging the values of equal keys with {@code
   * merge} (left value first); keys are added in encounter order, so {@code LinkedHashMap::new}
   * keeps it. Same as {@code Collectors.toMap(k, v, merge, mapFactory)}.
   *
   * <pre>{@code
   * LinkedHashMap<Integer, String> r = Fold.of("cc", "a", "b")
   *     .reduce(Reducers.toMap(String::length, s -> s, String::concat, LinkedHashMap::new));
   * // {2=cc, 1=ab}
   * }</pre>
   *
   * @see java.util.stream.Collectors#toMap(java.util.function.Function,
   *     java.util.function.Function, java.util.function.BinaryOperator,
   *     java.util.function.Supplier)
   */
  public static <T, K, V, M extends Map<K, V>> Reducer<T, ?, M> toMap(
      Fn<? super T, ? extends K> key,
      Fn<? super T, ? extends V> value,
      BinOp<V> merge,
      Fn0<M> mapFactory) {
    return new Collecting.ToMap<>(
        Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(merge, "merge"),
        Objects.requireNonNull(mapFactory, "mapFactory"));
  }

  /**
   * Collects into the collection {@code factory} makes, in encounter order (chunks are merged left
   * into right with {@code addAll}). Same as {@code Collectors.toCollection}.
   *
   * <pre>{@code
   * TreeSet<Integer> r = Fold.of(3, 1, 2).parallel().reduce(Reducers.toCollection(TreeSet::new));
   * // [1, 2, 3]
   * }</pre>
   *
   * @see java.util.stream.Collectors#toCollection(java.util.function.Supplier)
   */
  public static <T, C extends java.util.Collection<T>> Reducer<T, ?, C> toCollection(
      Fn0<C> factory) {
    return Collecting.toCollection(Objects.requireNonNull(factory, "factory"));
  }

  /**
   * Joins the string forms of the elements with {@code separator}. Same as {@code
   * Collectors.joining}.
   *
   * <pre>{@code
   * String r = Fold.of(1, 2, 3).reduce(Reducers.joining(", ")); // 1, 2, 3
   * }</pre>
   *
   * @see java.util.stream.Collectors#joining(CharSequence)
   */
  public static <T> Reducer<T, ?, String> joining(CharSequence separator) {
    return joining(separator, "", "");
  }

  /**
   * Joins with a separator, prefix and suffix. Same as {@code Collectors.joining(separator, prefix,
   * suffix)}.
   *
   * <pre>{@code
   * String r = Fold.of(1, 2, 3).reduce(Reducers.joining(", ", "[", "]")); // [1, 2, 3]
   * }</pre>
   *
   * @see java.util.stream.Collectors#joining(CharSequence, CharSequence, CharSequence)
   */
  public static <T> Reducer<T, ?, String> joining(
      CharSequence separator, CharSequence prefix, CharSequence suffix) {
    return Joining.reducer(
        Objects.requireNonNull(separator, "separator").toString(),
        Objects.requireNonNull(prefix, "prefix").toString(),
        Objects.requireNonNull(suffix, "suffix").toString());
  }

  // ---- grouping ------------------------------------------------------------------------------

  /**
   * Groups elements by {@code key} and folds each group with {@code downstream}, into a {@code
   * HashMap} (no key order: {@link #groupBy(Fn, Fn0, Reducer)} with {@code LinkedHashMap::new}
   * keeps first-seen order). Each group's elements reach its downstream in encounter order, so an
   * index-aware or early-stopping downstream (a {@code limit}, a {@code first}) gives in parallel
   * what it gives sequentially. Same as {@code Collectors.groupingBy(key, downstream)}.
   *
   * <pre>{@code
   * Map<Integer, Long> r = Fold.of("a", "bb", "c")
   *     .reduce(Reducers.groupBy(String::length, Reducers.count())); // {1=2, 2=1}
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function,
   *     java.util.stream.Collector)
   */
  public static <T, K, A, R> Reducer<T, ?, Map<K, R>> groupBy(
      Fn<? super T, ? extends K> key, Reducer<? super T, A, R> downstream) {
    return groupBy(key, downstream, StateBudget.unlimited());
  }

  /**
   * {@link #groupBy(Fn, Reducer)} into the map {@code mapFactory} makes, keys added in order of
   * first appearance: {@code LinkedHashMap::new} keeps that order, {@code TreeMap::new} sorts. Same
   * as {@code Collectors.groupingBy(key, mapFactory, downstream)}.
   *
   * <pre>{@code
   * Map<Integer, Long> r = Fold.of("bb", "a", "c").parallel()
   *     .reduce(Reducers.groupBy(String::length, LinkedHashMap::new, Reducers.count()));
   * // {2=1, 1=2}
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function,
   *     java.util.function.Supplier, java.util.stream.Collector)
   */
  public static <T, K, A, R, M extends Map<K, R>> Reducer<T, ?, M> groupBy(
      Fn<? super T, ? extends K> key, Fn0<M> mapFactory, Reducer<? super T, A, R> downstream) {
    return new GroupByReducer<T, K, A, R, M>(
        "groupBy",
        Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(downstream, "downstream"),
        Objects.requireNonNull(mapFactory, "mapFactory"),
        StateBudget.unlimited());
  }

  /**
   * {@link #groupBy(Fn, Reducer)} holding at most {@code budget} keys per accumulator; more throw
   * {@link StateBudgetExceededException} naming {@code groupBy} (see {@link StateBudget}).
   *
   * <pre>{@code
   * Map<Integer, Long> r = Fold.of(1, 2, 3, 4).reduce(
   *     Reducers.groupBy(x -> x % 2, Reducers.count(), StateBudget.entries(2))); // {1=2, 0=2}
   * }</pre>
   */
  public static <T, K, A, R> Reducer<T, ?, Map<K, R>> groupBy(
      Fn<? super T, ? extends K> key, Reducer<? super T, A, R> downstream, StateBudget budget) {
    return new GroupByReducer<T, K, A, R, Map<K, R>>(
        "groupBy",
        Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(downstream, "downstream"),
        null,
        Objects.requireNonNull(budget, "budget"));
  }

  /**
   * Groups elements by {@code key} into lists (each in encounter order) in a {@code HashMap}. Same
   * as {@code Collectors.groupingBy(key)}.
   *
   * <pre>{@code
   * Map<Integer, List<String>> r =
   *     Fold.of("a", "bb", "c").reduce(Reducers.groupBy(String::length)); // {1=[a, c], 2=[bb]}
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function)
   */
  public static <T, K> Reducer<T, ?, Map<K, java.util.List<T>>> groupBy(
      Fn<? super T, ? extends K> key) {
    return groupBy(key, toList());
  }

  /**
   * Counts elements per key, in a {@code HashMap} (for first-seen order: {@code groupBy(key,
   * LinkedHashMap::new, Reducers.count())}). Same as {@code Collectors.groupingBy(key,
   * Collectors.counting())}.
   *
   * <pre>{@code
   * Map<Integer, Long> r =
   *     Fold.of("a", "bb", "c").reduce(Reducers.countBy(String::length)); // {1=2, 2=1}
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function,
   *     java.util.stream.Collector)
   * @see java.util.stream.Collectors#counting()
   */
  public static <T, K> Reducer<T, ?, Map<K, Long>> countBy(Fn<? super T, ? extends K> key) {
    return countBy(key, StateBudget.unlimited());
  }

  /**
   * {@link #countBy(Fn)} holding at most {@code budget} keys per accumulator; more throw {@link
   * StateBudgetExceededException} naming {@code countBy} (see {@link StateBudget}).
   *
   * <pre>{@code
   * Map<String, Long> r = Fold.of("a", "b", "a").reduce(
   *     Reducers.countBy(w -> w, StateBudget.entries(1_000_000))); // {a=2, b=1}
   * }</pre>
   */
  public static <T, K> Reducer<T, ?, Map<K, Long>> countBy(
      Fn<? super T, ? extends K> key, StateBudget budget) {
    return new GroupByReducer<T, K, Cells.LongCell, Long, Map<K, Long>>(
        "countBy",
        Objects.requireNonNull(key, "key"),
        LongTally.Count.INSTANCE,
        null,
        Objects.requireNonNull(budget, "budget"));
  }

  /**
   * Splits elements by {@code test} and folds each side with {@code downstream}; both keys are
   * always present. Same as {@code Collectors.partitioningBy}.
   *
   * <pre>{@code
   * Map<Boolean, List<Integer>> r = Fold.of(1, 2, 3)
   *     .reduce(Reducers.partition(x -> x > 1, Reducers.toList())); // {false=[1], true=[2, 3]}
   * }</pre>
   *
   * @see java.util.stream.Collectors#partitioningBy(java.util.function.Predicate,
   *     java.util.stream.Collector)
   */
  public static <T, A, R> Reducer<T, ?, Map<Boolean, R>> partition(
      Pred<? super T> test, Reducer<? super T, A, R> downstream) {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(downstream, "downstream");
    Reducer<T, ?, Map<Boolean, R>> grouped =
        new GroupByReducer<T, Boolean, A, R, Map<Boolean, R>>(
            "partition", test::test, downstream, null, StateBudget.unlimited());
    return Finishing.of(
        grouped,
        m -> {
          Map<Boolean, R> both = new LinkedHashMap<>();
          both.put(
              false, m.containsKey(false) ? m.get(false) : downstream.complete(downstream.init()));
          both.put(
              true, m.containsKey(true) ? m.get(true) : downstream.complete(downstream.init()));
          return both;
        });
  }

  // ---- composition ---------------------------------------------------------------------------

  /**
   * Applies {@code finisher} to the result of {@code r}. Same as {@code
   * Collectors.collectingAndThen}.
   *
   * <pre>{@code
   * String r = Fold.of(1, 2, 3).reduce(Reducers.mapResult(Reducers.count(), n -> "n=" + n)); // n=3
   * }</pre>
   *
   * @see java.util.stream.Collectors#collectingAndThen(java.util.stream.Collector,
   *     java.util.function.Function)
   */
  public static <T, R, S> Reducer<T, ?, S> mapResult(
      Reducer<T, ?, R> r, Fn<? super R, ? extends S> finisher) {
    return Finishing.of(
        Objects.requireNonNull(r, "r"), Objects.requireNonNull(finisher, "finisher"));
  }

  /**
   * {@link #mapResult}, under the name {@code java.util.stream} gives it.
   *
   * <pre>{@code
   * List<Integer> r = Fold.of(1, 2)
   *     .reduce(Reducers.collectingAndThen(Reducers.toList(), Collections::unmodifiableList));
   * }</pre>
   *
   * @see java.util.stream.Collectors#collectingAndThen(java.util.stream.Collector,
   *     java.util.function.Function)
   */
  public static <T, R, S> Reducer<T, ?, S> collectingAndThen(
      Reducer<T, ?, R> r, Fn<? super R, ? extends S> finisher) {
    return mapResult(r, finisher);
  }

  /**
   * Folds {@code f} of each element with {@code downstream}. Same as {@code Collectors.mapping};
   * most useful inside {@link #groupBy(Fn, Reducer)}.
   *
   * <pre>{@code
   * Map<Integer, String> r = Fold.of("a", "bb", "c").reduce(Reducers.groupBy(
   *     String::length, Reducers.mapping(String::toUpperCase, Reducers.joining("")))); // {1=AC, 2=BB}
   * }</pre>
   *
   * @see java.util.stream.Collectors#mapping(java.util.function.Function,
   *     java.util.stream.Collector)
   */
  public static <T, U, A, R> Reducer<T, ?, R> mapping(
      Fn<? super T, ? extends U> f, Reducer<? super U, A, R> downstream) {
    return new DownstreamReducers.Mapping<T, U, A, R>(
        Objects.requireNonNull(f, "f"), Objects.requireNonNull(downstream, "downstream"));
  }

  /**
   * Folds the elements that pass {@code test} with {@code downstream}; inside {@link #groupBy(Fn,
   * Reducer)} a group whose elements all fail still appears. Same as {@code Collectors.filtering}.
   *
   * <pre>{@code
   * Map<Boolean, Long> r = Fold.of(1, 2, 3, 4).reduce(Reducers.groupBy(
   *     x -> x % 2 == 0, Reducers.filtering(x -> x > 2, Reducers.count()))); // {false=1, true=1}
   * }</pre>
   *
   * @see java.util.stream.Collectors#filtering(java.util.function.Predicate,
   *     java.util.stream.Collector)
   */
  public static <T, A, R> Reducer<T, ?, R> filtering(
      Pred<? super T> test, Reducer<? super T, A, R> downstream) {
    return new DownstreamReducers.Filtering<T, A, R>(
        Objects.requireNonNull(test, "test"), Objects.requireNonNull(downstream, "downstream"));
  }

  /**
   * Folds every element of {@code f}'s result (an {@code Iterable}; {@code null} adds nothing) with
   * {@code downstream}, in order. Same as {@code Collectors.flatMapping}, with an {@code Iterable}
   * where the JDK takes a {@code Stream}.
   *
   * <pre>{@code
   * List<String> r = Fold.of("a b", "c")
   *     .reduce(Reducers.flatMapping(s -> List.of(s.split(" ")), Reducers.toList())); // [a, b, c]
   * }</pre>
   *
   * @see java.util.stream.Collectors#flatMapping(java.util.function.Function,
   *     java.util.stream.Collector)
   */
  public static <T, U, A, R> Reducer<T, ?, R> flatMapping(
      Fn<? super T, ? extends Iterable<? extends U>> f, Reducer<? super U, A, R> downstream) {
    return new DownstreamReducers.FlatMapping<T, U, A, R>(
        Objects.requireNonNull(f, "f"), Objects.requireNonNull(downstream, "downstream"));
  }

  /**
   * Runs two reducers over the same elements in one pass. Same as {@code Collectors.teeing} without
   * the merger; done when both are done.
   *
   * <pre>{@code
   * Tuple2<Long, Long> r = Fold.of(1, 2, 3)
   *     .reduce(Reducers.tee(Reducers.count(), Reducers.summingLong(x -> x))); // (3, 6)
   * }</pre>
   *
   * @see java.util.stream.Collectors#teeing(java.util.stream.Collector, java.util.stream.Collector,
   *     java.util.function.BiFunction)
   */
  public static <T, R1, R2> Reducer<T, ?, Tuple2<R1, R2>> tee(
      Reducer<? super T, ?, R1> a, Reducer<? super T, ?, R2> b) {
    Reducer<T, Object[], Object[]> t = new TeeReducer<>(java.util.Arrays.asList(a, b));
    return Finishing.of(t, r -> Tuple.of(Reducing.<R1>cast(r[0]), Reducing.<R2>cast(r[1])));
  }

  /**
   * Runs two reducers over the same elements in one pass and merges their results with {@code
   * merger}: {@link #tee(Reducer, Reducer)} under the name {@code java.util.stream} gives it.
   *
   * <pre>{@code
   * double mean = Fold.of(1, 2, 3, 4).reduce(Reducers.teeing(
   *     Reducers.summingLong(x -> x), Reducers.count(), (sum, n) -> (double) sum / n)); // 2.5
   * }</pre>
   *
   * @see java.util.stream.Collectors#teeing(java.util.stream.Collector, java.util.stream.Collector,
   *     java.util.function.BiFunction)
   */
  public static <T, R1, R2, R> Reducer<T, ?, R> teeing(
      Reducer<? super T, ?, R1> a,
      Reducer<? super T, ?, R2> b,
      Fn2<? super R1, ? super R2, ? extends R> merger) {
    Objects.requireNonNull(merger, "merger");
    Reducer<T, Object[], Object[]> t = new TeeReducer<>(java.util.Arrays.asList(a, b));
    return Finishing.of(t, r -> merger.apply(Reducing.<R1>cast(r[0]), Reducing.<R2>cast(r[1])));
  }

  /**
   * Runs three reducers over the same elements in one pass; like {@link #tee(Reducer, Reducer)}
   * ({@code Collectors.teeing}) with a third.
   *
   * <pre>{@code
   * Tuple3<Long, Optional<Integer>, Optional<Integer>> r = Fold.of(1, 2, 3)
   *     .reduce(Reducers.tee(Reducers.count(), Reducers.first(), Reducers.last()));
   * // (3, Optional[1], Optional[3])
   * }</pre>
   */
  public static <T, R1, R2, R3> Reducer<T, ?, Tuple3<R1, R2, R3>> tee(
      Reducer<? super T, ?, R1> a, Reducer<? super T, ?, R2> b, Reducer<? super T, ?, R3> c) {
    Reducer<T, Object[], Object[]> t = new TeeReducer<>(java.util.Arrays.asList(a, b, c));
    return Finishing.of(
        t,
        r -> Tuple.of(Reducing.<R1>cast(r[0]), Reducing.<R2>cast(r[1]), Reducing.<R3>cast(r[2])));
  }

  /**
   * Runs any number of reducers over the same elements in one pass; results in the same order.
   *
   * <pre>{@code
   * List<Object> r = Fold.of(1, 2, 3)
   *     .reduce(Reducers.teeAll(List.of(Reducers.count(), Reducers.toList()))); // [3, [1, 2, 3]]
   * }</pre>
   */
  public static <T> Reducer<T, ?, java.util.List<Object>> teeAll(
      java.util.List<? extends Reducer<? super T, ?, ?>> reducers) {
    Reducer<T, Object[], Object[]> t =
        new TeeReducer<>(java.util.Objects.requireNonNull(reducers, "reducers"));
    return Finishing.of(t, r -> Collections.unmodifiableList(Arrays.asList(r)));
  }

  // ---- vavr results --------------------------------------------------------------------------

  /**
   * Collects into a vavr {@code Vector} (persistent; cheap concatenation).
   *
   * <pre>{@code
   * Vector<Integer> r = Fold.of(1, 2, 3).reduce(Reducers.toVector()); // Vector(1, 2, 3)
   * }</pre>
   */
  @SuppressWarnings("unchecked")
  public static <T> Reducer<T, ?, io.vavr.collection.Vector<T>> toVector() {
    Reducer<?, ?, ?> r = ListReducer.TO_VECTOR;
    return (Reducer<T, ?, io.vavr.collection.Vector<T>>) r;
  }

  /**
   * Collects into a vavr {@code List}.
   *
   * <pre>{@code
   * io.vavr.collection.List<Integer> r =
   *     Fold.of(1, 2, 3).reduce(Reducers.toVavrList()); // List(1, 2, 3)
   * }</pre>
   */
  public static <T> Reducer<T, ?, io.vavr.collection.List<T>> toVavrList() {
    return mapResult(Reducers.<T>toList(), io.vavr.collection.List::ofAll);
  }

  /**
   * Collects into a vavr {@code HashSet}.
   *
   * <pre>{@code
   * HashSet<Integer> r = Fold.of(1, 2, 1).reduce(Reducers.toVavrSet()); // HashSet(1, 2)
   * }</pre>
   */
  public static <T> Reducer<T, ?, io.vavr.collection.HashSet<T>> toVavrSet() {
    return mapResult(Reducers.<T>toSet(), io.vavr.collection.HashSet::ofAll);
  }

  /**
   * Collects into a vavr {@code LinkedHashMap}, merging values of equal keys.
   *
   * <pre>{@code
   * LinkedHashMap<Integer, String> r = Fold.of("a", "b", "cc")
   *     .reduce(Reducers.toVavrMap(String::length, s -> s, String::concat));
   * // LinkedHashMap((1, ab), (2, cc))
   * }</pre>
   */
  public static <T, K, V> Reducer<T, ?, io.vavr.collection.LinkedHashMap<K, V>> toVavrMap(
      Fn<? super T, ? extends K> key, Fn<? super T, ? extends V> value, BinOp<V> merge) {
    return mapResult(
        toMap(key, value, merge, LinkedHashMap::new), io.vavr.collection.LinkedHashMap::ofAll);
  }

  /**
   * Folds {@code Try} elements: successes into {@code downstream}, failures into a list. The result
   * is {@code Left(failures)} if any element failed (in encounter order), else {@code
   * Right(result)}.
   *
   * <pre>{@code
   * Either<List<Throwable>, Long> sum =
   *     Fold.from(lines).mapTry(Long::parseLong).reduce(Reducers.tryResults(Reducers.summingLong(x -> x)));
   * }</pre>
   */
  public static <T, A, R>
      Reducer<io.vavr.control.Try<T>, ?, io.vavr.control.Either<java.util.List<Throwable>, R>>
          tryResults(Reducer<? super T, A, R> downstream) {
    return DownstreamReducers.tryResults(Objects.requireNonNull(downstream, "downstream"));
  }

  // ---- java.util.stream interop --------------------------------------------------------------

  /**
   * Adapts a {@link Collector}. Its combiner is used to merge chunks, in encounter order. The
   * collector's functions must be serializable for the reducer to be.
   *
   * <pre>{@code
   * String r = Fold.of("a", "b").reduce(Reducers.fromCollector(Collectors.joining("-"))); // a-b
   * }</pre>
   *
   * @see java.util.stream.Stream#collect(java.util.stream.Collector)
   */
  public static <T, A, R> Reducer<T, A, R> fromCollector(Collector<T, A, R> collector) {
    return new CollectorBridge.CollectorReducer<>(Objects.requireNonNull(collector, "collector"));
  }

  /**
   * Views a reducer as a {@link Collector} for use in a plain stream.
   *
   * <pre>{@code
   * long r = Stream.of(1, 2, 3).collect(Reducers.toCollector(Reducers.count())); // 3
   * }</pre>
   *
   * @see java.util.stream.Stream#collect(java.util.stream.Collector)
   */
  public static <T, A, R> Collector<T, A, R> toCollector(Reducer<T, A, R> r) {
    return CollectorBridge.toCollector(Objects.requireNonNull(r, "r"));
  }
}
