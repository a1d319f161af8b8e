package dev.parafold.reduce;

import dev.parafold.fn.BinOp;
import dev.parafold.fn.Cmp;
import dev.parafold.reduce.Cells.Box;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** Folding with an associative operator: {@code reducing}, and {@code min}/{@code max} on it. */
final class Reducing {
  private Reducing() {}

  /** {@code Reducers.reducing(identity, op)}. */
  static <T> Reducer<T, ?, T> withIdentity(T identity, BinOp<T> op) {
    return new FnReducer<T, Object[], T>(
        "reducing",
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

  /** {@code Reducers.reducing(op)}: empty if there are no elements. */
  static <T> Reducer<T, ?, Optional<T>> optional(String name, BinOp<T> op) {
    return new FnReducer<T, Box<T>, Optional<T>>(
        name,
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

  /** The least ({@code min}) or greatest element by {@code order}, the first of equals. */
  static <T> Reducer<T, ?, Optional<T>> extreme(Cmp<? super T> order, boolean min) {
    Objects.requireNonNull(order, "order");
    return min
        ? optional("min", (a, b) -> order.compare(b, a) < 0 ? b : a)
        : optional("max", (a, b) -> order.compare(b, a) > 0 ? b : a);
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
}
