package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/*
 * One node of a fold's split tree, and the whole of the driver's per-node logic.
 *
 * Shape. A node owns a source slice and the offset of its first element. It folds the slice as a
 * leaf, or splits it and joins two children through the Scheduler (left on this thread, right
 * possibly elsewhere), then merges their outcomes left to right. The root of a sized input under
 * AUTO first folds a 16-element timed sample from the END of the input (so the first elements are
 * not held back behind it) and folds the rest inline when the sample says it is cheap. The root of
 * a source of unknown size pulls bounded batches in rounds: while one round's batches fold (a
 * balanced join over them), the next round is pulled by the right half of the same join; batch
 * results merge strictly left to right, so the association depends only on the input.
 *
 * Outcome. Each node ends in one of three states: VALUE (an accumulator), FAILED (a throwable,
 * with the chunk it came from) or STOPPED (no usable result: cancelled, or the run stopped). The
 * merge is the sequential fold's semantics: a failed left part wins (a failure on its right is
 * attached as suppressed); a done left part wins and whatever is right of it, a failure included,
 * is unreachable and dropped; otherwise a failed right part fails the node; two values combine.
 * So the fold throws the failure of the leftmost failing element that the sequential fold
 * reaches, and returns normally when an early stop to its left makes every failure unreachable.
 *
 * Stopping. A done or failed node cancels every node to its right (walk up the parents; at each
 * level flag the neighbours on the right, the `next` chain), so those stop at their next poll;
 * nodes to the left run on. Source loops poll stopRequested() every Stop.CHECK_INTERVAL elements:
 * the node's and its ancestors' flags, then the run's FoldRun (cancel handle, deadline, the
 * caller's interrupt, an enclosing fold's chunk). A node joins both children before it returns, so
 * when the root returns no chunk is running.
 *
 * Memory ordering. Children are created, linked (`next`) and handed to the Scheduler before they
 * run, and their outcome fields are read after join returned: the scheduler's join provides the
 * happens-before edges both ways. Cancel flags are volatile.
 */
final class SplitNode<T, A> implements Scheduler.Task, Stop {
  static final byte STOPPED = 0;
  static final byte VALUE = 1;
  static final byte FAILED = 2;

  private final SplitRun<T, A> run;
  private final SplitNode<T, A> parent;
  private final Source<T> source;
  private final long offset;
  private final int depth;
  private final SplittableRandom random;
  private final boolean pullsBatches;

  /** The neighbour to the right under the same parent, and its neighbours after it. */
  SplitNode<T, A> next;

  /** Fold as one leaf, unsplit (the sample said the input is cheap). */
  boolean inline;

  /** The root's own part of the input: may be swept left to right (see {@link Sweep}). */
  boolean maySweep;

  /** A sweep's chunk: its index in encounter order. */
  int index;

  private volatile boolean cancelled;
  private boolean folding; // in leaf(): a failure is this leaf's
  private int leavesBelow = 1; // chunks in this subtree, once its children ran

  byte state = STOPPED;
  A acc;
  Throwable failure;
  private String where;

  /**
   * FAILED only: the accumulator of every element of this node left of the part that failed ({@code
   * hasBefore}), and that part's source, to fold again from the whole left part at the end (a leaf,
   * or a small inner node whose combine failed; null otherwise).
   */
  A before;

  boolean hasBefore;
  Source<T> failedLeaf;
  private List<SplitNode<T, A>> pulled; // a batch puller's round

  SplitNode(
      SplitRun<T, A> run,
      SplitNode<T, A> parent,
      Source<T> source,
      long offset,
      int depth,
      SplittableRandom random,
      boolean pullsBatches) {
    this.run = run;
    this.parent = parent;
    this.source = source;
    this.offset = offset;
    this.depth = depth;
    this.random = random;
    this.pullsBatches = pullsBatches;
  }

