package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Drops elements equal ({@code Objects.equals}) to the one just before them: 1, 1, 2, 1 becomes 1,
 * 2, 1. Clojure {@code dedupe}; no {@code java.util.stream} equivalent.
 *
 * <p>Parallel (boundary-aware): whether a chunk's first element passes depends on the last element
 * to its left, so a chunk that does not start the input holds its first element back and remembers
 * its last one. {@code combine} passes the right part's first element if it differs from the left
 * part's last, then merges.
 */
final class DedupeTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new Step<>(downstream);
  }

  @Override
  public String describe() {
    return "dedupe";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean first; // starts the input: its first element passes
    boolean any; // has seen an element
    Object head; // not first: the first element, undecided
    Object last;
  }

  private static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, R> down;

    Step(Reducer<? super T, A, R> down) {
      this.down = down;
    }

    @Override
    public State<A> init() {
      return init(0);
    }

    @Override
    public State<A> init(long offset) {
      State<A> s = new State<>();
      s.first = offset == 0;
      s.inner = down.init(s.first ? 0 : UNKNOWN_OFFSET);
      return s;
    }

    @Override
    public State<A> step(State<A> s, T t) {
      if (!s.any) {
        s.any = true;
        if (s.first) {
          s.inner = down.step(s.inner, t);
        } else {
          s.head = t;
        }
      } else if (!Objects.equals(t, s.last)) {
        s.inner = down.step(s.inner, t);
      }
      s.last = t;
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public State<A> combine(State<A> left, State<A> right) {
      if (right.first) {
        // only empty chunks lie left of a chunk that starts the input (e.g. an executor's seed)
        right.inner = down.combine(left.inner, right.inner);
        return right;
      }
      if (!right.any) {
        return left;
      }
      if (!left.any) {
        if (left.first) {
          left.inner = down.step(left.inner, (T) right.head);
        } else {
          left.head = right.head;
        }
        left.any = true;
      } else if (!Objects.equals(right.head, left.last) && !down.isDone(left.inner)) {
        left.inner = down.step(left.inner, (T) right.head);
      }
      if (!down.isDone(left.inner)) {
        left.inner = down.combine(left.inner, right.inner);
      }
      left.last = right.last;
      return left;
    }

    @Override
    public R complete(State<A> s) {
      return down.complete(s.first ? s.inner : combine(init(0), s).inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return Strategy.BOUNDARY.max(down.strategy());
    }

    @Override
    public String describe() {
      return "dedupe -> " + down.describe();
    }
  }
}
