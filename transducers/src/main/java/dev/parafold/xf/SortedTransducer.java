package dev.parafold.xf;

import dev.parafold.fn.Cmp;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.List;
import java.util.Objects;

/**
 * Passes the elements in sorted order (stable). Same as {@code Stream.sorted}; Clojure {@code sort}
 * as a stage.
 *
 * <p>Parallel (mergeable): the accumulator is that of {@link Reducers#toSortedList(Cmp,
 * StateBudget, String)}, a stable parallel merge sort: chunks collect, {@code combine} merges
 * sorted runs (left wins ties). {@code complete} feeds the sorted elements into a fresh offset-0
 * accumulator of the downstream reducer, in order, stopping as soon as it is done. So the stages
 * after {@code sorted} run after the final merge, on one thread, and never see a {@code combine};
 * that is also why a downstream that cannot be split does not make this stage sequential.
 */
final class SortedTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Cmp<? super T> order;
  private final StateBudget budget;

  SortedTransducer(Cmp<? super T> order, StateBudget budget) {
    this.order = Objects.requireNonNull(order, "order");
    this.budget = Objects.requireNonNull(budget, "budget");
  }

  @Override
  public Strategy strategy() {
    return Strategy.MERGEABLE;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return step(Reducers.toSortedList(order, budget, "sorted"), downstream);
  }

  private static <T, S, A, R> Reducer<T, S, R> step(
      Reducer<T, S, List<T>> runs, Reducer<? super T, A, R> downstream) {
    return new SortedReducer<>(runs, downstream);
  }

  @Override
  public String describe() {
    return "sorted";
  }

  private static final class SortedReducer<T, S, A, R> implements Reducer<T, S, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<T, S, List<T>> runs;
    private final Reducer<? super T, A, R> down;

    SortedReducer(Reducer<T, S, List<T>> runs, Reducer<? super T, A, R> down) {
      this.runs = runs;
      this.down = down;
    }

    @Override
    public S init() {
      return runs.init();
    }

    @Override
    public S init(long offset) {
      return runs.init(offset);
    }

    @Override
    public S step(S acc, T t) {
      return runs.step(acc, t);
    }

    @Override
    public S combine(S left, S right) {
      return runs.combine(left, right);
    }

    @Override
    public R complete(S acc) {
      List<T> sorted = runs.complete(acc);
      A inner = down.init(0);
      boolean mayStop = down.mayStop();
      for (T t : sorted) {
        if (mayStop && down.isDone(inner)) {
          break;
        }
        inner = down.step(inner, t);
      }
      return down.complete(inner);
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "sorted -> " + down.describe();
    }
  }
}
