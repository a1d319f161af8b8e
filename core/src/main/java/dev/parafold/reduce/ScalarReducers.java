package dev.parafold.reduce;

import dev.parafold.fn.BinOp;
import dev.parafold.fn.Cmp;
import dev.parafold.fn.Pred;
import dev.parafold.fn.ToDouble;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.DownstreamReducers.Finishing;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The first half of the {@link Reducers} index: the reducers whose result is one value (a count, a
 * sum, a statistic, an extreme, a found element or a yes/no answer). Users call them as {@code
 * Reducers.count()} and so on; this class only keeps the index under the line limit of one file.
 */
abstract class ScalarReducers {
  ScalarReducers() {}

  // ---- reducing with an operator -------------------------------------------------------------

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
    return Reducing.withIdentity(identity, Objects.requireNonNull(op, "op"));
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
    return Reducing.optional("reducing", Objects.requireNonNull(op, "op"));
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
    return (Reducer<T, ?, Long>) (Reducer<?, ?, ?>) LongTally.Count.INSTANCE;
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
    return LongTally.CountLongs.INSTANCE;
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
    return new LongTally.SumOf<>(Objects.requireNonNull(f, "f"));
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
    return LongTally.SumLongs.INSTANCE;
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
    return Statistics.summingDouble(Objects.requireNonNull(f, "f"));
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
    return Statistics.sumDoubles();
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
    return new LongExtreme.Min();
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
    return new LongExtreme.Max();
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
    return Statistics.longStatistics();
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
    return Statistics.doubleStatistics();
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
    return Statistics.averaging(Objects.requireNonNull(f, "f"));
  }

  /**
   * The mean of {@code f} over the elements as a plain {@code double}, {@code 0.0} if there are
   * none: for groups, which are never empty. Same as {@code Collectors.averagingDouble}.
   *
   * <pre>{@code
   * Map<Integer, Double> r = Fold.of(1, 2, 3, 4)
   *     .reduce(Reducers.groupBy(x -> x % 2, Reducers.averagingDouble(x -> x))); // {0=3.0, 1=2.0}
   * }</pre>
   *
   * @see java.util.stream.Collectors#averagingDouble(java.util.function.ToDoubleFunction)
   */
  public static <T> Reducer<T, ?, Double> averagingDouble(ToDouble<? super T> f) {
    return Statistics.averagingDouble(Objects.requireNonNull(f, "f"));
  }

  /**
   * The mean of the {@code long} {@code f} over the elements as a plain {@code double} (the sum is
   * exact), {@code 0.0} if there are none. Same as {@code Collectors.averagingLong}.
   *
   * <pre>{@code
   * double r = Fold.of("a", "bb").reduce(Reducers.averagingLong(String::length)); // 1.5
   * }</pre>
   *
   * @see java.util.stream.Collectors#averagingLong(java.util.function.ToLongFunction)
   */
  public static <T> Reducer<T, ?, Double> averagingLong(ToLong<? super T> f) {
    return Statistics.averagingLong(Objects.requireNonNull(f, "f"));
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
    return min(Reducing.<T>serializable(order));
  }

  /** {@link #min(Comparator)} with a serializable order: lambdas land here. */
  public static <T> Reducer<T, ?, Optional<T>> min(Cmp<? super T> order) {
    return Reducing.extreme(order, true);
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
    return max(Reducing.<T>serializable(order));
  }

  /** {@link #max(Comparator)} with a serializable order: lambdas land here. */
  public static <T> Reducer<T, ?, Optional<T>> max(Cmp<? super T> order) {
    return Reducing.extreme(order, false);
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
    return (Reducer<T, ?, Optional<T>>) (Reducer<?, ?, ?>) Searches.First.INSTANCE;
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
    return Searches.last();
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
    return new Searches.Match<>(Objects.requireNonNull(test, "test"), true);
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
    return new Searches.MatchLong(Objects.requireNonNull(test, "test"), passWhen);
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
    return new Searches.FirstLong();
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
    return Finishing.of(new Searches.Match<T>(t -> !test.test(t), true), found -> !found);
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
    return Finishing.of(anyMatch(test), found -> !found);
  }
}
