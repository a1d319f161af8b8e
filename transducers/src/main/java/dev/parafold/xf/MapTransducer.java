package dev.parafold.xf;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/** Applies {@code f} to each element. Same as {@code Stream.map}; Clojure {@code map}. */
final class MapTransducer<T, U> implements Transducer<T, U> {
  private static final long serialVersionUID = 1L;
  private final Fn<? super T, ? extends U> f;

  MapTransducer(Fn<? super T, ? extends U> f) {
    this.f = Objects.requireNonNull(f, "f");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> downstream) {
    return new MapReducer<>(downstream, f);
  }

  @Override
  public String describe() {
    return "map";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class MapReducer<T, U, A, R> extends StatelessReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends U> f;

    MapReducer(Reducer<? super U, A, R> down, Fn<? super T, ? extends U> f) {
      super(down, "map", true);
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return down.step(acc, f.apply(t));
    }
  }
}
