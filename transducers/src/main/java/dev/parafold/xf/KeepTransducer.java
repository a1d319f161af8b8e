package dev.parafold.xf;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Applies {@code f} to each element and keeps the non-null results. Clojure {@code keep}; Rust
 * {@code filter_map}; {@code Stream.map(f).filter(Objects::nonNull)}.
 */
final class KeepTransducer<T, U> implements Transducer<T, U> {
  private static final long serialVersionUID = 1L;
  private final Fn<? super T, ? extends U> f;

  KeepTransducer(Fn<? super T, ? extends U> f) {
    this.f = Objects.requireNonNull(f, "f");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> downstream) {
    return new KeepReducer<>(downstream, f);
  }

  @Override
  public String describe() {
    return "keep";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class KeepReducer<T, U, A, R> extends StatelessReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends U> f;

    KeepReducer(Reducer<? super U, A, R> down, Fn<? super T, ? extends U> f) {
      super(down, "keep", false);
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      U u = f.apply(t);
      return u == null ? acc : down.step(acc, u);
    }
  }
}
