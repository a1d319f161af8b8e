package dev.parafold.xf;

import dev.parafold.fn.Pred;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Keeps the elements that pass {@code test} (or, with {@code keep == false}, those that fail it).
 * Same as {@code Stream.filter}; Clojure {@code filter} and {@code remove}.
 */
final class FilterTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Pred<? super T> test;
  private final boolean keep;

  FilterTransducer(Pred<? super T> test, boolean keep) {
    this.test = Objects.requireNonNull(test, "test");
    this.keep = keep;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new FilterReducer<>(downstream, test, keep);
  }

  @Override
  public String describe() {
    return keep ? "filter" : "remove";
  }

  // ---- per-element reducer -------------------------------------------------------------------

  /** Passes {@code t} when {@code test(t) == keep}: filter with {@code true}, remove with false. */
  private static final class FilterReducer<T, A, R> extends StatelessReducer<T, T, A, R> {
    private static final long serialVersionUID = 1L;
    private final Pred<? super T> test;
    private final boolean keep;

    FilterReducer(Reducer<? super T, A, R> down, Pred<? super T> test, boolean keep) {
      super(down, keep ? "filter" : "remove", false);
      this.test = test;
      this.keep = keep;
    }

    @Override
    public A step(A acc, T t) {
      return test.test(t) == keep ? down.step(acc, t) : acc;
    }
  }
}
