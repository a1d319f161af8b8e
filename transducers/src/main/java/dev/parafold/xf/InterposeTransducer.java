package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;

/**
 * Puts {@code separator} between consecutive elements: a, b, c becomes a, sep, b, sep, c. Clojure
 * {@code interpose}; Rust {@code intersperse}; no {@code java.util.stream} equivalent.
 *
 * <p>Parallel (boundary-aware): whether a chunk's first element is preceded by a separator depends
 * on whether anything lies to its left, so a chunk that does not start the input holds its first
 * element back. {@code combine} passes it, after a separator if the left part had elements.
 */
final class InterposeTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final T separator;

  InterposeTransducer(T separator) {
    this.separator = separator;
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new Step<>(downstream, separator);
  }

  @Override
  public String describe() {
    return "interpose(" + separator + ")";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean first; // starts the input
    boolean any;
    Object head; // not first: the first element, undecided
  }

  private static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, R> down;
    private final T separator;

    Step(Reducer<? super T, A, R> down, T separator) {
      this.down = down;
      this.separator = separator;
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
        return s;
      }
      return pass(s, t, true);
    }

    private State<A> pass(State<A> s, T t, boolean sep) {
      if (sep) {
        s.inner = down.step(s.inner, separator);
        if (down.isDone(s.inner)) {
          return s;
        }
      }
      s.inner = down.step(s.inner, t);
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
      if (left.any || left.first) {
        if (!down.isDone(left.inner)) {
          pass(left, (T) right.head, left.any);
        }
      } else {
        left.head = right.head;
      }
      left.any = true;
      if (!down.isDone(left.inner)) {
        left.inner = down.combine(left.inner, right.inner);
      }
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
      return "interpose -> " + down.describe();
    }
  }
}
