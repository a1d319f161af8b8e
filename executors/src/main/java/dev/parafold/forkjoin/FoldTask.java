package dev.parafold.forkjoin;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldRun;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.util.ArrayDeque;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/*
 * One node of a fold's split tree.
 *
 * Structure. A task owns a source slice and the offset of its first element. It either folds the
 * slice as a leaf (acc = source.reduce(r, r.init(offset), this)) or splits it into a left prefix
 * and a right rest, forks the right child, computes the left child directly, then joins the right
 * and merges with r.combine(left, right): results always merge left then right, so ordered results
 * equal sequential ones whatever thread ran what.
 *
 * Splitting. A sized source splits at the policy's point (midpoint, or seeded random); other
 * splittable sources use their own split. AUTO splits down to ~n/(4p) and splits once more where a
 * task was stolen (Rayon's rule: split more only where there is demand). Depth is bounded
 * (ChunkPolicy.MAX_DEPTH), so a degenerate split tree ends in a big leaf, never a stack overflow.
 * Batched sources (iterators) are pulled by the root in growing batches (256 to 65536 elements)
 * with at most 2p batches in flight, merged in batch order: bounded memory and encounter order.
 * Under AUTO a batch is one leaf (split once more only where stolen); FIXED and RANDOM split each
 * batch down to their leaf size, so the tree depends only on the input.
 *
 * Parallelism cap. With FoldOptions.maxParallelism(k), AUTO cuts exactly k chunks, so at most k
 * run at once. FIXED and RANDOM keep their own tree (bit-identical results win over the cap): the
 * cap then bounds only batched sources (k batches in flight), not how many leaves run at once.
 *
 * Early termination. When a leaf's accumulator is done, every task to its right is cancelled at
 * once (walk up: for each ancestor we are left of, cancel its right child). The left part finishes.
 * By the Reducer contract the merged left part is then done too, so the parent keeps it and never
 * combines a cancelled right result: the result equals the sequential one.
 *
 * Stopping. Source loops poll stopRequested() every Stop.CHECK_INTERVAL elements: it checks this
 * task's and its ancestors' cancelled flags (plain volatile reads) and the run's FoldRun (failure,
 * cancel handle, deadline, caller interrupt). Every forked task is joined before its parent
 * returns, so when the root returns no chunk is running: no element is stepped after the fold
 * returned or threw.
 *
 * Failures. A chunk's exception is caught where it is thrown and recorded in FoldRun (first one
 * wins, the rest are suppressed), which stops the siblings; the caller rethrows the same instance.
 * ForkJoinTask's own exception path is never used (it may rethrow a copy). A right child without a
 * result is expected whenever this task is stopped (its own or an ancestor's cancel flag, or the
 * run's); only otherwise is it reported as a reducer that broke the early-termination contract.
 *
 * Waiting. A caller outside the pool submits the root and waits in timed slices; if the run is
 * stopped (cancel, deadline, interrupt) while the root is still queued behind other work, the
 * caller claims the root (a CAS that compute() also makes) so that it never runs, and returns at
 * once. A root that started is always waited for.
 *
 * Nesting. A fold started inside a worker runs its root in that worker (invoke) and forks into the
 * same pool. Joins never block a worker: helpJoin runs the child itself if it is still in the
 * local deque (the common case: we fork right, compute left, then join right), otherwise runs the
 * worker's own queued tasks (forks of frames further up this stack, or of an enclosing fold, work
 * that has to be done anyway) and parks for 20 us at a time when there are none. ForkJoinTask.join
 * would instead, with nothing to help, ask the pool for a compensation thread, which let a pool of
 * p reach p + 2 under nested folds. NestingTest checks at most p + 1 threads (it sees exactly p)
 * for 64 x 16 x 200 nested folds on pools of 1, 2 and 4. Cancellation stays prompt: tasks run
 * inline poll the same cancel flags.
 *
 * Memory ordering. Results are published through fork/join (fork happens-before the child runs;
 * the child's completion happens-before join returns). Cancel flags are volatile.
 */