  @Override
  public boolean stopRequested() {
    for (SplitNode<T, A> t = this; t != null; t = t.parent) {
      if (t.cancelled) {
        return true;
      }
    }
    return run.control.stopRequested();
  }

  @Override
  public String describe() {
    return source.describe();
  }

  @Override
  public void run(boolean stolen) {
    boolean enter = stolen || parent == null;
    Object previousContext = enter ? run.control.enter() : null;
    try {
      if (stopRequested()) {
        return;
      }
      if (pullsBatches) {
        pulled = pull();
        state = VALUE;
      } else if (parent == null && source.batched()) {
        foldBatches();
      } else if (parent == null && run.samples(source)) {
        sampleThenFold();
      } else {
        fold(stolen);
      }
    } catch (Throwable e) {
      failed(e);
    } finally {
      if (enter) {
        run.control.exit(previousContext);
      }
    }
  }

  private void failed(Throwable e) {
    if (e instanceof FoldCancelledException && stopRequested()) {
      state = STOPPED; // a nested fold saw this chunk stop
      return;
    }
    state = FAILED;
    failure = e;
    failedLeaf = folding || replayable() ? source : null;
    where = "chunk at offset " + offset + " of " + source.describe();
    cancelToTheRight();
  }

  /**
   * Whether an inner node whose own work failed (a combine that replayed held-back elements, a
   * split) is small enough to fold again from its left context at the end; a leaf always is.
   */
  private boolean replayable() {
    long n = source.size();
    return n >= 0 ? n <= SplitRun.MAX_REPLAY : leavesBelow <= SplitRun.MAX_REPLAY_CHUNKS;
  }

  /** Early stop or failure: nothing right of this node can change the outcome. */
  private void cancelToTheRight() {
    for (SplitNode<T, A> t = this; t != null; t = t.parent) {
      for (SplitNode<T, A> s = t.next; s != null; s = s.next) {
        s.cancelled = true;
      }
    }
  }

  // ---- sized and splittable sources ----------------------------------------------------------

  private void fold(boolean stolen) {
    if (maySweep && !inline && Sweep.fits(run, source)) {
      new Sweep<>(run, this, source, offset).fold();
      return;
    }
    Split<T> split = inline ? null : trySplit(stolen);
    if (split == null) {
      leaf();
      return;
    }
    long leftSize = split.left().size();
    long rightOffset = offset >= 0 && leftSize >= 0 ? offset + leftSize : Reducer.UNKNOWN_OFFSET;
    SplittableRandom rightRandom = random == null ? null : random.split();
    SplitNode<T, A> right = child(split.right(), rightOffset, rightRandom);
    SplitNode<T, A> left = child(split.left(), offset, random);
    left.next = right;
    run.scheduler.join(left, right);
    leavesBelow = left.leavesBelow + right.leavesBelow;
    merge(left, right);
  }

  private SplitNode<T, A> child(Source<T> s, long off, SplittableRandom rnd) {
    return new SplitNode<>(run, this, s, off, depth + 1, rnd, false);
  }

  private Split<T> trySplit(boolean stolen) {
    if (depth >= ChunkPolicy.MAX_DEPTH) {
      return null;
    }
    long exact = source.size();
    long n = exact >= 0 ? exact : source.estimateSize(); // halves of a HashSet lose their size
    // Rayon's rule under auto: a stolen chunk splits once more, where there is demand for work
    boolean want = n < 0 || n > run.leafSize || (stolen && run.auto && !run.capped);
    if (!want || n == 0 || n == 1) {
      return null;
    }
    return source.sized() ? source.splitAt(run.policy.splitPoint(exact, random)) : source.split();
  }

  private void leaf() {
    Reducer<? super T, A, ?> r = run.r;
    A a = r.init(offset);
    if (!(r.mayStop() && r.isDone(a))) { // done from the start: no element is stepped
      Stop previous = FoldRun.enterChunk(this);
      folding = true;
      try {
        a = source.reduce(r, a, this);
      } finally {
        FoldRun.exitChunk(previous);
      }
      folding = false;
    }
    if (r.isDone(a)) {
      acc = a;
      state = VALUE;
      cancelToTheRight();
    } else if (!stopRequested()) {
      acc = a;
      state = VALUE;
    } // else cut short: a partial accumulator must not be merged
  }

