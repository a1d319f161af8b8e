package dev.parafold.fn;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * A comparator that is serializable, so a sorting pipeline can be shipped to a cluster unchanged.
 * Write it as a lambda, {@code (a, b) -> Integer.compare(a.length(), b.length())}, or use {@link
 * #natural()}, {@link #comparing}, {@link #thenComparing(Cmp)}, {@link #reversed()} and the rest of
 * {@code Comparator}'s combinators, which here return a serializable {@code Cmp} (the {@code
 * java.util.Comparator} ones do not). An existing {@code Comparator} converts with {@link #of}.
 *
 * <pre>{@code
 * Cmp<Map.Entry<String, Long>> byCountThenWord =
 *     Cmp.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
 *         .thenComparing(Map.Entry::getKey);
 * }</pre>
 *
 * @param <T> the compared type
 * @since 0.1
 */
@FunctionalInterface
public interface Cmp<T> extends Comparator<T>, Serializable {
  @Override
  int compare(T a, T b);

  // ---- factories ------------------------------------------------------------------------------

  /**
   * The natural order of {@code Comparable} elements; it rejects nulls with a {@code
   * NullPointerException}, as {@code Comparator.naturalOrder()} does.
   */
  @SuppressWarnings("unchecked")
  static <T extends Comparable<? super T>> Cmp<T> natural() {
    return (Cmp<T>) NaturalOrder.INSTANCE;
  }

  /** The natural order; same as {@link #natural()} and {@code Comparator.naturalOrder()}. */
  static <T extends Comparable<? super T>> Cmp<T> naturalOrder() {
    return natural();
  }

  /** The reverse of the natural order. Same as {@code Comparator.reverseOrder()}. */
  static <T extends Comparable<? super T>> Cmp<T> reverseOrder() {
    return Cmp.<T>natural().reversed();
  }

  /**
   * An existing {@code Comparator} as a {@code Cmp}: itself if it is one, else an adapter that is
   * serializable exactly when {@code order} is (the JDK's {@code naturalOrder()} and {@code
   * reverseOrder()} are; its combinators are not).
   */
  @SuppressWarnings("unchecked")
  static <T> Cmp<T> of(Comparator<? super T> order) {
    Objects.requireNonNull(order, "order");
    return order instanceof Cmp ? (Cmp<T>) order : order::compare;
  }

  /** Orders by the natural order of {@code key}'s results. Same as {@code Comparator.comparing}. */
  static <T, U extends Comparable<? super U>> Cmp<T> comparing(Fn<? super T, ? extends U> key) {
    Objects.requireNonNull(key, "key");
    return (a, b) -> key.apply(a).compareTo(key.apply(b));
  }

  /** {@link #comparing(Fn)} for an existing {@code Function}. */
  static <T, U extends Comparable<? super U>> Cmp<T> comparing(
      Function<? super T, ? extends U> key) {
    return comparing(Fn.<T, U>of(key));
  }

  /** Orders by {@code key}'s results in {@code keyOrder}. */
  static <T, U> Cmp<T> comparing(Fn<? super T, ? extends U> key, Cmp<? super U> keyOrder) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyOrder, "keyOrder");
    return (a, b) -> keyOrder.compare(key.apply(a), key.apply(b));
  }

  /** {@link #comparing(Fn, Cmp)} for an existing {@code Function} and {@code Comparator}. */
  static <T, U> Cmp<T> comparing(
      Function<? super T, ? extends U> key, Comparator<? super U> keyOrder) {
    return comparing(Fn.<T, U>of(key), Cmp.<U>of(keyOrder));
  }

  /** Orders by an {@code int} key, unboxed. Same as {@code Comparator.comparingInt}. */
  static <T> Cmp<T> comparingInt(ToInt<? super T> key) {
    Objects.requireNonNull(key, "key");
    return (a, b) -> Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
  }

  /** Orders by a {@code long} key, unboxed. Same as {@code Comparator.comparingLong}. */
  static <T> Cmp<T> comparingLong(ToLong<? super T> key) {
    Objects.requireNonNull(key, "key");
    return (a, b) -> Long.compare(key.applyAsLong(a), key.applyAsLong(b));
  }

  /** Orders by a {@code double} key, unboxed. Same as {@code Comparator.comparingDouble}. */
  static <T> Cmp<T> comparingDouble(ToDouble<? super T> key) {
    Objects.requireNonNull(key, "key");
    return (a, b) -> Double.compare(key.applyAsDouble(a), key.applyAsDouble(b));
  }

  /** Nulls before all other elements, which {@code order} orders. Same as {@code nullsFirst}. */
  static <T> Cmp<T> nullsFirst(Comparator<? super T> order) {
    Cmp<? super T> o = of(order);
    return (a, b) -> a == null ? (b == null ? 0 : -1) : b == null ? 1 : o.compare(a, b);
  }

  /** Nulls after all other elements, which {@code order} orders. Same as {@code nullsLast}. */
  static <T> Cmp<T> nullsLast(Comparator<? super T> order) {
    Cmp<? super T> o = of(order);
    return (a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1 : o.compare(a, b);
  }

  // ---- combinators: each returns a serializable Cmp -------------------------------------------

  /** The reverse of this order (serializable, unlike {@code Comparator.reversed()}). */
  @Override
  default Cmp<T> reversed() {
    Cmp<T> self = this;
    return (a, b) -> self.compare(b, a);
  }

  /** This order, ties broken by {@code next}. */
  default Cmp<T> thenComparing(Cmp<? super T> next) {
    Objects.requireNonNull(next, "next");
    Cmp<T> self = this;
    return (a, b) -> {
      int c = self.compare(a, b);
      return c != 0 ? c : next.compare(a, b);
    };
  }

  /** {@link #thenComparing(Cmp)} for an existing {@code Comparator}. */
  @Override
  default Cmp<T> thenComparing(Comparator<? super T> next) {
    return thenComparing(Cmp.<T>of(next));
  }

  /** This order, ties broken by the natural order of {@code key}'s results. */
  default <U extends Comparable<? super U>> Cmp<T> thenComparing(Fn<? super T, ? extends U> key) {
    return thenComparing(comparing(key));
  }

  /** {@link #thenComparing(Fn)} for an existing {@code Function}. */
  @Override
  default <U extends Comparable<? super U>> Cmp<T> thenComparing(
      Function<? super T, ? extends U> key) {
    return thenComparing(Cmp.<T, U>comparing(key));
  }

  /** This order, ties broken by {@code key}'s results in {@code keyOrder}. */
  default <U> Cmp<T> thenComparing(Fn<? super T, ? extends U> key, Cmp<? super U> keyOrder) {
    return thenComparing(comparing(key, keyOrder));
  }

  /** {@link #thenComparing(Fn, Cmp)} for an existing {@code Function} and {@code Comparator}. */
  @Override
  default <U> Cmp<T> thenComparing(
      Function<? super T, ? extends U> key, Comparator<? super U> keyOrder) {
    return thenComparing(Cmp.<T, U>comparing(key, keyOrder));
  }

  /** This order, ties broken by an {@code int} key. */
  default Cmp<T> thenComparingInt(ToInt<? super T> key) {
    return thenComparing(comparingInt(key));
  }

  /** {@link #thenComparingInt(ToInt)} for an existing {@code ToIntFunction}. */
  @Override
  default Cmp<T> thenComparingInt(ToIntFunction<? super T> key) {
    Objects.requireNonNull(key, "key");
    return thenComparingInt((ToInt<? super T>) key::applyAsInt);
  }

  /** This order, ties broken by a {@code long} key. */
  default Cmp<T> thenComparingLong(ToLong<? super T> key) {
    return thenComparing(comparingLong(key));
  }

  /** {@link #thenComparingLong(ToLong)} for an existing {@code ToLongFunction}. */
  @Override
  default Cmp<T> thenComparingLong(ToLongFunction<? super T> key) {
    Objects.requireNonNull(key, "key");
    return thenComparingLong((ToLong<? super T>) key::applyAsLong);
  }

  /** This order, ties broken by a {@code double} key. */
  default Cmp<T> thenComparingDouble(ToDouble<? super T> key) {
    return thenComparing(comparingDouble(key));
  }

  /** {@link #thenComparingDouble(ToDouble)} for an existing {@code ToDoubleFunction}. */
  @Override
  default Cmp<T> thenComparingDouble(ToDoubleFunction<? super T> key) {
    Objects.requireNonNull(key, "key");
    return thenComparingDouble((ToDouble<? super T>) key::applyAsDouble);
  }
}

final class NaturalOrder implements Cmp<Comparable<Object>> {
  private static final long serialVersionUID = 1L;
  static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(Comparable<Object> a, Comparable<Object> b) {
    return a.compareTo(b);
  }

  @Override
  public String toString() {
    return "Cmp.natural()";
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
