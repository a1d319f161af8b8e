package dev.parafold.xf;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Replaces each element with the elements of the {@code Iterable} {@code f} returns (null means
 * none), stopping mid-element when downstream is done. Same as {@code Stream.flatMap}; Clojure
 * {@code mapcat}.
 */
final class FlatMapTransducer<T, U> implements Transducer<T, U> {
  private static final long serialVersionUID = 1L;
  private final Fn<? super T, ? extends Iterable<? extends U>> f;

  FlatMapTransducer(Fn<? super T, ? extends Iterable<? extends U>> f) {
    this.f = Objects.requireNonNull(f, "f");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> downstream) {
    return new FlatMapReducer<>(downstream, f);
  }

  @Override
  public String describe() {
    return "flatMap";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class FlatMapReducer<T, U, A, R> extends StatelessReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends Iterable<? extends U>> f;
    private final boolean mayStop;

    FlatMapReducer(
        Reducer<? super U, A, R> down, Fn<? super T, ? extends Iterable<? extends U>> f) {
      super(down, "flatMap", false);
      this.f = f;
      this.mayStop = down.mayStop();
    }

    @Override
    public A step(A acc, T t) {
      Iterable<? extends U> us = f.apply(t);
      if (us == null) {
        return acc;
      }
      for (U u : us) {
        acc = down.step(acc, u);
        if (mayStop && down.isDone(acc)) {
          return acc;
        }
      }
      return acc;
    }
  }
}