  /** This node's outcome from its children's, as the sequential fold would see them. */
  private void merge(SplitNode<T, A> left, SplitNode<T, A> right) {
    Reducer<? super T, A, ?> r = run.r;
    if (left.state == FAILED) {
      adopt(left);
      if (right.state == FAILED && right.failure != left.failure) {
        run.lost.add(right.failure);
      }
      return;
    }
    if (left.state == STOPPED) {
      if (right.state == FAILED) {
        run.lost.add(right.failure);
      }
      return;
    }
    if (r.isDone(left.acc)) {
      acc = left.acc; // whatever is right of a done part is unreachable, a failure too
      state = VALUE;
      return;
    }
    if (right.state == FAILED) {
      // reachable unless the left part and what precedes the failure in the right part are done
      A ctx = right.hasBefore ? r.combine(left.acc, right.before) : left.acc;
      if (r.isDone(ctx)) {
        acc = ctx;
        state = VALUE;
        return;
      }
      adopt(right);
      before = ctx;
      hasBefore = true;
      return;
    }
    if (right.state == STOPPED) {
      if (!stopRequested()) {
        throw new IllegalStateException(
            "reducer "
                + r.describe()
                + " broke the early-termination contract: a chunk reported done, but the merged"
                + " part to its left is not done");
      }
      return;
    }
    acc = r.combine(left.acc, right.acc);
    state = VALUE;
    if (r.isDone(acc)) {
      cancelToTheRight();
    }
  }

  private void adopt(SplitNode<T, A> child) {
    state = FAILED;
    failure = child.failure;
    where = child.where;
    failedLeaf = child.failedLeaf;
    before = child.before;
    hasBefore = child.hasBefore;
  }

  /** The chunk a failure came from, for the note attached to it. */
  String where() {
    return where;
  }

  // ---- chunks of a left-to-right sweep ----------------------------------------------------------

  /** A chunk of a sweep over this node's input: a leaf, cancelled by {@link #cancel}. */
  SplitNode<T, A> chunk(Source<T> s, long off) {
    SplitNode<T, A> c = child(s, off, null);
    c.inline = true;
    return c;
  }

  /** Stops this node at its next poll (its outcome is no longer needed). */
  void cancel() {
    cancelled = true;
  }

  /** This node's outcome from a sweep's merged prefix. */
  void adoptSweep(boolean any, A merged, SplitNode<T, A> failed, boolean complete) {
    Reducer<? super T, A, ?> r = run.r;
    if (failed != null) {
      failedAfter(any, merged, failed);
    } else if (any && r.isDone(merged)) {
      acc = merged;
      state = VALUE;
    } else if (stopRequested()) {
      return; // stopped
    } else if (complete) {
      acc = any ? merged : r.init(offset);
      state = VALUE;
    } else {
      throw new IllegalStateException(
          "fold of " + source.describe() + ": a chunk ended without a result");
    }
  }

  // ---- the root of a sized input under auto ---------------------------------------------------

  /**
   * Folds a timed sample from the end of the input; if the whole input then looks cheaper than
   * {@link SplitRun#INLINE_NANOS}, folds the rest inline (forking would cost more than it saves),
   * otherwise splits it.
   */
  private void sampleThenFold() {
    long n = source.size();
    long head = n - SplitRun.SAMPLE;
    Split<T> parts = source.splitAt(head);
    SplitNode<T, A> tail = child(parts.right(), head, null);
    SplitNode<T, A> front = child(parts.left(), 0, random);
    front.next = tail;
    front.maySweep = true;
    long t0 = System.nanoTime();
    tail.run(false);
    long elapsed = System.nanoTime() - t0;
    if (tail.state == STOPPED) {
      return; // the run stopped
    }
    front.inline = (double) elapsed / SplitRun.SAMPLE * head < SplitRun.INLINE_NANOS;
    front.run(false);
    leavesBelow = front.leavesBelow + 1;
    merge(front, tail);
  }

