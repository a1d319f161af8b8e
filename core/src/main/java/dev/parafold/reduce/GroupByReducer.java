package dev.parafold.reduce;

import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Groups elements by key and folds each group with its own accumulator of a downstream reducer:
 * {@code groupBy}, {@code countBy}, {@code partition}, and {@code Transducers.groupBy} (a
 * transducer applied to a reducer is the downstream). Same as {@code Collectors.groupingBy}.
 *
 * <p><b>Offsets.</b> Each group's downstream sees the subsequence of its key's elements. In the
 * chunk that starts the input, a group's first element is element 0 of that subsequence, so its
 * accumulator gets {@code init(0)}; in any other chunk the position is unknown and it gets {@code
 * init(UNKNOWN_OFFSET)}. {@code combine} anchors a group that first appears right of the start,
 * {@code combine(init(0), acc)}, so index-aware and early-stopping downstreams ({@code limit},
 * {@code takeWhile}, {@code zipWithIndex}) decide in parallel what they decide sequentially. A done
 * group ignores its later elements and what its right neighbours hold; the fold as a whole never
 * stops.
 *
 * <p><b>Maps.</b> By default the result is a {@code HashMap} in no particular order, and {@code
 * combine} merges the smaller map into the larger (when the downstream ignores offsets, so nothing
 * needs anchoring). With a map factory the keys are kept in order of first appearance while merging
 * (the right map into the left) and the result is the factory's map, filled in that order: {@code
 * LinkedHashMap::new} gives first-seen order, {@code TreeMap::new} sorted keys.
 *
 * <p>A {@link StateBudget} caps the keys of any one accumulator, checked as a step or a {@code
 * combine} adds a key.
 */
final class GroupByReducer<T, K, A, R, M extends Map<K, R>>
    implements Reducer<T, GroupByReducer.Groups<K, A>, M>, Offsets.Wrapper {
  private static final long serialVersionUID = 1L;
  private final Fn<? super T, ? extends K> key;
  private final Reducer<? super T, A, R> down;
  private final Fn0<M> mapFactory; // null: an unordered HashMap
  private final StateBudget budget;
  private final String name;
  private final boolean downStops;
  private final boolean anchor;

  GroupByReducer(
      String name,
      Fn<? super T, ? extends K> key,
      Reducer<? super T, A, R> down,
      Fn0<M> mapFactory,
      StateBudget budget) {
    this.name = name;
    this.key = key;
    this.down = down;
    this.mapFactory = mapFactory;
    this.budget = budget;
    this.downStops = down.mayStop();
    this.anchor = !Offsets.ignoredBy(down);
  }

  /** Per-chunk state: whether the chunk starts the input, and each key's accumulator. */
  static final class Groups<K, A> implements Serializable {
    private static final long serialVersionUID = 1L;
    boolean first;
    Map<K, A> map;

    Groups(boolean first, Map<K, A> map) {
      this.first = first;
      this.map = map;
    }
  }

  @Override
  public Groups<K, A> init() {
    return init(0);
  }

  @Override
  public Groups<K, A> init(long offset) {
    return new Groups<>(offset == 0, mapFactory == null ? new HashMap<>() : new LinkedHashMap<>());
  }

  @Override
  public Groups<K, A> step(Groups<K, A> s, T t) {
    K k = key.apply(t);
    Map<K, A> m = s.map;
    A acc = m.get(k);
    if (acc == null && !m.containsKey(k)) {
      budget.check(name, m.size() + 1L);
      acc = down.init(s.first ? 0 : UNKNOWN_OFFSET);
      m.put(k, acc);
    } else if (downStops && down.isDone(acc)) {
      return s;
    }
    A next = down.step(acc, t);
    if (next != acc) {
      m.put(k, next); // immutable accumulators; mutable ones (the usual case) skip this
    }
    return s;
  }

  @Override
  public Groups<K, A> combine(Groups<K, A> left, Groups<K, A> right) {
    if (!anchor && mapFactory == null && left.map.size() < right.map.size()) {
      for (Map.Entry<K, A> e : left.map.entrySet()) {
        A r = right.map.get(e.getKey());
        if (r == null && !right.map.containsKey(e.getKey())) {
          budget.check(name, right.map.size() + 1L);
          right.map.put(e.getKey(), e.getValue());
        } else {
          right.map.put(e.getKey(), merge(e.getValue(), r));
        }
      }
      right.first = left.first;
      return right;
    }
    boolean anchorNew = anchor && left.first;
    for (Map.Entry<K, A> e : right.map.entrySet()) {
      A l = left.map.get(e.getKey());
      if (l == null && !left.map.containsKey(e.getKey())) {
        budget.check(name, left.map.size() + 1L);
        left.map.put(
            e.getKey(), anchorNew ? down.combine(down.init(0), e.getValue()) : e.getValue());
      } else {
        left.map.put(e.getKey(), merge(l, e.getValue()));
      }
    }
    return left;
  }

  /** One key's accumulators, left and right; a done left one ignores the right. */
  private A merge(A left, A right) {
    return downStops && down.isDone(left) ? left : down.combine(left, right);
  }

  @Override
  @SuppressWarnings("unchecked")
  public M complete(Groups<K, A> s) {
    boolean anchorAll = anchor && !s.first; // a whole input that did not start at offset 0
    if (mapFactory == null) {
      Map<K, Object> out = (Map<K, Object>) (Map<K, ?>) s.map;
      out.replaceAll(
          (k, a) -> down.complete(anchorAll ? down.combine(down.init(0), (A) a) : (A) a));
      return (M) out;
    }
    M out = mapFactory.get();
    for (Map.Entry<K, A> e : s.map.entrySet()) {
      A a = e.getValue();
      out.put(e.getKey(), down.complete(anchorAll ? down.combine(down.init(0), a) : a));
    }
    return out;
  }

  @Override
  public boolean keyedState() {
    return true;
  }

  @Override
  public boolean ignoresOffsets() {
    return !anchor;
  }

  @Override
  public Strategy strategy() {
    return Strategy.MERGEABLE.max(down.strategy());
  }

  @Override
  public String describe() {
    return name + "(" + down.describe() + ")";
  }
}
