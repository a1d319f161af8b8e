package dev.parafold.reduce;

import dev.parafold.fn.BinOp;
import dev.parafold.fn.Cmp;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.Fn2;
import dev.parafold.fn.Pred;
import dev.parafold.fn.ToDouble;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.Cells.Box;
import dev.parafold.reduce.Cells.DoubleStatsCell;
import dev.parafold.reduce.Cells.DoubleSum;
import dev.parafold.reduce.Cells.LongCell;
import dev.parafold.reduce.Cells.LongStatsCell;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
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
 * @since 0.1
 */
public final class Reducers {
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
    return new FnReducer<>(init, step, combine, complete);
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
    return new FnReducer<T, A, A>(init, step, combine, a -> a);
  }

  /**
   * Folds with an associative operator and its identity. Same as {@code Stream.reduce(identity,
   * op)}.
   *
   * <pre>{@code
   * int r = Fold.of(1, 2, 3).reduce(Reducers.reducing(0, Integer::sum)); // 6
   * }</pre>
   *
   * @see java.util.stream.Stream#reduce(Object, java.util.function.BinaryOperator)
   * @see java.util.stream.Collectors#reducing(Object, java.util.function.BinaryOperator)
   */
  public static <T> Reducer<T, ?, T> reducing(T identity, BinOp<T> op) {
    Objects.requireNonNull(op, "op");
    return new FnReducer<T, Object[], T>(
        () -> new Object[] {identity},
        (a, t) -> {
          a[0] = op.apply(cast(a[0]), t);
          return a;
        },
        (l, r) -> {
          l[0] = op.apply(cast(l[0]), cast(r[0]));
          return l;
        },
        a -> cast(a[0]));
  }

  /**
   * Folds with an associative operator; empty if there are no elements. Same as {@code
   * Stream.reduce(op)}.
   *
   * <pre>{@code
   * Optional<Integer> r = Fold.of(1, 2, 3).reduce(Reducers.reducing(Integer::sum)); // Optional[6]
   * }</pre>
   *
   * @see java.util.stream.Stream#reduce(java.util.function.BinaryOperator)
   * @see java.util.stream.Collectors#reducing(java.util.function.BinaryOperator)
   */
  public static <T> Reducer<T, ?, Optional<T>> reducing(BinOp<T> op) {
    Objects.requireNonNull(op, "op");
    return new FnReducer<T, Box<T>, Optional<T>>(
        Box::new,
        (a, t) -> {
          a.value = a.has ? op.apply(a.value, t) : t;
          a.has = true;
          return a;
        },
        (l, r) -> {
          if (!r.has) {
            return l;
          }
          if (!l.has) {
            return r;
          }
          l.value = op.apply(l.value, r.value);
          return l;
        },
        a -> a.has ? Optional.of(a.value) : Optional.empty());
  }

  // ---- counting and sums ---------------------------------------------------------------------

  /**
   * Counts elements. Same as {@code Stream.count()}.
   *
   * <pre>{@code
   * long n = Fold.of("a", "b", "c").reduce(Reducers.count()); // 3
   * }</pre>
   *
   * @see java.util.stream.Stream#count()
   * @see java.util.stream.Collectors#counting()
   */
  @SuppressWarnings("unchecked")
  public static <T> Reducer<T, ?, Long> count() {
    return (Reducer<T, ?, Long>) Count.INSTANCE;
  }

  /**
   * Counts unboxed {@code long}s. Same as {@code LongStream.count()}.
   *
   * <pre>{@code
   * long n = Fold.range(0, 10).reduce(Reducers.countLongs()); // 10
   * }</pre>
   *
   * @see java.util.stream.LongStream#count()
   */
  public static LongReducer<?, Long> countLongs() {
    return LongCount.INSTANCE;
  }

  /**
   * Sums {@code f} over the elements, as a {@code long}. Same as {@code Collectors.summingLong}.
   *
   * <pre>{@code
   * long r = Fold.of("a", "bb", "ccc").reduce(Reducers.summingLong(String::length)); // 6
   * }</pre>
   *
   * @see java.util.stream.Collectors#summingLong(java.util.function.ToLongFunction)
   */
  public static <T> Reducer<T, ?, Long> summingLong(ToLong<? super T> f) {
    return new SumLong<>(Objects.requireNonNull(f, "f"));
  }

  /**
   * Sums unboxed {@code long}s. Same as {@code LongStream.sum()}.
   *
   * <pre>{@code
   * long r = Fold.range(1, 5).reduce(Reducers.sumLongs()); // 10
   * }</pre>
   *
   * @see java.util.stream.LongStream#sum()
   */
  public static LongReducer<?, Long> sumLongs() {
    return SumLongs.INSTANCE;
  }

  /**
   * Sums {@code f} over the elements, as a compensated {@code double}. Same as {@code
   * Collectors.summingDouble}.
   *
   * <pre>{@code
   * double r = Fold.of(0.1, 0.2, 0.3).reduce(Reducers.summingDouble(x -> x)); // 0.6
   * }</pre>
   *
   * @see java.util.stream.Collectors#summingDouble(java.util.function.ToDoubleFunction)
   */
  public static <T> Reducer<T, ?, Double> summingDouble(ToDouble<? super T> f) {
    Objects.requireNonNull(f, "f");
    return new FnReducer<T, DoubleSum, Double>(
        DoubleSum::new,
        (a, t) -> {
          a.add(f.applyAsDouble(t));
          return a;
        },
        DoubleSum::merge,
        DoubleSum::value);
  }

  /**
   * Sums unboxed {@code double}s with compensation. Same as {@code DoubleStream.sum()}.
   *
   * <pre>{@code
   * double r = Fold.from(new double[] {0.5, 1.5, 2.0}).reduce(Reducers.sumDoubles()); // 4.0
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#sum()
   */
  public static DoubleReducer<?, Double> sumDoubles() {
    return SumDoubles.INSTANCE;
  }

  /**
   * The smallest unboxed {@code long}, if any. Same as {@code LongStream.min()}.
   *
   * <pre>{@code
   * OptionalLong r = Fold.from(new long[] {3, 1, 2}).reduce(Reducers.minLong()); // OptionalLong[1]
   * }</pre>
   *
   * @see java.util.stream.LongStream#min()
   */
  public static LongReducer<?, OptionalLong> minLong() {
    return new LongExtreme(true);
  }

  /**
   * The largest unboxed {@code long}, if any. Same as {@code LongStream.max()}.
   *
   * <pre>{@code
   * OptionalLong r = Fold.from(new long[] {3, 1, 2}).reduce(Reducers.maxLong()); // OptionalLong[3]
   * }</pre>
   *
   * @see java.util.stream.LongStream#max()
   */
  public static LongReducer<?, OptionalLong> maxLong() {
    return new LongExtreme(false);
  }

  /**
   * Count, sum, min, max and average of unboxed {@code long}s in one pass. Same as {@code
   * LongStream.summaryStatistics()}.
   *
   * <pre>{@code
   * LongSummaryStatistics s = Fold.range(1, 5).reduce(Reducers.longStatistics());
   * // count 4, sum 10, min 1, max 4, average 2.5
   * }</pre>
   *
   * @see java.util.stream.LongStream#summaryStatistics()
   * @see java.util.stream.Collectors#summarizingLong(java.util.function.ToLongFunction)
   */
  public static LongReducer<?, LongSummaryStatistics> longStatistics() {
    return LongStats.INSTANCE;
  }

  /**
   * Count, sum, min, max and average of unboxed {@code double}s in one pass. Same as {@code
   * DoubleStream.summaryStatistics()}.
   *
   * <pre>{@code
   * DoubleSummaryStatistics s =
   *     Fold.from(new double[] {1, 2, 3}).reduce(Reducers.doubleStatistics());
   * // count 3, sum 6.0, min 1.0, max 3.0, average 2.0
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#summaryStatistics()
   * @see java.util.stream.Collectors#summarizingDouble(java.util.function.ToDoubleFunction)
   */
  public static DoubleReducer<?, DoubleSummaryStatistics> doubleStatistics() {
    return DoubleStats.INSTANCE;
  }

  /**
   * The mean of {@code f} over the elements, empty if there are none. Like {@code
   * Collectors.averagingDouble}, which gives {@code 0} instead of empty.
   *
   * <pre>{@code
   * OptionalDouble r = Fold.of("a", "bb", "ccc").reduce(Reducers.averaging(String::length));
   * // OptionalDouble[2.0]
   * }</pre>
   *
   * @see java.util.stream.Collectors#averagingDouble(java.util.function.ToDoubleFunction)
   * @see java.util.stream.DoubleStream#average()
   */
  public static <T> Reducer<T, ?, OptionalDouble> averaging(ToDouble<? super T> f) {
    Objects.requireNonNull(f, "f");
    return new FnReducer<T, DoubleStatsCell, OptionalDouble>(
        DoubleStatsCell::new,
        (a, t) -> {
          a.accept(f.applyAsDouble(t));
          return a;
        },
        DoubleStatsCell::merge,
        a -> a.count == 0 ? OptionalDouble.empty() : OptionalDouble.of(a.average()));
  }

  // ---- extremes and searches -----------------------------------------------------------------

  /**
   * The least element by {@code order} (the first of equals), if any. Same as {@code Stream.min}.
   *
   * <pre>{@code
   * Optional<String> r =
   *     Fold.of("bb", "a", "c").reduce(Reducers.min(Cmp.comparing(String::length))); // Optional[a]
   * }</pre>
   *
   * @see java.util.stream.Stream#min(java.util.Comparator)
   * @see java.util.stream.Collectors#minBy(java.util.Comparator)
   */
  public static <T> Reducer<T, ?, Optional<T>> min(Comparator<? super T> order) {
    return min(Reducers.<T>serializable(order));
  }

  /** {@link #min(Comparator)} with a serializable order: lambdas land here. */
  public static <T> Reducer<T, ?, Optional<T>> min(Cmp<? super T> order) {
    Objects.requireNonNull(order, "order");
    return reducing((a, b) -> order.compare(b, a) < 0 ? b : a);
  }

  /**
   * The greatest element by {@code order} (the first of equals), if any. Same as {@code
   * Stream.max}.
   *
   * <pre>{@code
   * Optional<String> r =
   *     Fold.of("a", "bb", "cc").reduce(Reducers.max(Cmp.comparing(String::length)));
   * // Optional[bb]
   * }</pre>
   *
   * @see java.util.stream.Stream#max(java.util.Comparator)
   * @see java.util.stream.Collectors#maxBy(java.util.Comparator)
   */
  public static <T> Reducer<T, ?, Optional<T>> max(Comparator<? super T> order) {
    return max(Reducers.<T>serializable(order));
  }

  /** {@link #max(Comparator)} with a serializable order: lambdas land here. */
  public static <T> Reducer<T, ?, Optional<T>> max(Cmp<? super T> order) {
    Objects.requireNonNull(order, "order");
    return reducing((a, b) -> order.compare(b, a) > 0 ? b : a);
  }

  /**
   * The first element, if any; stops at once. Same as {@code Stream.findFirst()}, and like it
   * throws {@code NullPointerException} if the first element is null.
   *
   * <pre>{@code
   * Optional<Integer> r = Fold.of(1, 2, 3).parallel().reduce(Reducers.first()); // Optional[1]
   * }</pre>
   *
   * @see java.util.stream.Stream#findFirst()
   */
  @SuppressWarnings("unchecked")
  public static <T> Reducer<T, ?, Optional<T>> first() {
    return (Reducer<T, ?, Optional<T>>) (Reducer<?, ?, ?>) First.INSTANCE;
  }

  /**
   * The last element, if any (null elements throw, as in {@link #first()}). Like {@code
   * Stream.reduce((a, b) -> b)}.
   *
   * <pre>{@code
   * Optional<Integer> r = Fold.of(1, 2, 3).parallel().reduce(Reducers.last()); // Optional[3]
   * }</pre>
   */
  public static <T> Reducer<T, ?, Optional<T>> last() {
    return new FnReducer<T, Box<T>, Optional<T>>(
        Box::new,
        (a, t) -> {
          a.has = true;
          a.value = t;
          return a;
        },
        (l, r) -> r.has ? r : l,
        a -> a.has ? Optional.of(a.value) : Optional.empty());
  }

  /**
   * Whether any element passes {@code test}; stops at the first that does. Same as {@code
   * Stream.anyMatch}.
   *
   * <pre>{@code
   * boolean r = Fold.of(1, 2, 3).reduce(Reducers.anyMatch(x -> x > 2)); // true
   * }</pre>
   *
   * @see java.util.stream.Stream#anyMatch(java.util.function.Predicate)
   */
  public static <T> Reducer<T, ?, Boolean> anyMatch(Pred<? super T> test) {
    return new Match<>(Objects.requireNonNull(test, "test"), true);
  }

  /**
   * Whether any unboxed {@code long} passes {@code test}; stops at the first that does (found =
   * {@code true}), or, with {@code passWhen == false}, at the first that fails. With {@code true}
   * it is {@code LongStream.anyMatch(test)}; with {@code false}, {@code
   * !LongStream.allMatch(test)}.
   *
   * <pre>{@code
   * boolean found = Fold.range(0, 10).reduce(Reducers.anyLong(x -> x > 8, true)); // true
   * boolean failed = Fold.range(0, 10).reduce(Reducers.anyLong(x -> x < 10, false)); // false
   * }</pre>
   *
   * @see java.util.stream.LongStream#anyMatch(java.util.function.LongPredicate)
   * @see java.util.stream.LongStream#allMatch(java.util.function.LongPredicate)
   */
  public static LongReducer<?, Boolean> anyLong(dev.parafold.fn.LongPred test, boolean passWhen) {
    return new LongMatch(Objects.requireNonNull(test, "test"), passWhen);
  }

  /**
   * The first unboxed {@code long}, if any; stops at once. Same as {@code LongStream.findFirst()}.
   *
   * <pre>{@code
   * OptionalLong r = Fold.range(5, 10).reduce(Reducers.firstLong()); // OptionalLong[5]
   * }</pre>
   *
   * @see java.util.stream.LongStream#findFirst()
   */
  public static LongReducer<?, OptionalLong> firstLong() {
    return new LongFirst();
  }

  /**
   * Whether every element passes {@code test}; stops at the first that fails. Same as {@code
   * Stream.allMatch}.
   *
   * <pre>{@code
   * boolean r = Fold.of(2, 4, 5).reduce(Reducers.allMatch(x -> x % 2 == 0)); // false
   * }</pre>
   *
   * @see java.util.stream.Stream#allMatch(java.util.function.Predicate)
   */
  public static <T> Reducer<T, ?, Boolean> allMatch(Pred<? super T> test) {
    Objects.requireNonNull(test, "test");
    Reducer<T, ?, Boolean> failing = new Match<T>(t -> !test.test(t), true);
    return new Mapped<>(failing, found -> !found);
  }

  /**
   * Whether no element passes {@code test}; stops at the first that does. Same as {@code
   * Stream.noneMatch}.
   *
   * <pre>{@code
   * boolean r = Fold.of(1, 3).reduce(Reducers.noneMatch(x -> x % 2 == 0)); // true
   * }</pre>
   *
   * @see java.util.stream.Stream#noneMatch(java.util.function.Predicate)
   */
  public static <T> Reducer<T, ?, Boolean> noneMatch(Pred<? super T> test) {
    return new Mapped<>(anyMatch(test), found -> !found);
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
    return topK(n, Reducers.<T>serializable(order));
  }

  /** {@link #topK(int, Comparator)} with a serializable order: lambdas land here. */
  public static <T> Reducer<T, ?, java.util.List<T>> topK(int n, Cmp<? super T> order) {
    if (n < 0) {
      throw new IllegalArgumentException("topK: n must be >= 0, was " + n);
    }
    return new TopK<>(n, Objects.requireNonNull(order, "order"));
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
    return new SortedList<>(
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
    return (Reducer<T, ?, java.util.List<T>>) (Reducer<?, ?, ?>) ToList.INSTANCE;
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
    return new FnReducer<T, Set<T>, Set<T>>(
        HashSet::new,
        (a, t) -> {
          a.add(t);
          return a;
        },
        (l, r) -> {
          if (l.size() < r.size()) {
            r.addAll(l);
            return r;
          }
          l.addAll(r);
          return l;
        },
        a -> a);
  }

  /**
   * Collects into a map (insertion ordered); a duplicate key throws {@code IllegalStateException}
   * naming the key, as {@code Collectors.toMap(k, v)} does.
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
    return toMap(
        key,
        value,
        (a, b) -> {
          throw new IllegalStateException("toMap: duplicate key (values " + a + " and " + b + ")");
        });
  }

  /**
   * Collects into a map (insertion ordered), merging the values of equal keys with {@code merge}
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
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(merge, "merge");
    return new FnReducer<T, Map<K, V>, Map<K, V>>(
        LinkedHashMap::new,
        (a, t) -> {
          a.merge(key.apply(t), value.apply(t), merge);
          return a;
        },
        (l, r) -> {
          r.forEach((k, v) -> l.merge(k, v, merge));
          return l;
        },
        a -> a);
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
    String sep = Objects.requireNonNull(separator, "separator").toString();
    String pre = Objects.requireNonNull(prefix, "prefix").toString();
    String suf = Objects.requireNonNull(suffix, "suffix").toString();
    return new FnReducer<T, Joiner, String>(
        Joiner::new,
        (a, t) -> a.add(String.valueOf(t), sep),
        (l, r) -> l.merge(r, sep),
        a -> pre + a.sb + suf);
  }

  // ---- grouping ------------------------------------------------------------------------------

  /**
   * Groups elements by {@code key} and folds each group with {@code downstream}; keys in order of
   * first appearance. Same as {@code Collectors.groupingBy(key, LinkedHashMap::new, downstream)}.
   *
   * <pre>{@code
   * Map<Integer, Long> r = Fold.of("a", "bb", "c")
   *     .reduce(Reducers.groupBy(String::length, Reducers.count())); // {1=2, 2=1}
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function,
   *     java.util.function.Supplier, java.util.stream.Collector)
   */
  public static <T, K, A, R> Reducer<T, ?, Map<K, R>> groupBy(
      Fn<? super T, ? extends K> key, Reducer<? super T, A, R> downstream) {
    return groupBy(key, downstream, StateBudget.unlimited());
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
    return new GroupBy<>(
        Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(downstream, "downstream"),
        Objects.requireNonNull(budget, "budget"),
        "groupBy");
  }

  /**
   * Groups elements by {@code key} into lists, keys in order of first appearance. Same as {@code
   * Collectors.groupingBy(key)} with a {@code LinkedHashMap}.
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
   * Counts elements per key, keys in order of first appearance. Same as {@code
   * Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting())}.
   *
   * <pre>{@code
   * Map<Integer, Long> r =
   *     Fold.of("a", "bb", "c").reduce(Reducers.countBy(String::length)); // {1=2, 2=1}
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function,
   *     java.util.function.Supplier, java.util.stream.Collector)
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
    return new GroupBy<T, K, LongCell, Long>(
        Objects.requireNonNull(key, "key"),
        Count.INSTANCE,
        Objects.requireNonNull(budget, "budget"),
        "countBy");
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
        new GroupBy<T, Boolean, A, R>(test::test, downstream, StateBudget.unlimited(), "partition");
    return new Mapped<>(
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
    return new Mapped<>(
        Objects.requireNonNull(r, "r"), Objects.requireNonNull(finisher, "finisher"));
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
    Reducer<T, Object[], Object[]> t = new Tee<>(java.util.Arrays.asList(a, b));
    return new Mapped<>(t, r -> Tuple.of(cast(r[0]), cast(r[1])));
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
    Reducer<T, Object[], Object[]> t = new Tee<>(java.util.Arrays.asList(a, b, c));
    return new Mapped<>(t, r -> Tuple.of(cast(r[0]), cast(r[1]), cast(r[2])));
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
    Reducer<T, Object[], Object[]> t = new Tee<>(Objects.requireNonNull(reducers, "reducers"));
    return new Mapped<>(t, r -> Collections.unmodifiableList(java.util.Arrays.asList(r)));
  }

  // ---- vavr results --------------------------------------------------------------------------

  /**
   * Collects into a vavr {@code Vector} (persistent; cheap concatenation).
   *
   * <pre>{@code
   * Vector<Integer> r = Fold.of(1, 2, 3).reduce(Reducers.toVector()); // Vector(1, 2, 3)
   * }</pre>
   */
  public static <T> Reducer<T, ?, io.vavr.collection.Vector<T>> toVector() {
    return new FnReducer<T, ArrayList<T>, io.vavr.collection.Vector<T>>(
        ArrayList::new,
        (a, t) -> {
          ListCap.add("toVector", a, t);
          return a;
        },
        (l, r) -> ListCap.addAll("toVector", l, r),
        io.vavr.collection.Vector::ofAll);
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
    return mapResult(toMap(key, value, merge), io.vavr.collection.LinkedHashMap::ofAll);
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
    Objects.requireNonNull(downstream, "downstream");
    Reducer<io.vavr.control.Try<T>, Object[], Object[]> both =
        new Tee<>(
            java.util.List.of(
                new FilterSuccess<T, A, R>(downstream),
                new FnReducer<io.vavr.control.Try<T>, ArrayList<Throwable>, ArrayList<Throwable>>(
                    ArrayList::new,
                    (a, t) -> {
                      if (t.isFailure()) {
                        a.add(t.getCause());
                      }
                      return a;
                    },
                    (l, r) -> {
                      l.addAll(r);
                      return l;
                    },
                    a -> a)));
    return new Mapped<>(
        both,
        r -> {
          java.util.List<Throwable> errors = cast(r[1]);
          return errors.isEmpty()
              ? io.vavr.control.Either.<java.util.List<Throwable>, R>right(cast(r[0]))
              : io.vavr.control.Either.<java.util.List<Throwable>, R>left(errors);
        });
  }

  /** Passes the values of successful {@code Try}s downstream. */
  static final class FilterSuccess<T, A, R>
      extends ForwardingReducer<io.vavr.control.Try<T>, T, A, R> {
    private static final long serialVersionUID = 1L;

    FilterSuccess(Reducer<? super T, A, R> down) {
      super(down);
    }

    @Override
    public A init(long offset) {
      return down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
    }

    @Override
    public A step(A acc, io.vavr.control.Try<T> t) {
      return t.isSuccess() ? down.step(acc, t.get()) : acc;
    }
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
    return new CollectorReducer<>(Objects.requireNonNull(collector, "collector"));
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
    Objects.requireNonNull(r, "r");
    return Collector.of(
        r::init,
        (a, t) -> {
          A next = r.step(a, t);
          if (next != a) {
            throw new IllegalStateException(
                "Reducers.toCollector("
                    + r.describe()
                    + "): step returned a new accumulator, but a Collector's accumulator must"
                    + " change the one it is given; fold with Fold.reduce instead, or use a"
                    + " mutable accumulator (a long[1] rather than a Long)");
          }
        },
        r::combine,
        r::complete);
  }

  /**
   * A {@code Cmp} view of {@code order}, serializable exactly when {@code order} is (a {@code Cmp}
   * is returned as is), so the Spark pre-check names the comparator if it is not.
   */
  @SuppressWarnings("unchecked")
  static <T> Cmp<? super T> serializable(Comparator<? super T> order) {
    Objects.requireNonNull(order, "order");
    if (order instanceof Cmp) {
      return (Cmp<? super T>) order;
    }
    Comparator<Object> o = (Comparator<Object>) order;
    return (Cmp<Object>) o::compare;
  }

  @SuppressWarnings("unchecked")
  static <X> X cast(Object o) {
    return (X) o;
  }

  // =============================================================================================
  // implementations

  /** A reducer from four functions. */
  static final class FnReducer<T, A, R> implements Reducer<T, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn0<A> init;
    private final Fn2<A, ? super T, A> step;
    private final BinOp<A> combine;
    private final Fn<A, R> complete;

    FnReducer(Fn0<A> init, Fn2<A, ? super T, A> step, BinOp<A> combine, Fn<A, R> complete) {
      this.init = Objects.requireNonNull(init, "init");
      this.step = Objects.requireNonNull(step, "step");
      this.combine = Objects.requireNonNull(combine, "combine");
      this.complete = Objects.requireNonNull(complete, "complete");
    }

    @Override
    public A init() {
      return init.get();
    }

    @Override
    public A step(A acc, T t) {
      return step.apply(acc, t);
    }

    @Override
    public A combine(A left, A right) {
      return combine.apply(left, right);
    }

    @Override
    public R complete(A acc) {
      return complete.apply(acc);
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "Reducers.of";
    }
  }

  /** A reducer with a finishing function on its result. */
  static final class Mapped<T, A, R, S> implements Reducer<T, A, S> {
    private static final long serialVersionUID = 1L;
    private final Reducer<T, A, R> r;
    private final Fn<? super R, ? extends S> finisher;

    @SuppressWarnings("unchecked")
    Mapped(Reducer<T, ?, R> r, Fn<? super R, ? extends S> finisher) {
      this.r = (Reducer<T, A, R>) r;
      this.finisher = finisher;
    }

    @Override
    public A init() {
      return r.init();
    }

    @Override
    public A init(long offset) {
      return r.init(offset);
    }

    @Override
    public A step(A acc, T t) {
      return r.step(acc, t);
    }

    @Override
    public A combine(A left, A right) {
      return r.combine(left, right);
    }

    @Override
    public S complete(A acc) {
      return finisher.apply(r.complete(acc));
    }

    @Override
    public boolean isDone(A acc) {
      return r.isDone(acc);
    }

    @Override
    public boolean mayStop() {
      return r.mayStop();
    }

    @Override
    public Strategy strategy() {
      return r.strategy();
    }

    @Override
    public String describe() {
      return r.describe();
    }
  }

  /** Counts elements. */
  static final class Count implements Reducer<Object, LongCell, Long> {
    private static final long serialVersionUID = 1L;
    static final Count INSTANCE = new Count();

    @Override
    public LongCell init() {
      return new LongCell(0);
    }

    @Override
    public LongCell step(LongCell acc, Object t) {
      acc.value++;
      return acc;
    }

    @Override
    public LongCell combine(LongCell left, LongCell right) {
      left.value += right.value;
      return left;
    }

    @Override
    public Long complete(LongCell acc) {
      return acc.value;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "count";
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** Counts unboxed longs. */
  static final class LongCount implements LongReducer<LongCell, Long> {
    private static final long serialVersionUID = 1L;
    static final LongCount INSTANCE = new LongCount();

    @Override
    public LongCell init() {
      return new LongCell(0);
    }

    @Override
    public LongCell stepLong(LongCell acc, long x) {
      acc.value++;
      return acc;
    }

    @Override
    public LongCell combine(LongCell left, LongCell right) {
      left.value += right.value;
      return left;
    }

    @Override
    public Long complete(LongCell acc) {
      return acc.value;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "count";
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** Sums a long-valued function. */
  static final class SumLong<T> implements Reducer<T, LongCell, Long> {
    private static final long serialVersionUID = 1L;
    private final ToLong<? super T> f;

    SumLong(ToLong<? super T> f) {
      this.f = f;
    }

    @Override
    public LongCell init() {
      return new LongCell(0);
    }

    @Override
    public LongCell step(LongCell acc, T t) {
      acc.value += f.applyAsLong(t);
      return acc;
    }

    @Override
    public LongCell combine(LongCell left, LongCell right) {
      left.value += right.value;
      return left;
    }

    @Override
    public Long complete(LongCell acc) {
      return acc.value;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "sum";
    }
  }

  /** Sums unboxed longs. */
  static final class SumLongs implements LongReducer<LongCell, Long> {
    private static final long serialVersionUID = 1L;
    static final SumLongs INSTANCE = new SumLongs();

    @Override
    public LongCell init() {
      return new LongCell(0);
    }

    @Override
    public LongCell stepLong(LongCell acc, long x) {
      acc.value += x;
      return acc;
    }

    @Override
    public LongCell combine(LongCell left, LongCell right) {
      left.value += right.value;
      return left;
    }

    @Override
    public Long complete(LongCell acc) {
      return acc.value;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "sum";
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** Sums unboxed doubles with compensation. */
  static final class SumDoubles implements DoubleReducer<DoubleSum, Double> {
    private static final long serialVersionUID = 1L;
    static final SumDoubles INSTANCE = new SumDoubles();

    @Override
    public DoubleSum init() {
      return new DoubleSum();
    }

    @Override
    public DoubleSum stepDouble(DoubleSum acc, double x) {
      acc.add(x);
      return acc;
    }

    @Override
    public DoubleSum combine(DoubleSum left, DoubleSum right) {
      return left.merge(right);
    }

    @Override
    public Double complete(DoubleSum acc) {
      return acc.value();
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "sum";
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** Min or max of unboxed longs. */
  static final class LongExtreme implements LongReducer<long[], OptionalLong> {
    private static final long serialVersionUID = 1L;
    private final boolean min;

    LongExtreme(boolean min) {
      this.min = min;
    }

    /** {@code [count, value]}. */
    @Override
    public long[] init() {
      return new long[2];
    }

    @Override
    public long[] stepLong(long[] acc, long x) {
      if (acc[0]++ == 0 || (min ? x < acc[1] : x > acc[1])) {
        acc[1] = x;
      }
      return acc;
    }

    @Override
    public long[] combine(long[] left, long[] right) {
      if (right[0] == 0) {
        return left;
      }
      if (left[0] == 0) {
        return right;
      }
      left[0] += right[0];
      left[1] = min ? Math.min(left[1], right[1]) : Math.max(left[1], right[1]);
      return left;
    }

    @Override
    public OptionalLong complete(long[] acc) {
      return acc[0] == 0 ? OptionalLong.empty() : OptionalLong.of(acc[1]);
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return min ? "min" : "max";
    }
  }

  /** Long summary statistics, in a serializable accumulator. */
  static final class LongStats implements LongReducer<LongStatsCell, LongSummaryStatistics> {
    private static final long serialVersionUID = 1L;
    static final LongStats INSTANCE = new LongStats();

    @Override
    public LongStatsCell init() {
      return new LongStatsCell();
    }

    @Override
    public LongStatsCell stepLong(LongStatsCell acc, long x) {
      acc.accept(x);
      return acc;
    }

    @Override
    public LongStatsCell combine(LongStatsCell left, LongStatsCell right) {
      return left.merge(right);
    }

    @Override
    public LongSummaryStatistics complete(LongStatsCell acc) {
      return acc.toStatistics();
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "summaryStatistics";
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** Double summary statistics, in a serializable accumulator. */
  static final class DoubleStats
      implements DoubleReducer<DoubleStatsCell, DoubleSummaryStatistics> {
    private static final long serialVersionUID = 1L;
    static final DoubleStats INSTANCE = new DoubleStats();

    @Override
    public DoubleStatsCell init() {
      return new DoubleStatsCell();
    }

    @Override
    public DoubleStatsCell stepDouble(DoubleStatsCell acc, double x) {
      acc.accept(x);
      return acc;
    }

    @Override
    public DoubleStatsCell combine(DoubleStatsCell left, DoubleStatsCell right) {
      return left.merge(right);
    }

    @Override
    public DoubleSummaryStatistics complete(DoubleStatsCell acc) {
      return acc.toStatistics();
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "summaryStatistics";
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** The first element; done as soon as it has one. */
  static final class First implements Reducer<Object, Box<Object>, Optional<Object>> {
    private static final long serialVersionUID = 1L;
    static final First INSTANCE = new First();

    @Override
    public Box<Object> init() {
      return new Box<>();
    }

    @Override
    public Box<Object> step(Box<Object> acc, Object t) {
      if (!acc.has) {
        acc.has = true;
        acc.value = t;
      }
      return acc;
    }

    @Override
    public Box<Object> combine(Box<Object> left, Box<Object> right) {
      return left.has ? left : right;
    }

    @Override
    public Optional<Object> complete(Box<Object> acc) {
      if (!acc.has) {
        return Optional.empty();
      }
      return Optional.of(
          Objects.requireNonNull(
              acc.value, "first: the first element is null (Optional cannot hold it)"));
    }

    @Override
    public boolean isDone(Box<Object> acc) {
      return acc.has;
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "first";
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** Whether any element passes; done at the first that does. */
  static final class Match<T> implements Reducer<T, boolean[], Boolean> {
    private static final long serialVersionUID = 1L;
    private final Pred<? super T> test;
    private final boolean stop;

    Match(Pred<? super T> test, boolean stop) {
      this.test = test;
      this.stop = stop;
    }

    @Override
    public boolean[] init() {
      return new boolean[1];
    }

    @Override
    public boolean[] step(boolean[] acc, T t) {
      if (!acc[0] && test.test(t)) {
        acc[0] = true;
      }
      return acc;
    }

    @Override
    public boolean[] combine(boolean[] left, boolean[] right) {
      left[0] |= right[0];
      return left;
    }

    @Override
    public Boolean complete(boolean[] acc) {
      return acc[0];
    }

    @Override
    public boolean isDone(boolean[] acc) {
      return stop && acc[0];
    }

    @Override
    public boolean mayStop() {
      return stop;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "anyMatch";
    }
  }

  /** Finds a {@code long} whose test result equals {@code passWhen}, unboxed. */
  static final class LongMatch implements LongReducer<boolean[], Boolean> {
    private static final long serialVersionUID = 1L;
    private final dev.parafold.fn.LongPred test;
    private final boolean passWhen;

    LongMatch(dev.parafold.fn.LongPred test, boolean passWhen) {
      this.test = test;
      this.passWhen = passWhen;
    }

    @Override
    public boolean[] init() {
      return new boolean[1];
    }

    @Override
    public boolean[] stepLong(boolean[] acc, long x) {
      if (!acc[0] && test.test(x) == passWhen) {
        acc[0] = true;
      }
      return acc;
    }

    @Override
    public boolean[] combine(boolean[] left, boolean[] right) {
      left[0] |= right[0];
      return left;
    }

    @Override
    public Boolean complete(boolean[] acc) {
      return acc[0];
    }

    @Override
    public boolean isDone(boolean[] acc) {
      return acc[0];
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "anyMatch";
    }
  }

  /** The first {@code long}, unboxed: {@code [has, value]}. */
  static final class LongFirst implements LongReducer<long[], OptionalLong> {
    private static final long serialVersionUID = 1L;

    @Override
    public long[] init() {
      return new long[2];
    }

    @Override
    public long[] stepLong(long[] acc, long x) {
      if (acc[0] == 0) {
        acc[0] = 1;
        acc[1] = x;
      }
      return acc;
    }

    @Override
    public long[] combine(long[] left, long[] right) {
      return left[0] != 0 ? left : right;
    }

    @Override
    public OptionalLong complete(long[] acc) {
      return acc[0] != 0 ? OptionalLong.of(acc[1]) : OptionalLong.empty();
    }

    @Override
    public boolean isDone(long[] acc) {
      return acc[0] != 0;
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "findFirst";
    }
  }

  /** A growing list. */
  static final class ToList implements Reducer<Object, ArrayList<Object>, java.util.List<Object>> {
    private static final long serialVersionUID = 1L;
    static final ToList INSTANCE = new ToList();

    @Override
    public ArrayList<Object> init() {
      return new ArrayList<>();
    }

    @Override
    public ArrayList<Object> step(ArrayList<Object> acc, Object t) {
      ListCap.add("toList", acc, t);
      return acc;
    }

    @Override
    public ArrayList<Object> combine(ArrayList<Object> left, ArrayList<Object> right) {
      if (left.isEmpty()) {
        return right;
      }
      return ListCap.addAll("toList", left, right);
    }

    @Override
    public java.util.List<Object> complete(ArrayList<Object> acc) {
      return acc;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "toList";
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** String joining with the separator placed only between elements. */
  static final class Joiner implements Serializable {
    private static final long serialVersionUID = 1L;
    final StringBuilder sb = new StringBuilder();
    boolean any;

    Joiner add(String s, String sep) {
      if (any) {
        sb.append(sep);
      }
      sb.append(s);
      any = true;
      return this;
    }

    Joiner merge(Joiner r, String sep) {
      if (!r.any) {
        return this;
      }
      if (any) {
        sb.append(sep);
      }
      sb.append(r.sb);
      any = true;
      return this;
    }
  }

  /** Per-key downstream accumulators. */
  static final class GroupBy<T, K, A, R> implements Reducer<T, LinkedHashMap<K, A>, Map<K, R>> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends K> key;
    private final Reducer<? super T, A, R> down;
    private final boolean mayStop;
    private final StateBudget budget;
    private final String name;

    GroupBy(
        Fn<? super T, ? extends K> key,
        Reducer<? super T, A, R> down,
        StateBudget budget,
        String name) {
      this.key = key;
      this.down = down;
      this.mayStop = down.mayStop();
      this.budget = budget;
      this.name = name;
    }

    @Override
    public LinkedHashMap<K, A> init() {
      return new LinkedHashMap<>();
    }

    @Override
    public LinkedHashMap<K, A> step(LinkedHashMap<K, A> acc, T t) {
      K k = key.apply(t);
      A a = acc.get(k);
      if (a == null && !acc.containsKey(k)) {
        budget.check(name, acc.size() + 1L);
        a = down.init();
        acc.put(k, a);
      }
      if (!mayStop || !down.isDone(a)) {
        A next = down.step(a, t);
        if (next != a) {
          acc.put(k, next); // immutable accumulators; mutable ones (the usual case) skip this
        }
      }
      return acc;
    }

    @Override
    public LinkedHashMap<K, A> combine(LinkedHashMap<K, A> left, LinkedHashMap<K, A> right) {
      for (Map.Entry<K, A> e : right.entrySet()) {
        A l = left.get(e.getKey());
        if (l == null && !left.containsKey(e.getKey())) {
          budget.check(name, left.size() + 1L);
        }
        left.put(
            e.getKey(),
            l == null ? e.getValue() : down.isDone(l) ? l : down.combine(l, e.getValue()));
      }
      return left;
    }

    @Override
    public Map<K, R> complete(LinkedHashMap<K, A> acc) {
      Map<K, R> out = new LinkedHashMap<>(Math.max(16, acc.size() * 2));
      for (Map.Entry<K, A> e : acc.entrySet()) {
        out.put(e.getKey(), down.complete(e.getValue()));
      }
      return out;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE.max(down.strategy());
    }

    @Override
    public String describe() {
      return "groupBy(" + down.describe() + ")";
    }
  }

  /**
   * A stable merge sort as a reducer. The accumulator is a stack of sorted runs in encounter order
   * (sizes strictly decreasing from the bottom) and an unsorted tail that steps append to. {@code
   * combine} sorts both tails into runs and pushes the right side's runs onto the left's, merging
   * the top two while the lower is not larger (TimSort's rule): only adjacent runs merge, the left
   * winning ties, so the sort is stable, and every element is merged O(log n) times whatever the
   * shape of the split tree (a left-deep tree of iterator batches included).
   */
  static final class SortedList<T> implements Reducer<T, SortedList.Runs<T>, java.util.List<T>> {
    private static final long serialVersionUID = 1L;
    private final Cmp<? super T> order;
    private final StateBudget budget;
    private final String name;
    private final boolean natural;

    SortedList(Cmp<? super T> order, StateBudget budget, String name) {
      this.order = order;
      this.budget = budget;
      this.name = name;
      this.natural = order == Cmp.natural();
    }

    /** Per-chunk state. */
    static final class Runs<T> implements Serializable {
      private static final long serialVersionUID = 1L;
      final ArrayList<ArrayList<T>> runs = new ArrayList<>();
      ArrayList<T> tail = new ArrayList<>();
      long size;
    }

    @Override
    public Runs<T> init() {
      return new Runs<>();
    }

    @Override
    public Runs<T> step(Runs<T> acc, T t) {
      if (natural && t == null) {
        throw new NullPointerException(
            name
                + ": null element in natural order; pass a comparator that orders nulls (a Cmp"
                + " lambda) or filter them out first");
      }
      budget.checkElements(name, acc.size + 1);
      ListCap.check(name, acc.size + 1);
      acc.tail.add(t);
      acc.size++;
      return acc;
    }

    @Override
    public Runs<T> combine(Runs<T> left, Runs<T> right) {
      if (right.size == 0) {
        return left;
      }
      if (left.size == 0) {
        return right;
      }
      budget.checkElements(name, left.size + right.size);
      ListCap.check(name, left.size + right.size);
      seal(left);
      seal(right);
      for (ArrayList<T> run : right.runs) {
        push(left, run);
      }
      left.size += right.size;
      return left;
    }

    @Override
    public java.util.List<T> complete(Runs<T> acc) {
      seal(acc);
      ArrayList<ArrayList<T>> runs = acc.runs;
      while (runs.size() > 1) {
        mergeTop(runs);
      }
      return runs.isEmpty() ? new ArrayList<>() : runs.get(0);
    }

    private void seal(Runs<T> acc) {
      if (!acc.tail.isEmpty()) {
        ArrayList<T> run = acc.tail;
        acc.tail = new ArrayList<>();
        run.sort(order);
        push(acc, run);
      }
    }

    private void push(Runs<T> acc, ArrayList<T> run) {
      ArrayList<ArrayList<T>> runs = acc.runs;
      runs.add(run);
      while (runs.size() > 1
          && runs.get(runs.size() - 2).size() <= runs.get(runs.size() - 1).size()) {
        mergeTop(runs);
      }
    }

    /** Merges the top two runs (adjacent in encounter order), the lower one winning ties. */
    private void mergeTop(ArrayList<ArrayList<T>> runs) {
      ArrayList<T> b = runs.remove(runs.size() - 1);
      ArrayList<T> a = runs.get(runs.size() - 1);
      ArrayList<T> out = new ArrayList<>(a.size() + b.size());
      int i = 0;
      int j = 0;
      while (i < a.size() && j < b.size()) {
        if (order.compare(b.get(j), a.get(i)) < 0) {
          out.add(b.get(j++));
        } else {
          out.add(a.get(i++));
        }
      }
      out.addAll(a.subList(i, a.size()));
      out.addAll(b.subList(j, b.size()));
      runs.set(runs.size() - 1, out);
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return name;
    }
  }

  /** The n greatest, stable on ties (earlier wins). */
  static final class TopK<T> implements Reducer<T, ArrayList<T>, java.util.List<T>> {
    private static final long serialVersionUID = 1L;
    private final int n;
    private final Cmp<? super T> order;

    TopK(int n, Cmp<? super T> order) {
      this.n = n;
      this.order = order;
    }

    @Override
    public ArrayList<T> init() {
      return new ArrayList<>();
    }

    /** Position after every element that is greater than or equal to {@code t}. */
    private int slot(ArrayList<T> acc, T t) {
      int lo = 0;
      int hi = acc.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (order.compare(acc.get(mid), t) >= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    @Override
    public ArrayList<T> step(ArrayList<T> acc, T t) {
      if (acc.size() == n && (n == 0 || order.compare(acc.get(n - 1), t) >= 0)) {
        return acc;
      }
      acc.add(slot(acc, t), t);
      if (acc.size() > n) {
        acc.remove(acc.size() - 1);
      }
      return acc;
    }

    @Override
    public ArrayList<T> combine(ArrayList<T> left, ArrayList<T> right) {
      ArrayList<T> out = new ArrayList<>(Math.min(n, left.size() + right.size()));
      int i = 0;
      int j = 0;
      while (out.size() < n && (i < left.size() || j < right.size())) {
        if (j >= right.size()
            || (i < left.size() && order.compare(left.get(i), right.get(j)) >= 0)) {
          out.add(left.get(i++));
        } else {
          out.add(right.get(j++));
        }
      }
      return out;
    }

    @Override
    public java.util.List<T> complete(ArrayList<T> acc) {
      return acc;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "topK(" + n + ")";
    }
  }

  /** Several reducers over the same elements. */
  static final class Tee<T> implements Reducer<T, Object[], Object[]> {
    private static final long serialVersionUID = 1L;
    private final java.util.List<Reducer<? super T, Object, ?>> rs;
    private final boolean mayStop;

    @SuppressWarnings("unchecked")
    Tee(java.util.List<? extends Reducer<? super T, ?, ?>> reducers) {
      java.util.List<Reducer<? super T, Object, ?>> copy = new ArrayList<>();
      boolean stop = true;
      for (Reducer<? super T, ?, ?> r : reducers) {
        copy.add((Reducer<? super T, Object, ?>) Objects.requireNonNull(r, "reducer"));
        stop &= r.mayStop();
      }
      this.rs = java.util.List.copyOf(copy);
      this.mayStop = stop && !rs.isEmpty();
    }

    @Override
    public Object[] init() {
      return init(0);
    }

    @Override
    public Object[] init(long offset) {
      Object[] a = new Object[rs.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = rs.get(i).init(offset);
      }
      return a;
    }

    @Override
    public Object[] step(Object[] acc, T t) {
      for (int i = 0; i < acc.length; i++) {
        Reducer<? super T, Object, ?> r = rs.get(i);
        if (!r.isDone(acc[i])) {
          acc[i] = r.step(acc[i], t);
        }
      }
      return acc;
    }

    @Override
    public Object[] combine(Object[] left, Object[] right) {
      for (int i = 0; i < left.length; i++) {
        Reducer<? super T, Object, ?> r = rs.get(i);
        if (!r.isDone(left[i])) {
          left[i] = r.combine(left[i], right[i]);
        }
      }
      return left;
    }

    @Override
    public Object[] complete(Object[] acc) {
      Object[] out = new Object[acc.length];
      for (int i = 0; i < acc.length; i++) {
        out[i] = rs.get(i).complete(acc[i]);
      }
      return out;
    }

    @Override
    public boolean isDone(Object[] acc) {
      if (!mayStop) {
        return false;
      }
      for (int i = 0; i < acc.length; i++) {
        if (!rs.get(i).isDone(acc[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean mayStop() {
      return mayStop;
    }

    @Override
    public Strategy strategy() {
      Strategy s = Strategy.MERGEABLE;
      for (Reducer<? super T, Object, ?> r : rs) {
        s = s.max(r.strategy());
      }
      return s;
    }

    @Override
    public String describe() {
      StringBuilder sb = new StringBuilder("tee(");
      for (int i = 0; i < rs.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(rs.get(i).describe());
      }
      return sb.append(')').toString();
    }
  }

  /** A {@link Collector} seen as a reducer. */
  static final class CollectorReducer<T, A, R> implements Reducer<T, A, R> {
    private static final long serialVersionUID = 1L;
    private final Collector<T, A, R> c;

    CollectorReducer(Collector<T, A, R> c) {
      this.c = c;
    }

    @Override
    public A init() {
      return c.supplier().get();
    }

    @Override
    public A step(A acc, T t) {
      c.accumulator().accept(acc, t);
      return acc;
    }

    @Override
    public A combine(A left, A right) {
      return c.combiner().apply(left, right);
    }

    @Override
    @SuppressWarnings("unchecked")
    public R complete(A acc) {
      if (c.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
        return (R) acc;
      }
      return c.finisher().apply(acc);
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "collector";
    }
  }
}
