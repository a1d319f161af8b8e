package dev.parafold.xf;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Passes the first element of each key ({@code distinct}: of each value, by {@code equals}),
 * keeping encounter order. Same as {@code Stream.distinct}; Clojure {@code distinct}; {@code
 * distinctBy} is StreamEx's {@code distinct(keyExtractor)}.
 *
 * <p>Parallel (mergeable): the chunk that starts the input passes first occurrences straight on and
 * remembers their keys. Any other chunk cannot know whether its first occurrences appeared to its
 * left, so it keeps them as candidates (first element per key, in order). {@code combine} merges
 * candidate maps, or, when the left part starts the input, replays the candidates whose key it has
 * not seen. Memory is one entry per distinct key per chunk, as for the sequential set.
 *
 * <p>A {@link StateBudget} caps the seen keys or candidates of any one accumulator, checked as a
 * step adds a key and as {@code combine} merges candidates or replays them.
 */
final class DistinctTransducer<T, K> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Fn<? super T, ? extends K> key;
  private final String name;
  private final StateBudget budget;

  DistinctTransducer(Fn<? super T, ? extends K> key, String name, StateBudget budget) {
    this.key = Objects.requireNonNull(key, "key");
    this.name = name;
    this.budget = Objects.requireNonNull(budget, "budget");
  }

  @Override
  public Strategy strategy() {
    return Strategy.MERGEABLE;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new DistinctReducer<>(downstream, key, name, budget);
  }

  @Override
  public String describe() {
    return name;
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  /** First chunk: {@code seen}; any other: {@code candidates}, key to first element. */
  static final class DistinctAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    HashSet<Object> seen;
    LinkedHashMap<Object, Object> candidates;
  }

  private static final class DistinctReducer<T, K, A, R>
      extends StatefulReducer<T, T, DistinctAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends K> key;
    private final String name;
    private final StateBudget budget;

    DistinctReducer(
        Reducer<? super T, A, R> down,
        Fn<? super T, ? extends K> key,
        String name,
        StateBudget budget) {
      super(down, Strategy.MERGEABLE, name);
      this.key = key;
      this.name = name;
      this.budget = budget;
    }

    @Override
    DistinctAccumulator<A> open(long offset) {
      DistinctAccumulator<A> s = new DistinctAccumulator<>();
      if (offset == 0) {
        s.seen = new HashSet<>();
      } else {
        s.candidates = new LinkedHashMap<>();
      }
      return s;
    }

    @Override
    public DistinctAccumulator<A> step(DistinctAccumulator<A> s, T t) {
      Object k = key.apply(t);
      if (s.seen != null) {
        if (s.seen.add(k)) {
          budget.check(name, s.seen.size());
          s.inner = down.step(s.inner, t);
        }
      } else if (!s.candidates.containsKey(k)) {
        budget.check(name, s.candidates.size() + 1L);
        s.candidates.put(k, t); // not putIfAbsent: it would overwrite a null first element
      }
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DistinctAccumulator<A> combine(
        DistinctAccumulator<A> left, DistinctAccumulator<A> right) {
      if (right.seen != null) {
        return afterEmptyLeft(left, right);
      }
      if (left.seen == null) {
        for (Map.Entry<Object, Object> e : right.candidates.entrySet()) {
          if (!left.candidates.containsKey(e.getKey())) {
            budget.check(name, left.candidates.size() + 1L);
            left.candidates.put(e.getKey(), e.getValue());
          }
        }
        return left;
      }
      for (Map.Entry<Object, Object> e : right.candidates.entrySet()) {
        if (down.isDone(left.inner)) {
          break;
        }
        if (left.seen.add(e.getKey())) {
          budget.check(name, left.seen.size());
          left.inner = down.step(left.inner, (T) e.getValue());
        }
      }
      return left;
    }

    @Override
    public boolean isDone(DistinctAccumulator<A> s) {
      return s.seen != null && down.isDone(s.inner);
    }
  }
}
