package dev.parafold.xf;

import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.DoubleToObj;
import dev.parafold.fn.Effect;
import dev.parafold.fn.Fn;
import dev.parafold.fn.LongEffect;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongPred;
import dev.parafold.fn.LongToDouble;
import dev.parafold.fn.LongToObj;
import dev.parafold.fn.Pred;
import dev.parafold.fn.ToDouble;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.Transducer;

/**
 * The transducer catalog. Every entry is a reusable, serializable value; every entry is correct in
 * parallel (its {@link dev.parafold.reduce.Strategy} says how). Names follow {@code
 * java.util.stream} where it has the operation, Clojure otherwise.
 *
 * <pre>{@code
 * Transducer<String, String> words =
 *     Transducers.<String, String>flatMap(line -> List.of(line.split("\\s+")))
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
   * @see java.util.stream.Stream#map
   * @apiNote Clojure {@code map}.
   */
  public static <T, U> Transducer<T, U> map(Fn<? super T, ? extends U> f) {
    return new MapTransducer<>(f);
  }

  /**
   * Keeps elements that pass: {@code filter(x -> x % 2 == 0)} turns 1, 2, 3, 4 into 2, 4.
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
   * @apiNote Clojure {@code remove}; {@code Stream.filter} with the test negated.
   */
  public static <T> Transducer<T, T> remove(Pred<? super T> test) {
    return new FilterTransducer<>(test, false);
  }

  /**
   * Replaces each element with the elements of an {@code Iterable} (null means none): {@code
   * flatMap(s -> List.of(s.split(" ")))} turns "a b", "c" into "a", "b", "c".
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
   * @see java.util.stream.Stream#peek
   */
  public static <T> Transducer<T, T> peek(Effect<? super T> action) {
    return new PeekTransducer<>(action);
  }

  // ---- early stopping and positions -----------------------------------------------------------

  /**
   * The first {@code n} elements, then stops: {@code limit(2)} turns 1, 2, 3 into 1, 2.
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
   * @see java.util.stream.Stream#dropWhile
   * @apiNote Clojure {@code drop-while}.
   */
  public static <T> Transducer<T, T> dropWhile(Pred<? super T> test) {
    return new DropWhileTransducer<>(test);
  }

  // ---- primitive stages (unboxed) -------------------------------------------------------------

  /**
   * Maps unboxed {@code long}s.
   *
   * @see java.util.stream.LongStream#map
   */
  public static Transducer<Long, Long> mapLongs(LongFn f) {
    return new LongStages.Map(f);
  }

  /**
   * Filters unboxed {@code long}s.
   *
   * @see java.util.stream.LongStream#filter
   */
  public static Transducer<Long, Long> filterLongs(LongPred test) {
    return new LongStages.Filter(test);
  }

  /**
   * Runs an action on unboxed {@code long}s.
   *
   * @see java.util.stream.LongStream#peek
   */
  public static Transducer<Long, Long> peekLongs(LongEffect action) {
    return new LongStages.Peek(action);
  }

  /**
   * Maps unboxed {@code long}s to objects.
   *
   * @see java.util.stream.LongStream#mapToObj
   */
  public static <U> Transducer<Long, U> mapLongsToObj(LongToObj<? extends U> f) {
    return new LongStages.MapToObj<>(f);
  }

  /**
   * Maps unboxed {@code long}s to {@code double}s.
   *
   * @see java.util.stream.LongStream#mapToDouble
   */
  public static Transducer<Long, Double> mapLongsToDouble(LongToDouble f) {
    return new LongStages.ToDoubleMap(f);
  }

  /**
   * Maps objects to unboxed {@code long}s.
   *
   * @see java.util.stream.Stream#mapToLong
   */
  public static <T> Transducer<T, Long> mapToLong(ToLong<? super T> f) {
    return new LongStages.ToLongMap<>(f);
  }

  /**
   * Maps objects to unboxed {@code double}s.
   *
   * @see java.util.stream.Stream#mapToDouble
   */
  public static <T> Transducer<T, Double> mapToDouble(ToDouble<? super T> f) {
    return new DoubleStages.ToDoubleMap<>(f);
  }

  /**
   * Maps unboxed {@code double}s.
   *
   * @see java.util.stream.DoubleStream#map
   */
  public static Transducer<Double, Double> mapDoubles(DoubleFn f) {
    return new DoubleStages.Map(f);
  }

  /**
   * Filters unboxed {@code double}s.
   *
   * @see java.util.stream.DoubleStream#filter
   */
  public static Transducer<Double, Double> filterDoubles(DoublePred test) {
    return new DoubleStages.Filter(test);
  }

  /**
   * Maps unboxed {@code double}s to objects.
   *
   * @see java.util.stream.DoubleStream#mapToObj
   */
  public static <U> Transducer<Double, U> mapDoublesToObj(DoubleToObj<? extends U> f) {
    return new DoubleStages.MapToObj<>(f);
  }
}
