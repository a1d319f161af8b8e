package dev.parafold.xf;

import dev.parafold.fn.Effect2;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Replaces each element with the elements {@code f} pushes into the sink it is given (none, one or
 * many), without building a collection; once downstream is done, further pushes are ignored. Same
 * as {@code Stream.mapMulti}.
 */
final class MapMultiTransducer<T, U> implements Transducer<T, U> {
  private static final long serialVersionUID = 1L;
  private final Effect2<? super T, ? super Consumer<U>> f;

  MapMultiTransducer(Effect2<? super T, ? super Consumer<U>> f) {
    this.f = Objects.requireNonNull(f, "f");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> downstream) {
    return new MapMultiReducer<>(downstream, f);
  }

  @Override
  public String describe() {
    return "mapMulti";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class MapMultiReducer<T, U, A, R> extends StatelessReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Effect2<? super T, ? super Consumer<U>> f;
    private final boolean mayStop;

    MapMultiReducer(Reducer<? super U, A, R> down, Effect2<? super T, ? super Consumer<U>> f) {
      super(down, "mapMulti", false);
      this.f = f;
      this.mayStop = down.mayStop();
    }

    @Override
    public A step(A acc, T t) {
      Sink<U, A> sink = new Sink<>(down, acc, mayStop);
      f.accept(t, sink);
      return sink.acc;
    }
  }

  /** Feeds pushed elements downstream into one accumulator (one per element: not shared). */
  private static final class Sink<U, A> implements Consumer<U> {
    private final Reducer<? super U, A, ?> down;
    private final boolean mayStop;
    A acc;

    Sink(Reducer<? super U, A, ?> down, A acc, boolean mayStop) {
      this.down = down;
      this.acc = acc;
      this.mayStop = mayStop;
    }

    @Override
    public void accept(U u) {
      if (mayStop && down.isDone(acc)) {
        return;
      }
      acc = down.step(acc, u);
    }
  }
}
