package dev.parafold.xf;

import dev.parafold.fn.Effect;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Runs {@code action} on each element as it passes. Same as {@code Stream.peek}. In a parallel fold
 * the action runs on worker threads, concurrently, in no global order.
 */
final class PeekTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Effect<? super T> action;

  PeekTransducer(Effect<? super T> action) {
    this.action = Objects.requireNonNull(action, "action");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new PeekReducer<>(downstream, action);
  }

  @Override
  public String describe() {
    return "peek";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class PeekReducer<T, A, R> extends StatelessReducer<T, T, A, R> {
    private static final long serialVersionUID = 1L;
    private final Effect<? super T> action;

    PeekReducer(Reducer<? super T, A, R> down, Effect<? super T> action) {
      super(down, "peek", true);
      this.action = action;
    }

    @Override
    public A step(A acc, T t) {
      action.accept(t);
      return down.step(acc, t);
    }
  }
}
