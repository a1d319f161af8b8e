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
    return new PartitionByReducer<>(downstream, key);
  }

  @Override
  public String describe() {
    return "partitionBy";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  static final class PartitionByAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    boolean closedHead; // not first: its first run ended inside it (then held in head)
    ArrayList<Object> head;
    Object headKey;
    ArrayList<Object> open; // the last run, still open; null if no element yet
    Object openKey;
  }

  private static final class PartitionByReducer<T, A, R>
      extends StatefulReducer<T, List<T>, PartitionByAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ?> key;

    PartitionByReducer(Reducer<? super List<T>, A, R> down, Fn<? super T, ?> key) {
      super(down, Strategy.BOUNDARY, "partitionBy");
      this.key = key;
    }

    @Override
    PartitionByAccumulator<A> open(long offset) {
      return new PartitionByAccumulator<>();
    }

    @Override
    public PartitionByAccumulator<A> step(PartitionByAccumulator<A> s, T t) {
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
    private void close(PartitionByAccumulator<A> s) {
      if (s.open == null) {
        return;
      }
      if (s.first || s.closedHead) {
        emit(s, (List<T>) (List<?>) s.open);
      } else {
        s.head = s.open;
        s.headKey = s.openKey;
        s.closedHead = true;
      }
      s.open = null;
    }

    @Override
    public PartitionByAccumulator<A> combine(
        PartitionByAccumulator<A> left, PartitionByAccumulator<A> right) {
      if (right.first) {
        return afterEmptyLeft(left, right);
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
        mergeInner(left, right);
        left.open = right.open;
        left.openKey = right.openKey;
      }
      return left;
    }

    @Override
    A finish(PartitionByAccumulator<A> s) {
      close(s);
      return s.inner;
    }
  }
}
