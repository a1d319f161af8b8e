package dev.parafold.xf;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Strategy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Groups elements by {@code key} and runs each group through its own copy of a transducer into a
 * reducer; the result maps keys (in order of first appearance) to the groups' results.
 * Transducers.jl {@code GroupBy}; {@code Collectors.groupingBy(key, LinkedHashMap::new, collector)}
 * with a per-group transformation; Clojure {@code group-by} with {@code transduce} per group.
 *
 * <p>Early stop per group: a group whose accumulator is done (say, the transducer is a {@code
 * limit}) ignores its later elements; the fold as a whole never stops early.
 *
 * <p>Parallel (mergeable): each chunk keeps a map from key to the group's accumulator; {@code
 * combine} merges the maps key by key with the group reducer's own {@code combine} (so stateful
 * group transducers merge as they do anywhere). A group's first accumulator in the chunk that
 * starts the input gets offset 0, elsewhere an unknown offset, and one that first appears to the
 * right of the first chunk is merged into a fresh offset-0 accumulator then.
 *
 * <p>A {@link StateBudget} caps the keys (groups) of any one accumulator, checked as a step or a
 * {@code combine} adds a key.
 */
final class GroupByReducer<T, K, A, R> implements Reducer<T, GroupByReducer.State, Map<K, R>> {
  private static final long serialVersionUID = 1L;
  private final Fn<? super T, ? extends K> key;
  private final Reducer<T, A, R> group;
  private final StateBudget budget;

  GroupByReducer(Fn<? super T, ? extends K> key, Reducer<T, A, R> group, StateBudget budget) {
    this.key = Objects.requireNonNull(key, "key");
    this.group = group;
    this.budget = Objects.requireNonNull(budget, "budget");
  }

  /** Per-chunk state: whether the chunk starts the input, and key to group accumulator. */
  static final class State implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    boolean first;
    final LinkedHashMap<Object, Object> groups = new LinkedHashMap<>();
  }

  @Override
  public State init() {
    return init(0);
  }

  @Override
  public State init(long offset) {
    State s = new State();
    s.first = offset == 0;
    return s;
  }

  @Override
  @SuppressWarnings("unchecked")
  public State step(State s, T t) {
    Object k = key.apply(t);
    A acc = (A) s.groups.get(k);
    if (acc == null && !s.groups.containsKey(k)) {
      budget.check("groupBy", s.groups.size() + 1L);
      acc = group.init(s.first ? 0 : UNKNOWN_OFFSET);
    } else if (group.isDone(acc)) {
      return s;
    }
    s.groups.put(k, group.step(acc, t));
    return s;
  }

  @Override
  @SuppressWarnings("unchecked")
  public State combine(State left, State right) {
    for (Map.Entry<Object, Object> e : right.groups.entrySet()) {
      Object k = e.getKey();
      A r = (A) e.getValue();
      if (left.groups.containsKey(k)) {
        A l = (A) left.groups.get(k);
        if (!group.isDone(l)) {
          left.groups.put(k, group.combine(l, r));
        }
      } else {
        budget.check("groupBy", left.groups.size() + 1L);
        left.groups.put(k, left.first ? group.combine(group.init(0), r) : r);
      }
    }
    return left;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<K, R> complete(State s) {
    Map<K, R> out = new LinkedHashMap<>();
    for (Map.Entry<Object, Object> e : s.groups.entrySet()) {
      A acc = (A) e.getValue();
      if (!s.first) {
        acc = group.combine(group.init(0), acc);
      }
      out.put((K) e.getKey(), group.complete(acc));
    }
    return out;
  }

  @Override
  public Strategy strategy() {
    return Strategy.MERGEABLE.max(group.strategy());
  }

  @Override
  public String describe() {
    return "groupBy(" + group.describe() + ")";
  }
}
