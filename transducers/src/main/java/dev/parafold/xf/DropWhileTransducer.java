package dev.parafold.xf;

import dev.parafold.fn.Pred;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Drops elements while {@code test} holds, then passes all the rest. Same as {@code
 * Stream.dropWhile}; Clojure {@code drop-while}.
 *
 * <p>Parallel (boundary-aware): a chunk that does not start the input cannot know whether its
 * leading run of passing elements is dropped (it is only if everything to its left was), so it
 * holds that run back. {@code combine} drops it if the left part is still dropping, and otherwise
 * replays it into the left accumulator before merging.
 */
final class DropWhileTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Pred<? super T> test;

  DropWhileTransducer(Pred<? super T> test) {
    this.test = Objects.requireNonNull(test, "test");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new DropWhileReducer<>(downstream, test);
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public String describe() {
    return "dropWhile";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  static final class DropWhileAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    boolean dropping = true;
    ArrayList<Object> held; // not first: the leading run, undecided
  }

  private static final class DropWhileReducer<T, A, R>
      extends StatefulReducer<T, T, DropWhileAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final Pred<? super T> test;

    DropWhileReducer(Reducer<? super T, A, R> down, Pred<? super T> test) {
      super(down, Strategy.BOUNDARY, "dropWhile");
      this.test = test;
    }

    /** The first chunk's leading run is dropped for sure; any other holds it. */
    @Override
    DropWhileAccumulator<A> open(long offset) {
      DropWhileAccumulator<A> s = new DropWhileAccumulator<>();
      if (offset != 0) {
        s.held = new ArrayList<>();
      }
      return s;
    }

    @Override
    public DropWhileAccumulator<A> step(DropWhileAccumulator<A> s, T t) {
      if (s.dropping) {
        if (test.test(t)) {
          if (!s.first) {
            s.held.add(t);
          }
          return s;
        }
        s.dropping = false;
      }
      s.inner = down.step(s.inner, t);
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DropWhileAccumulator<A> combine(
        DropWhileAccumulator<A> left, DropWhileAccumulator<A> right) {
      if (left.dropping) {
        // everything in left passed the test, so right's leading run continues left's
        if (!left.first) {
          left.held.addAll(right.held);
        }
        left.dropping = right.dropping;
      } else {
        for (Object x : right.held) {
          emit(left, (T) x);
        }
      }
      mergeInner(left, right);
      return left;
    }

    @Override
    boolean startsInput(DropWhileAccumulator<A> s) {
      return true; // whatever it holds is the whole input's leading run: dropped
    }
  }
}
