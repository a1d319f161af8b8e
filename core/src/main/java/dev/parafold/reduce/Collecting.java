package dev.parafold.reduce;

import dev.parafold.fn.BinOp;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collecting into hashed and caller-chosen containers: {@code toSet}, {@code toCollection} and
 * {@code toMap}. Unordered containers merge the smaller into the larger; a caller's container (a
 * map factory, a collection factory) merges right into left, so an ordered one keeps encounter
 * order.
 */
final class Collecting {
  private Collecting() {}

  /** {@code Reducers.toSet()}: a {@code HashSet}, merged smaller into larger. */
  static <T> Reducer<T, ?, Set<T>> toSet() {
    return new FnReducer<T, Set<T>, Set<T>>(
        "toSet",
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

  /** {@code Reducers.toCollection(factory)}: right into left, keeping encounter order. */
  static <T, C extends Collection<T>> Reducer<T, ?, C> toCollection(Fn0<C> factory) {
    return new FnReducer<T, C, C>(
        "toCollection",
        factory,
        (a, t) -> {
          a.add(t);
          return a;
        },
        (l, r) -> {
          l.addAll(r);
          return l;
        },
        a -> a);
  }

  /**
   * Collects {@code key -> value} pairs into a map: with no {@code merge}, a key seen twice throws
   * as {@code Collectors.toMap(k, v)} does, naming the key and both values; with one, the values of
   * equal keys are merged, left value first. With no {@code mapFactory}, an unordered {@code
   * HashMap}.
   */
  static final class ToMap<T, K, V, M extends Map<K, V>> extends MergingReducer<T, M, M> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends K> key;
    private final Fn<? super T, ? extends V> value;
    private final BinOp<V> merge; // null: keys must be unique
    private final Fn0<M> mapFactory; // null: HashMap, merged smaller into larger

    ToMap(
        Fn<? super T, ? extends K> key,
        Fn<? super T, ? extends V> value,
        BinOp<V> merge,
        Fn0<M> mapFactory) {
      super("toMap", fresh(mapFactory), (l, r) -> merge(mapFactory == null, merge, l, r), m -> m);
      this.key = key;
      this.value = value;
      this.merge = merge;
      this.mapFactory = mapFactory;
    }

    /** With a merge, keys repeat across chunks: each chunk builds much of the same table. */
    @Override
    public boolean keyedState() {
      return merge != null;
    }

    @SuppressWarnings("unchecked")
    private static <K, V, M extends Map<K, V>> Fn0<M> fresh(Fn0<M> mapFactory) {
      return mapFactory != null ? mapFactory : () -> (M) new HashMap<K, V>();
    }

    @Override
    public M step(M acc, T t) {
      put(acc, key.apply(t), value.apply(t));
      return acc;
    }

    private void put(M m, K k, V v) {
      put(merge, m, k, v);
    }

    /** Puts {@code v} after what {@code m} holds for {@code k}. */
    private static <K, V> void put(BinOp<V> merge, Map<K, V> m, K k, V v) {
      if (merge != null) {
        m.merge(k, v, merge);
        return;
      }
      V old = m.putIfAbsent(k, java.util.Objects.requireNonNull(v, "toMap: null value"));
      if (old != null) {
        throw duplicate(k, old, v);
      }
    }

    /** Merges two chunks' maps: unordered ones smaller into larger, others right into left. */
    private static <K, V, M extends Map<K, V>> M merge(
        boolean unordered, BinOp<V> merge, M left, M right) {
      if (unordered && left.size() < right.size()) {
        for (Map.Entry<K, V> e : left.entrySet()) {
          K k = e.getKey();
          V l = e.getValue();
          V r = right.get(k);
          if (r == null && !right.containsKey(k)) {
            right.put(k, l);
          } else if (merge == null) {
            throw duplicate(k, l, r);
          } else {
            right.put(k, merge.apply(l, r));
          }
        }
        return right;
      }
      for (Map.Entry<K, V> e : right.entrySet()) {
        put(merge, left, e.getKey(), e.getValue());
      }
      return left;
    }

    private static IllegalStateException duplicate(Object k, Object first, Object second) {
      return new IllegalStateException(
          "toMap: duplicate key "
              + k
              + " (attempted merging values "
              + first
              + " and "
              + second
              + "); pass a merge function to combine them");
    }
  }
}
