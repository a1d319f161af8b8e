package dev.parafold.xf;

import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.DoubleToInt;
import dev.parafold.fn.DoubleToObj;
import dev.parafold.fn.IntEffect;
import dev.parafold.fn.IntFn;
import dev.parafold.fn.IntPred;
import dev.parafold.fn.IntToDouble;
import dev.parafold.fn.IntToLong;
import dev.parafold.fn.IntToObj;
import dev.parafold.fn.LongEffect;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongPred;
import dev.parafold.fn.LongToDouble;
import dev.parafold.fn.LongToInt;
import dev.parafold.fn.LongToObj;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Transducer;

/**
 * The primitive lanes of the transducer catalog: stages that take {@code int}, {@code long} or
 * {@code double} elements and step them unboxed ({@code IntFold}, {@code LongFold} and {@code
 * DoubleFold} use them). Stages from objects to a primitive lane ({@code mapToLong}, {@code
 * flatMapToInt}, ...) are in {@link Transducers}, as on {@code java.util.stream.Stream}. Every
 * entry is serializable and correct in parallel, as in {@link Transducers}.
 *
 * <pre>{@code
 * Transducer<Long, Long> evensSquared =
 *     PrimitiveTransducers.filterLongs(x -> x % 2 == 0)
 *         .andThen(PrimitiveTransducers.mapLongs(x -> x * x));
 * }</pre>
 *
 * @since 0.1
 */
public final class PrimitiveTransducers {
  private PrimitiveTransducers() {}

  // ---- int (on the long lane: elements are longs that fit an int) --------------------------

  /**
   * Maps {@code int}s, unboxed (an {@code int} pipeline runs on the {@code long} lane).
   *
   * <pre>{@code
   * int s = Fold.from(new int[] {1, 2, 3}).map(x -> x * x).sum(); // 14
   * }</pre>
   *
   * @see java.util.stream.IntStream#map
   */
  public static Transducer<Long, Long> mapInts(IntFn f) {
    return new IntStages.MapInts(f);
  }

  /**
   * Filters {@code int}s, unboxed.
   *
   * <pre>{@code
   * int s = Fold.from(new int[] {1, 2, 3}).filter(x -> x > 1).sum(); // 5
   * }</pre>
   *
   * @see java.util.stream.IntStream#filter
   */
  public static Transducer<Long, Long> filterInts(IntPred test) {
    return new IntStages.FilterInts(test);
  }

  /**
   * Runs an action on each {@code int}, unboxed.
   *
   * <pre>{@code
   * long n = Fold.from(new int[] {1, 2}).peek(x -> System.out.println(x)).count(); // 2
   * }</pre>
   *
   * @see java.util.stream.IntStream#peek
   */
  public static Transducer<Long, Long> peekInts(IntEffect action) {
    return new IntStages.PeekInts(action);
  }

  /**
   * Maps {@code int}s to objects.
   *
   * <pre>{@code
   * List<String> r = Fold.chars("ab").mapToObj(c -> "" + (char) c).toList(); // [a, b]
   * }</pre>
   *
   * @see java.util.stream.IntStream#mapToObj
   */
  public static <U> Transducer<Long, U> mapIntsToObj(IntToObj<? extends U> f) {
    return new IntStages.MapIntsToObj<>(f);
  }

  /**
   * Maps {@code int}s to {@code long}s, unboxed.
   *
   * <pre>{@code
   * long s = Fold.from(new int[] {1 << 30, 1 << 30}).mapToLong(x -> x * 2L).sum(); // 4294967296
   * }</pre>
   *
   * @see java.util.stream.IntStream#mapToLong
   */
  public static Transducer<Long, Long> mapIntsToLong(IntToLong f) {
    return new IntStages.MapIntsToLong(f);
  }

  /**
   * Maps {@code int}s to {@code double}s, unboxed.
   *
   * <pre>{@code
   * double s = Fold.from(new int[] {1, 2}).mapToDouble(x -> x / 2.0).sum(); // 1.5
   * }</pre>
   *
   * @see java.util.stream.IntStream#mapToDouble
   */
  public static Transducer<Long, Double> mapIntsToDouble(IntToDouble f) {
    return new IntStages.MapIntsToDouble(f);
  }

  // ---- long --------------------------------------------------------------------------------

