package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;

/**
 * Flattens one level: each element is an {@code Iterable} whose elements are passed on (a null
 * element gives none), stopping mid-element when downstream is done. Clojure {@code cat}; {@code
 * Stream.flatMap(Collection::stream)}.
 */
final class CatTransducer<U> implements Transducer<Iterable<? extends U>, U> {
  private static final long serialVersionUID = 1L;

  @Override
  public <A, R> Reducer<Iterable<? extends U>, ?, R> apply(Reducer<? super U, A, R> downstream) {
    return new CatReducer<>(downstream);
  }

  @Override
  public String describe() {
    return "cat";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class CatReducer<U, A, R>
      extends StatelessReducer<Iterable<? extends U>, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final boolean mayStop;

    CatReducer(Reducer<? super U, A, R> down) {
      super(down, "cat", false);
      this.mayStop = down.mayStop();
    }

    @Override
    public A step(A acc, Iterable<? extends U> us) {
      if (us == null) {
        return acc;
      }
      for (U u : us) {
        if (mayStop && down.isDone(acc)) {
          return acc;
        }
        acc = down.step(acc, u);
      }
      return acc;
    }
  }
}