final class FoldTask<T, A> extends RecursiveAction implements Stop {
  private static final long serialVersionUID = 1L;
  private static final int FIRST_BATCH = 256;
  private static final int MAX_BATCH = 1 << 16;

  /** Inputs estimated to fold faster than this run inline, unsplit (AUTO only). */
  private static final long INLINE_NANOS = 50_000;

  private static final int SAMPLE = 16;

  /** What every task of one fold shares. */
  static final class Shared<T, A> {
    final Reducer<? super T, A, ?> r;
    final ChunkPolicy policy;
    final int parallelism;
    final boolean capped;
    final FoldRun control;
    final LongAdder leaves = new LongAdder();
    final LongAdder steals = new LongAdder();
    final AtomicBoolean rootClaimed = new AtomicBoolean();
    long leafSize;

    Shared(
        Reducer<? super T, A, ?> r,
        ChunkPolicy policy,
        int parallelism,
        boolean capped,
        FoldRun control) {
      this.r = r;
      this.policy = policy;
      this.parallelism = parallelism;
      this.capped = capped;
      this.control = control;
    }
  }

  private final Shared<T, A> shared;
  private final FoldTask<T, A> parent;
  private final boolean isLeftChild;
  private final Source<T> source;
  private final long offset;
  private final int depth;
  private final SplittableRandom random;
  private final Thread forker;
  private volatile boolean cancelled;
  private volatile FoldTask<T, A> rightChild;

  /** The accumulator, valid when {@link #ok}. */
  A result;

  /** Whether this task produced a complete, usable result. */
  boolean ok;

  private FoldTask(
      Shared<T, A> shared,
      FoldTask<T, A> parent,
      boolean isLeftChild,
      Source<T> source,
      long offset,
      int depth,
      SplittableRandom random) {
    this.shared = shared;
    this.parent = parent;
    this.isLeftChild = isLeftChild;
    this.source = source;
    this.offset = offset;
    this.depth = depth;
    this.random = random;
    this.forker = Thread.currentThread();
  }

  static <T, A> FoldTask<T, A> root(Shared<T, A> shared, Source<T> source) {
    long n = source.batched() ? -1 : source.estimateSize();
    boolean auto = shared.policy.kind() == ChunkPolicy.Kind.AUTO;
    if (n >= 0) {
      // A parallelism cap makes AUTO cut exactly p chunks; FIXED and RANDOM keep their own tree,
      // so their results stay bit-identical whatever the cap (see design-engine.md).
      shared.leafSize =
          shared.capped && auto
              ? Math.max(1, (n + shared.parallelism - 1) / shared.parallelism)
              : shared.policy.leafSize(n, shared.parallelism);
    } else if (auto) {
      shared.leafSize = MAX_BATCH; // a batch is a leaf (split once more only where stolen)
    } else {
      shared.leafSize = shared.policy.leafSize(MAX_BATCH, shared.parallelism); // FIXED/RANDOM
    }
    return new FoldTask<>(shared, null, false, source, 0, 0, shared.policy.newRandom());
  }

  @Override
  public boolean stopRequested() {
    for (FoldTask<T, A> t = this; t != null; t = t.parent) {
      if (t.cancelled) {
        return true;
      }
    }
    return shared.control.stopRequested();
  }

  /**
   * Claims the root for running; false if the waiting caller already gave up on it (stopped before
   * any worker started it), in which case it must not run at all.
   */
  boolean claimRoot() {
    return shared.rootClaimed.compareAndSet(false, true);
  }

  @Override
  protected void compute() {
    Object previousContext = shared.control.enter();
    try {
      if (parent == null && !claimRoot()) {
        return;
      }
      if (stopRequested()) {
        return;
      }
      if (parent == null && source.batched()) {
        foldBatches();
      } else if (parent == null && shouldSample()) {
        sampleThenFold();
      } else {
        fold(source, offset);
      }
    } catch (Throwable e) {
      ok = false;
      shared.control.fail(e, "chunk at offset " + offset + " of " + source.describe());
    } finally {
      shared.control.exit(previousContext);
    }
  }

