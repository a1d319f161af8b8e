package dev.parafold.fn;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A comparator that is serializable, so a sorting pipeline can be shipped to a cluster unchanged.
 * Write it as a lambda, {@code (a, b) -> Integer.compare(a.length(), b.length())}, or use {@link
 * #natural()}, {@link #comparing} and {@link #reversed()}, which stay serializable (the {@code
 * java.util.Comparator} combinators do not).
 *
 * @param <T> the compared type
 * @since 0.1
 */
@FunctionalInterface
public interface Cmp<T> extends Comparator<T>, Serializable {
  @Override
  int compare(T a, T b);

  /**
   * The natural order of {@code Comparable} elements; it rejects nulls with a {@code
   * NullPointerException}, as {@code Comparator.naturalOrder()} does.
   */
  @SuppressWarnings("unchecked")
  static <T extends Comparable<? super T>> Cmp<T> natural() {
    return (Cmp<T>) NaturalOrder.INSTANCE;
  }

  /** Orders by the natural order of {@code key}'s results. */
  static <T, U extends Comparable<? super U>> Cmp<T> comparing(Fn<? super T, ? extends U> key) {
    Objects.requireNonNull(key, "key");
    return (a, b) -> key.apply(a).compareTo(key.apply(b));
  }

  /** The reverse of this order (serializable, unlike {@code Comparator.reversed()}). */
  @Override
  default Cmp<T> reversed() {
    Cmp<T> self = this;
    return (a, b) -> self.compare(b, a);
  }
}

/** The natural order; one instance, kept across serialization so it is recognised by identity. */
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