  /**
   * Maps unboxed {@code long}s.
   *
   * <pre>{@code
   * long s = Fold.range(0, 4).map(x -> x * x).sum(); // 14
   * }</pre>
   *
   * @see java.util.stream.LongStream#map
   */
  public static Transducer<Long, Long> mapLongs(LongFn f) {
    return new LongStages.MapLongs(f);
  }

  /**
   * Filters unboxed {@code long}s.
   *
   * <pre>{@code
   * long s = Fold.range(0, 10).filter(x -> x % 2 == 0).sum(); // 20
   * }</pre>
   *
   * @see java.util.stream.LongStream#filter
   */
  public static Transducer<Long, Long> filterLongs(LongPred test) {
    return new LongStages.FilterLongs(test);
  }

  /**
   * Runs an action on unboxed {@code long}s.
   *
   * <pre>{@code
   * long n = Fold.range(0, 3).peek(x -> System.out.println(x)).count(); // 3
   * }</pre>
   *
   * @see java.util.stream.LongStream#peek
   */
  public static Transducer<Long, Long> peekLongs(LongEffect action) {
    return new LongStages.PeekLongs(action);
  }

  /**
   * Maps unboxed {@code long}s to objects.
   *
   * <pre>{@code
   * List<String> r = Fold.range(0, 3).mapToObj(x -> "#" + x).toList(); // [#0, #1, #2]
   * }</pre>
   *
   * @see java.util.stream.LongStream#mapToObj
   */
  public static <U> Transducer<Long, U> mapLongsToObj(LongToObj<? extends U> f) {
    return new LongStages.MapLongsToObj<>(f);
  }

  /**
   * Maps {@code long}s to {@code int}s, unboxed.
   *
   * <pre>{@code
   * int s = Fold.range(0, 4).mapToInt(x -> (int) x).sum(); // 6
   * }</pre>
   *
   * @see java.util.stream.LongStream#mapToInt
   */
  public static Transducer<Long, Long> mapLongsToInt(LongToInt f) {
    return new IntStages.MapLongsToInt(f);
  }

  /**
   * Maps unboxed {@code long}s to {@code double}s.
   *
   * <pre>{@code
   * double s = Fold.range(1, 3).mapToDouble(x -> x / 2.0).sum(); // 1.5
   * }</pre>
   *
   * @see java.util.stream.LongStream#mapToDouble
   */
  public static Transducer<Long, Double> mapLongsToDouble(LongToDouble f) {
    return new LongStages.MapLongsToDouble(f);
  }

  /**
   * The first {@code n} unboxed {@code long}s.
   *
   * <pre>{@code
   * long[] first = Fold.range(0, 1_000_000).filter(x -> x % 7 == 0).limit(3).toArray(); // [0, 7, 14]
   * }</pre>
   *
   * @see java.util.stream.LongStream#limit
   * @apiNote Clojure {@code take}.
   */
  public static Transducer<Long, Long> limitLongs(long n) {
    return new LongLimitTransducer(n);
  }

  /**
   * The distinct unboxed {@code long}s, in encounter order.
   *
   * <pre>{@code
   * long[] d = Fold.from(new long[] {3, 1, 3, 2, 1}).distinct().toArray(); // [3, 1, 2]
   * }</pre>
   *
   * @see java.util.stream.LongStream#distinct
   * @apiNote Clojure {@code distinct}.
   */
  public static Transducer<Long, Long> distinctLongs() {
    return distinctLongs(StateBudget.unlimited());
  }

  /**
   * {@link #distinctLongs()} holding at most {@code budget} keys per accumulator; one more throws
   * {@link dev.parafold.reduce.StateBudgetExceededException} naming {@code distinctLongs}.
   *
   * <pre>{@code
   * long[] d = Fold.from(new long[] {3, 1, 3, 2}).distinct(StateBudget.entries(3)).toArray();
   * // [3, 1, 2]
   * }</pre>
   *
   * @see java.util.stream.LongStream#distinct
   */
  public static Transducer<Long, Long> distinctLongs(StateBudget budget) {
    return new LongDistinctTransducer(budget);
  }

  /**
   * Batches of {@code n} consecutive unboxed {@code long}s as {@code long[]}; the last may be
   * shorter. Parallel as {@link Transducers#partitionAll}, with primitive buffers.
   *
   * <pre>{@code
   * List<long[]> r = Fold.range(0, 5).partitionAll(2).toList(); // [0, 1], [2, 3], [4]
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function)
   * @apiNote Clojure {@code partition-all}; JDK 22 {@code Gatherers.windowFixed}.
   */
  public static Transducer<Long, long[]> partitionAllLongs(int n) {
    return LongPartitionAllTransducer.longs(n);
  }