  /** Folds {@code s} (starting at element {@code off}) as this task's slice. */
  private void fold(Source<T> s, long off) {
    Split<T> split = trySplit(s);
    if (split == null) {
      leaf(s, off);
      return;
    }
    Reducer<? super T, A, ?> r = shared.r;
    long leftSize = split.left().size();
    long rightOffset = off >= 0 && leftSize >= 0 ? off + leftSize : Reducer.UNKNOWN_OFFSET;
    SplittableRandom rightRandom = random == null ? null : random.split();
    FoldTask<T, A> right =
        new FoldTask<>(shared, this, false, split.right(), rightOffset, depth + 1, rightRandom);
    FoldTask<T, A> left = new FoldTask<>(shared, this, true, split.left(), off, depth + 1, random);
    rightChild = right;
    right.fork();
    try {
      left.compute();
    } finally {
      if (!left.ok || r.isDone(left.result)) {
        right.cancelled = true;
      }
      helpJoin(right); // even when cancelled: no chunk outlives the fold
    }
    if (!left.ok) {
      return;
    }
    if (r.isDone(left.result)) {
      result = left.result;
      ok = true;
      return;
    }
    if (!right.ok) {
      // A right part without a result is fine when this task is stopped (a failure, a cancel, or
      // an early stop further left cancelled an ancestor): the parent discards this task too.
      if (!stopRequested()) {
        throw new IllegalStateException(
            "reducer "
                + r.describe()
                + " broke the early-termination contract: a chunk reported done, but the merged"
                + " part to its left is not done");
      }
      return;
    }
    result = r.combine(left.result, right.result);
    ok = true;
  }

  private Split<T> trySplit(Source<T> s) {
    if (depth >= ChunkPolicy.MAX_DEPTH) {
      return null;
    }
    long exact = s.size();
    long n = exact >= 0 ? exact : s.estimateSize(); // halves of a HashSet lose their exact size
    long leaf = shared.leafSize;
    boolean stolen = Thread.currentThread() != forker;
    if (stolen) {
      shared.steals.increment();
    }
    boolean want;
    if (n < 0) {
      want = true;
    } else if (n > leaf) {
      want = true;
    } else {
      // Rayon-style: a stolen chunk splits once more, where there is demand for work
      want = stolen && !shared.capped && shared.policy.kind() == ChunkPolicy.Kind.AUTO && n >= 2;
    }
    if (!want || n == 0 || n == 1) {
      return null;
    }
    if (s.sized()) {
      return s.splitAt(shared.policy.splitPoint(exact, random));
    }
    return s.split();
  }

  private void leaf(Source<T> s, long off) {
    Reducer<? super T, A, ?> r = shared.r;
    shared.leaves.increment();
    A acc = r.init(off);
    acc = s.reduce(r, acc, this);
    if (stopRequested() && !r.isDone(acc)) {
      return; // cancelled part-way: the partial result must not be used
    }
    result = acc;
    ok = true;
    if (r.isDone(acc)) {
      cancelEverythingToTheRight();
    }
  }

  /** Early stop: no task right of this one can change the result. */
  private void cancelEverythingToTheRight() {
    for (FoldTask<T, A> t = this; t.parent != null; t = t.parent) {
      if (t.isLeftChild) {
        FoldTask<T, A> sibling = t.parent.rightChild;
        if (sibling != null) {
          sibling.cancelled = true;
        }
      }
    }
  }

  private boolean shouldSample() {
    return shared.policy.kind() == ChunkPolicy.Kind.AUTO
        && !shared.capped
        && source.sized()
        && source.size() > SAMPLE;
  }

