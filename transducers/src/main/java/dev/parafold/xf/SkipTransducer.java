package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;

/**
 * Drops the first {@code n} elements. Same as {@code Stream.skip}; Clojure {@code drop}.
 *
 * <p>Parallel (index-aware): a chunk whose offset is known knows exactly which elements to drop. A
 * chunk whose offset is unknown holds back its first {@code n} elements (any of which may still be
 * dropped) and passes the rest straight on, because they lie past position {@code n} whatever the
 * offset. {@code combine} drops what the left part's count decides and replays the remainder.
 */
final class SkipTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final long n;

  SkipTransducer(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("skip: n must be >= 0, was " + n);
    }
    this.n = n;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new Step<>(downstream, n);
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public String describe() {
    return "skip(" + n + ")";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  /**
   * {@code seen}: elements this chunk saw (saturating at n is not needed: long). Resolved chunks
   * know their global position: {@code position} = index of the next element.
   */
  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean resolved;
    long position; // resolved: global index of the next element
    long seen; // unresolved: elements seen
    ArrayList<Object> held; // unresolved: the first min(seen, n) elements
  }

  private static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, R> down;
    private final long n;

    Step(Reducer<? super T, A, R> down, long n) {
      this.down = down;
      this.n = n;
    }

    @Override
    public State<A> init() {
      return init(0);
    }

    @Override
    public State<A> init(long offset) {
      State<A> s = new State<>();
      if (offset >= 0) {
        s.resolved = true;
        s.position = offset;
        // downstream positions after a skip are known only for the chunk that starts the input:
        // a chunk at offset o <= n would claim downstream position 0 too (inexact), and passing
        // o - n for later ones would put known offsets to the right of unknown ones
        s.inner = down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
      } else {
        s.held = new ArrayList<>();
        s.inner = down.init(UNKNOWN_OFFSET);
      }
      return s;
    }

    @Override
    public State<A> step(State<A> s, T t) {
      if (s.resolved) {
        if (s.position++ >= n) {
          s.inner = down.step(s.inner, t);
        }
      } else if (s.seen++ < n) {
        s.held.add(t);
      } else {
        s.inner = down.step(s.inner, t);
      }
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public State<A> combine(State<A> left, State<A> right) {
      if (right.resolved) {
        // right knows its offset, so left's elements all precede it exactly
        if (!left.resolved) {
          // offsets are known for a right part only if they are known for its left neighbour
          throw new IllegalStateException(
              "skip: a chunk of known offset follows one of unknown offset");
        }
        left.inner = down.combine(left.inner, right.inner);
        left.position = right.position;
        return left;
      }
      if (left.resolved) {
        long drop = Math.max(0, n - left.position);
        for (int i = 0; i < right.held.size(); i++) {
          if (i >= drop && !down.isDone(left.inner)) {
            left.inner = down.step(left.inner, (T) right.held.get(i));
          }
        }
        left.position += right.seen;
      } else {
        // both unresolved: left's held elements come first; right's held ones that fall past
        // position n of the merged chunk are decided and precede right's passed elements
        for (Object x : right.held) {
          if (left.seen < n) {
            left.held.add(x);
          } else if (!down.isDone(left.inner)) {
            left.inner = down.step(left.inner, (T) x);
          }
          left.seen++;
        }
        left.seen += right.seen - right.held.size();
      }
      left.inner = down.isDone(left.inner) ? left.inner : down.combine(left.inner, right.inner);
      return left;
    }

    @Override
    public R complete(State<A> s) {
      if (!s.resolved) {
        State<A> first = init(0);
        s = combine(first, s);
      }
      return down.complete(s.inner);
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
      return Strategy.INDEXED.max(down.strategy());
    }

    @Override
    public String describe() {
      return "skip(" + n + ") -> " + down.describe();
    }
  }
}
