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
    return new SkipReducer<>(downstream, n);
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public String describe() {
    return "skip(" + n + ")";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  /** Resolved chunks know the global index of their next element; others hold a prefix. */
  static final class SkipAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    boolean resolved;
    long position; // resolved: global index of the next element
    long seen; // unresolved: elements seen
    ArrayList<Object> held; // unresolved: the first min(seen, n) elements
  }

  private static final class SkipReducer<T, A, R>
      extends StatefulReducer<T, T, SkipAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final long n;

    SkipReducer(Reducer<? super T, A, R> down, long n) {
      super(down, Strategy.INDEXED, "skip(" + n + ")");
      this.n = n;
    }

    /**
     * Downstream positions after a skip are known only for the chunk that starts the input (the
     * default {@link #downstreamOffset}): a chunk at offset o <= n would claim downstream position
     * 0 too (inexact), and passing o - n for later ones would put known offsets to the right of
     * unknown ones.
     */
    @Override
    SkipAccumulator<A> open(long offset) {
      SkipAccumulator<A> s = new SkipAccumulator<>();
      s.resolved = offset >= 0;
      s.position = offset;
      if (!s.resolved) {
        s.held = new ArrayList<>();
      }
      return s;
    }

    @Override
    public SkipAccumulator<A> step(SkipAccumulator<A> s, T t) {
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
    public SkipAccumulator<A> combine(SkipAccumulator<A> left, SkipAccumulator<A> right) {
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
        for (int i = (int) Math.min(drop, right.held.size()); i < right.held.size(); i++) {
          emit(left, (T) right.held.get(i));
        }
        left.position += right.seen;
      } else {
        // both unresolved: left's held elements come first; right's held ones that fall past
        // position n of the merged chunk are decided and precede right's passed elements
        for (Object x : right.held) {
          if (left.seen < n) {
            left.held.add(x);
          } else {
            emit(left, (T) x);
          }
          left.seen++;
        }
        left.seen += right.seen - right.held.size();
      }
      mergeInner(left, right);
      return left;
    }

    @Override
    boolean startsInput(SkipAccumulator<A> s) {
      return s.resolved;
    }
  }
}