  /**
   * AUTO on a sized source: fold a small prefix while timing it; if the whole input looks cheaper
   * than {@link #INLINE_NANOS}, fold the rest inline (forking would cost more than it saves),
   * otherwise split the rest.
   */
  private void sampleThenFold() {
    Reducer<? super T, A, ?> r = shared.r;
    Split<T> parts = source.splitAt(SAMPLE);
    long t0 = System.nanoTime();
    A head = parts.left().reduce(r, r.init(0), this);
    long elapsed = System.nanoTime() - t0;
    if (r.isDone(head) || stopRequested()) {
      result = head;
      ok = !stopRequested() || r.isDone(head);
      return;
    }
    long rest = parts.right().size();
    boolean inline = elapsed / SAMPLE * rest < INLINE_NANOS;
    FoldTask<T, A> tail =
        new FoldTask<>(shared, this, false, parts.right(), SAMPLE, depth + 1, random);
    rightChild = tail;
    if (inline) {
      A acc = parts.right().reduce(r, r.init(SAMPLE), tail);
      if (tail.stopRequested() && !r.isDone(acc)) {
        return;
      }
      tail.result = acc;
      tail.ok = true;
    } else {
      tail.fold(parts.right(), SAMPLE);
    }
    if (!tail.ok) {
      return;
    }
    result = r.combine(head, tail.result);
    ok = true;
  }

  /**
   * Batched (unknown size, single-pass) source: this root task pulls batches on its own thread,
   * forks one task per batch, and merges results in batch order, keeping at most 2p in flight.
   */
  private void foldBatches() {
    Reducer<? super T, A, ?> r = shared.r;
    ArrayDeque<FoldTask<T, A>> window = new ArrayDeque<>();
    int maxInFlight = shared.capped ? shared.parallelism : 2 * shared.parallelism;
    A acc = r.init(0);
    long off = 0;
    int batch = FIRST_BATCH;
    boolean done = false;
    try {
      while (!done && !stopRequested()) {
        Source<T> b = source.nextBatch(batch);
        if (b == null) {
          break;
        }
        FoldTask<T, A> t = new FoldTask<>(shared, this, false, b, off, depth + 1, null);
        off += b.size();
        batch = Math.min(MAX_BATCH, batch * 2);
        t.fork();
        window.add(t);
        while (window.size() >= maxInFlight && !done) {
          acc = mergeOldest(window, acc);
          done = acc == null || r.isDone(acc);
        }
      }
      while (!window.isEmpty() && !done) {
        acc = mergeOldest(window, acc);
        done = acc == null || r.isDone(acc);
      }
    } finally {
      for (FoldTask<T, A> t : window) {
        t.cancelled = true;
      }
      for (FoldTask<T, A> t : window) {
        helpJoin(t);
      }
    }
    if (acc != null && (r.isDone(acc) || !stopRequested())) {
      result = acc;
      ok = true;
    }
  }

  /** Joins the oldest batch and merges it; null if it has no usable result. */
  private A mergeOldest(ArrayDeque<FoldTask<T, A>> window, A acc) {
    FoldTask<T, A> t = window.poll();
    helpJoin(t);
    if (!t.ok) {
      return null;
    }
    A merged = shared.r.combine(acc, t.result);
    if (shared.r.isDone(t.result)) {
      for (FoldTask<T, A> later : window) {
        later.cancelled = true; // batches to the right cannot change the result
      }
    }
    return merged;
  }

  /**
   * Waits for {@code t} without letting the pool add threads. {@code ForkJoinTask.join} may ask the
   * pool for a compensation thread when the joined task was stolen and there is nothing to help
   * with, which under nested folds can push a pool of p past p + 1 threads. Here a worker runs its
   * own queued tasks (its unfinished forks, as join would) and otherwise parks briefly until the
   * thief finishes; a thread outside any pool waits as usual.
   */
  private static void helpJoin(ForkJoinTask<?> t) {
    if (t.isDone()) {
      return;
    }
    if (!ForkJoinTask.inForkJoinPool()) {
      t.quietlyJoin();
      return;
    }
    if (t.tryUnfork()) {
      t.quietlyInvoke();
      return;
    }
    int idle = 0;
    while (!t.isDone()) {
      ForkJoinTask<?> local = pollTask();
      if (local != null) {
        local.quietlyInvoke();
        idle = 0;
      } else if (++idle < 64) {
        Thread.onSpinWait();
      } else {
        LockSupport.parkNanos(t, 20_000L);
      }
    }
  }
}
