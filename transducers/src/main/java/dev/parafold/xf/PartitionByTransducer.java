package dev.parafold.xf;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Groups runs of consecutive elements with equal keys into lists: 1, 1, 2, 3, 3 by identity gives
 * [1, 1], [2], [3, 3]. Clojure {@code partition-by}; Rust {@code chunk_by}; no {@code
 * java.util.stream} equivalent.
 *
 * <p>Parallel (boundary-aware, Transducers.jl's {@code ReducePartitionBy} generalised): a chunk
 * that does not start the input holds back its first run (it may continue a run to its left), emits
 * the runs inside it, and keeps its last run open. {@code combine} joins the left part's open run
 * with the right part's first run when their keys are equal, and closes it otherwise.
 */
final class PartitionByTransducer<T> implements Transducer<T, List<T>> {
  private static final long serialVersionUID = 1L;
  private final Fn<? super T, ?> key;

  PartitionByTransducer(Fn<? super T, ?> key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super List<T>, A, R> downstream) {
    return new Step<>(downstream, key);
  }

  @Override
  public String describe() {
    return "partitionBy";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean first; // starts the input: its first run is nobody else's
    boolean closedHead; // not first: its first run ended inside it (then held in head)
    ArrayList<Object> head;
    Object headKey;
    ArrayList<Object> open; // the last run, still open; null if no element yet
    Object openKey;
  }

  private static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super List<T>, A, R> down;
    private final Fn<? super T, ?> key;

    Step(Reducer<? super List<T>, A, R> down, Fn<? super T, ?> key) {
      this.down = down;
      this.key = key;
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
      Object k = key.apply(t);
      if (s.open != null && Objects.equals(k, s.openKey)) {
        s.open.add(t);
        return s;
      }
      close(s);
      s.open = new ArrayList<>();
      s.open.add(t);
      s.openKey = k;
      return s;
    }

    /** Ends the open run: emitted, or held as the head when it may continue a run to the left. */
    @SuppressWarnings("unchecked")
    private void close(State<A> s) {
      if (s.open == null) {
        return;
      }
      if (s.first || s.closedHead) {
        if (!down.isDone(s.inner)) {
          s.inner = down.step(s.inner, (List<T>) (List<?>) s.open);
        }
      } else {
        s.head = s.open;
        s.headKey = s.openKey;
        s.closedHead = true;
      }
      s.open = null;
    }

    @Override
    public State<A> combine(State<A> left, State<A> right) {
      if (right.first) {
        // only empty chunks lie left of a chunk that starts the input (e.g. an executor's seed)
        right.inner = down.combine(left.inner, right.inner);
        return right;
      }
      if (right.open == null) {
        return left; // right saw nothing
      }
      ArrayList<Object> firstRun = right.closedHead ? right.head : right.open;
      Object firstKey = right.closedHead ? right.headKey : right.openKey;
      if (left.open != null && Objects.equals(left.openKey, firstKey)) {
        left.open.addAll(firstRun);
      } else {
        close(left);
        left.open = firstRun;
        left.openKey = firstKey;
      }
      if (right.closedHead) {
        close(left);
        if (!down.isDone(left.inner)) {
          left.inner = down.combine(left.inner, right.inner);
        }
        left.open = right.open;
        left.openKey = right.openKey;
      }
      return left;
    }

    @Override
    public R complete(State<A> s) {
      if (!s.first) {
        s = combine(init(0), s);
      }
      close(s);
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
      return Strategy.BOUNDARY.max(down.strategy());
    }

    @Override
    public String describe() {
      return "partitionBy -> " + down.describe();
    }
  }
}
