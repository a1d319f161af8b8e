package dev.parafold.xf;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Replaces each element with the elements of the {@code Stream} {@code f} returns (null means
 * none), closing each stream after use and stopping mid-stream when downstream is done. Same as
 * {@code Stream.flatMap}; Clojure {@code mapcat}.
 */
final class FlatMapStreamTransducer<T, U> implements Transducer<T, U> {
  private static final long serialVersionUID = 1L;
  private final Fn<? super T, ? extends Stream<? extends U>> f;

  FlatMapStreamTransducer(Fn<? super T, ? extends Stream<? extends U>> f) {
    this.f = Objects.requireNonNull(f, "f");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> downstream) {
    return new FlatMapStreamReducer<>(downstream, f);
  }

  @Override
  public String describe() {
    return "flatMap";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class FlatMapStreamReducer<T, U, A, R> extends StatelessReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends Stream<? extends U>> f;
    private final boolean mayStop;

    FlatMapStreamReducer(
        Reducer<? super U, A, R> down, Fn<? super T, ? extends Stream<? extends U>> f) {
      super(down, "flatMap", false);
      this.f = f;
      this.mayStop = down.mayStop();
    }

    @Override
    public A step(A acc, T t) {
      try (Stream<? extends U> us = f.apply(t)) {
        if (us == null) {
          return acc;
        }
        Iterator<? extends U> it = us.sequential().iterator();
        while (it.hasNext()) {
          acc = down.step(acc, it.next());
          if (mayStop && down.isDone(acc)) {
            return acc;
          }
        }
        return acc;
      }
    }
  }
}