  /**
   * Batches of {@code n} consecutive unboxed {@code int}s (on the {@code long} lane) as {@code
   * int[]}; the last may be shorter. {@link #partitionAllLongs} with {@code int} batches.
   *
   * <pre>{@code
   * List<int[]> r = Fold.from(new int[] {1, 2, 3}).partitionAll(2).toList(); // [1, 2], [3]
   * }</pre>
   *
   * @see java.util.stream.Collectors#groupingBy(java.util.function.Function)
   * @apiNote Clojure {@code partition-all}; JDK 22 {@code Gatherers.windowFixed}.
   */
  public static Transducer<Long, int[]> partitionAllInts(int n) {
    return LongPartitionAllTransducer.ints(n);
  }

  /**
   * Unboxed {@code long}s while {@code test} holds, then stops.
   *
   * <pre>{@code
   * long[] r = Fold.range(0, 100).takeWhile(x -> x < 3).toArray(); // [0, 1, 2]
   * }</pre>
   *
   * @see java.util.stream.LongStream#takeWhile
   * @apiNote Clojure {@code take-while}.
   */
  public static Transducer<Long, Long> takeWhileLongs(LongPred test) {
    return PrimitiveTakeWhileTransducer.longs(test);
  }

  // ---- double ------------------------------------------------------------------------------

  /**
   * Maps unboxed {@code double}s.
   *
   * <pre>{@code
   * double s = Fold.from(new double[] {1, 2}).map(x -> x * 2).sum(); // 6.0
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#map
   */
  public static Transducer<Double, Double> mapDoubles(DoubleFn f) {
    return new DoubleStages.MapDoubles(f);
  }

  /**
   * Filters unboxed {@code double}s.
   *
   * <pre>{@code
   * double s = Fold.from(new double[] {1, 2, 3}).filter(x -> x > 1).sum(); // 5.0
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#filter
   */
  public static Transducer<Double, Double> filterDoubles(DoublePred test) {
    return new DoubleStages.FilterDoubles(test);
  }

  /**
   * Runs an action on unboxed {@code double}s.
   *
   * <pre>{@code
   * long n = Fold.from(new double[] {1, 2}).peek(x -> System.out.println(x)).count(); // 2
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#peek
   */
  public static Transducer<Double, Double> peekDoubles(dev.parafold.fn.DoubleEffect action) {
    return new DoublePeekTransducer(action);
  }

  /**
   * Maps unboxed {@code double}s to objects.
   *
   * <pre>{@code
   * List<String> r = Fold.from(new double[] {0.5}).mapToObj(x -> "d" + x).toList(); // [d0.5]
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#mapToObj
   */
  public static <U> Transducer<Double, U> mapDoublesToObj(DoubleToObj<? extends U> f) {
    return new DoubleStages.MapDoublesToObj<>(f);
  }

  /**
   * Maps {@code double}s to {@code int}s, unboxed.
   *
   * <pre>{@code
   * int s = Fold.from(new double[] {1.5, 2.5}).mapToInt(x -> (int) x).sum(); // 3
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#mapToInt
   */
  public static Transducer<Double, Long> mapDoublesToInt(DoubleToInt f) {
    return new IntStages.MapDoublesToInt(f);
  }

  /**
   * Maps unboxed {@code double}s to {@code long}s.
   *
   * <pre>{@code
   * long s = Fold.from(new double[] {1.5, 2.5}).mapToLong(x -> Math.round(x)).sum(); // 5
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#mapToLong
   */
  public static Transducer<Double, Long> mapDoublesToLong(dev.parafold.fn.DoubleToLong f) {
    return new DoubleToLongTransducer(f);
  }

  /**
   * Unboxed {@code double}s while {@code test} holds, then stops.
   *
   * <pre>{@code
   * double[] r = Fold.from(new double[] {0.5, 1.5, 0.5}).takeWhile(x -> x < 1).toArray(); // [0.5]
   * }</pre>
   *
   * @see java.util.stream.DoubleStream#takeWhile
   * @apiNote Clojure {@code take-while}.
   */
  public static Transducer<Double, Double> takeWhileDoubles(DoublePred test) {
    return PrimitiveTakeWhileTransducer.doubles(test);
  }
}