  // ---- the root of a source of unknown size ---------------------------------------------------

  /**
   * Pulls batches in rounds on one thread at a time; a round folds while the next one is pulled, so
   * at most two rounds are in memory; results merge in batch order.
   */
  private void foldBatches() {
    Reducer<? super T, A, ?> r = run.r;
    List<SplitNode<T, A>> round = pull();
    boolean any = false;
    A merged = null;
    while (!round.isEmpty()) {
      SplitNode<T, A> puller = new SplitNode<>(run, this, source, 0, 1, null, true);
      round.get(round.size() - 1).next = puller;
      run.scheduler.join(new JoinAll<>(run.scheduler, round, 0, round.size()), puller);
      for (SplitNode<T, A> b : round) {
        if (b.state != VALUE) {
          if (b.state == FAILED) {
            failedAfter(any, merged, b);
          } else if (!stopRequested()) {
            throw new IllegalStateException(
                "fold of " + source.describe() + ": a batch ended without a result");
          }
          return;
        }
        merged = any ? r.combine(merged, b.acc) : b.acc;
        any = true;
        if (r.isDone(merged)) {
          acc = merged;
          state = VALUE;
          return;
        }
      }
      if (puller.state != VALUE) {
        if (puller.state == FAILED) {
          failedAfter(any, merged, puller); // the source failed after the elements before it
        }
        return;
      }
      round = puller.pulled;
    }
    acc = any ? merged : r.init(0);
    state = VALUE;
  }

  /** A failure after the batches merged so far, unless they are done (then it is unreachable). */
  private void failedAfter(boolean any, A merged, SplitNode<T, A> failed) {
    Reducer<? super T, A, ?> r = run.r;
    if (!any) {
      adopt(failed);
      return;
    }
    A ctx = failed.hasBefore ? r.combine(merged, failed.before) : merged;
    if (r.isDone(ctx)) {
      acc = ctx;
      state = VALUE;
      return;
    }
    adopt(failed);
    before = ctx;
    hasBefore = true;
  }

  /** Pulls the next round of batches (the batch root's source), linked left to right. */
  private List<SplitNode<T, A>> pull() {
    SplitNode<T, A> root = pullsBatches ? parent : this;
    List<SplitNode<T, A>> out = new ArrayList<>(run.batchesPerRound);
    SplitNode<T, A> last = null;
    while (out.size() < run.batchesPerRound && !stopRequested()) {
      Source<T> b = root.source.nextBatch(run.nextBatchSize());
      if (b == null) {
        break;
      }
      SplitNode<T, A> node =
          new SplitNode<>(
              run, root, b, run.takeBatchOffset(b.size()), 1, run.policy.newRandom(), false);
      if (last != null) {
        last.next = node;
      }
      out.add(node);
      last = node;
    }
    return out;
  }

  /** Runs a list of nodes as a balanced tree of joins (no merging: the caller merges in order). */
  static final class JoinAll<T, A> implements Scheduler.Task {
    private final Scheduler scheduler;
    private final List<SplitNode<T, A>> nodes;
    private final int from;
    private final int to;

    JoinAll(Scheduler scheduler, List<SplitNode<T, A>> nodes, int from, int to) {
      this.scheduler = scheduler;
      this.nodes = nodes;
      this.from = from;
      this.to = to;
    }

    @Override
    public void run(boolean stolen) {
      if (to - from == 1) {
        nodes.get(from).run(stolen);
        return;
      }
      int mid = (from + to) >>> 1;
      scheduler.join(
          new JoinAll<>(scheduler, nodes, from, mid), new JoinAll<>(scheduler, nodes, mid, to));
    }
  }
}
