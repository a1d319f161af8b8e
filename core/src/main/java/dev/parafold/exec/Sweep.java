package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/*
 * Left-to-right scheduling for folds that may stop early (findFirst, anyMatch, limit, takeWhile)
 * over a sized input under the auto and fixed policies.
 *
 * Why. A midpoint split tree sends the second thread to the far half: with a match at 10 % of the
 * input, it scans [50 %, 60 %) while the first thread reaches the match, and the fold examines
 * twice what it needs. Here p sweepers take chunks from a shared cursor in encounter order, so
 * every thread works just right of the others, and a stop cancels only the chunks being folded
 * right of it: at most about one chunk per thread is wasted.
 *
 * Inline start. Under auto, the calling thread first folds chunks alone for about INLINE_NANOS
 * (SplitRun's inline budget): waking a second thread costs tens of microseconds, so a dense answer
 * (limit(1000) after a filter that keeps one element in three) is merged and done before a helper
 * could have started, and the fold costs what the sequential one does. A fold that is not done by
 * then starts the p sweepers from where the calling thread stopped; it has lost at most one chunk
 * of that budget's size of parallel work.
 *
 * Chunks. Under auto, sizes start at FIRST and double up to max(FIRST, n / (64p)) (a dense answer
 * is found in the first small chunks; a far one costs at most 1/(64p) of the input in overshoot per
 * thread). Under fixed(k), the chunks are the leaves of the policy's midpoint tree, in order, so the
 * chunks (and the left-to-right merge over them) depend only on n and k, as on every executor.
 * Chunks are cut lazily, under the claim lock, and a sweeper claims chunk i only while i < merged +
 * WINDOW (it parks briefly otherwise), so at most WINDOW finished chunks wait to be merged.
 *
 * Merge. Finished chunks are merged into the prefix in index order by whichever thread gets the
 * merge lock (tryLock: nobody waits for it; a thread that leaves rechecks for newly finished
 * chunks). The prefix merge uses the driver's outcome rules: a done prefix stops the sweep; a failed
 * chunk ends it with that failure unless the prefix before it is done. A chunk that is done or
 * failed by itself lowers the stop index at once, cancelling every chunk right of it.
 *
 * Memory ordering. A chunk's node is published in its sweeper's `running` slot before the claimer
 * reads stopIndex; lowering the stop index writes it before scanning the slots: one of the two sees
 * the other, so a chunk right of a stop is either never folded or cancelled. Outcomes are published
 * through `finished` (AtomicReferenceArray) and read under the merge lock or after the sweepers
 * joined.
 */
final class Sweep<T, A> {
  static final int FIRST = 1024;

  private final SplitRun<T, A> run;
  private final SplitNode<T, A> owner;
  private final int window;
  private final AtomicReferenceArray<SplitNode<T, A>> running; // one slot per sweeper
  private final AtomicReferenceArray<SplitNode<T, A>> finished; // ring of `window` slots
  private final ReentrantLock mergeLock = new ReentrantLock();
  private volatile int stopIndex = Integer.MAX_VALUE;

  // the chunk cutter, under `this`
  private final ArrayDeque<Pending<T>> pending = new ArrayDeque<>();
  private final long maxChunk;
  private long nextSize = FIRST;
  private int claimed;

  // merge state, under mergeLock (or after the sweepers joined)
  private volatile int merged;
  private volatile boolean over;
  private boolean any;
  private A acc;
  private SplitNode<T, A> failedAt;
  private Throwable error; // a merge that threw, rethrown on the owner's thread

  /** A part of the input not yet cut into chunks. */
  private record Pending<T>(Source<T> source, long offset, int depth) {}

  Sweep(SplitRun<T, A> run, SplitNode<T, A> owner, Source<T> source, long offset) {
    this.run = run;
    this.owner = owner;
    this.window = 4 * run.parallelism;
    this.running = new AtomicReferenceArray<>(run.parallelism);
    this.finished = new AtomicReferenceArray<>(window);
    this.maxChunk = Math.max(FIRST, source.size() / (64L * run.parallelism));
    pending.push(new Pending<>(source, offset, 0));
  }

  /** Whether a fold of {@code source} with this run should sweep instead of splitting. */
  static boolean fits(SplitRun<?, ?> run, Source<?> source) {
    return run.r.mayStop()
        && run.policy.kind() != ChunkPolicy.Kind.RANDOM
        && source.sized()
        && source.size() > 2L * FIRST;
  }

  /** Runs the sweepers and merges; leaves the outcome in {@code owner}. */
  void fold() {
    if (run.auto) {
      sweep(0, false, System.nanoTime() + SplitRun.INLINE_NANOS);
    }
    if (!over && !owner.stopRequested()) {
      new Sweeper(0, run.parallelism).run(false);
    }
    mergeFinished();
    if (error instanceof RuntimeException) {
      throw (RuntimeException) error; // a merge failed: the owner records it as its own failure
    }
    if (error instanceof Error) {
      throw (Error) error;
    }
    if (error != null) {
      throw new FoldException("a merge threw a checked exception", error);
    }
    owner.adoptSweep(any, acc, failedAt, pending.isEmpty() && merged == claimed);
  }

  /** Spreads the sweepers over the scheduler by a balanced tree of joins. */
  private final class Sweeper implements Scheduler.Task {
    private final int from;
    private final int to;

    Sweeper(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public void run(boolean stolen) {
      if (to - from > 1) {
        int mid = (from + to) >>> 1;
        run.scheduler.join(new Sweeper(from, mid), new Sweeper(mid, to));
      } else if (to - from == 1) {
        sweep(from, stolen, Long.MAX_VALUE);
      }
    }
  }

  /** Sweeps chunks on this thread until the input ends, the fold is over, or {@code until}. */
  private void sweep(int slot, boolean stolen, long until) {
    try {
      sweepChunks(slot, stolen, until);
    } catch (Throwable e) { // merging on this thread threw (a combine); tasks must not throw
      synchronized (this) {
        if (error == null) {
          error = e;
        }
        over = true;
      }
      lowerStop(-1);
    }
  }

  private void sweepChunks(int slot, boolean stolen, long until) {
    int idle = 0;
    while (!owner.stopRequested() && !over) {
      if (until != Long.MAX_VALUE && System.nanoTime() - until > 0) {
        return;
      }
      SplitNode<T, A> node;
      int i;
      synchronized (this) {
        if (claimed > stopIndex || (pending.isEmpty())) {
          return;
        }
        if (claimed >= merged + window) {
          node = null;
          i = -1;
        } else {
          i = claimed++;
          node = cut();
        }
      }
      if (node == null) { // the window is full behind a slow chunk to the left: wait for it
        mergeFinished(); // (the chunk may have finished while its merger could not merge it)
        if (++idle < 64) {
          Thread.onSpinWait();
        } else {
          LockSupport.parkNanos(this, 20_000L);
        }
        continue;
      }
      idle = 0;
      node.index = i;
      running.set(slot, node);
      if (i <= stopIndex) {
        node.run(stolen);
      }
      running.set(slot, null);
      finished.set(i % window, node);
      if (node.state == SplitNode.FAILED
          || (node.state == SplitNode.VALUE && run.r.isDone(node.acc))) {
        lowerStop(i);
      }
      mergeFinished();
    }
  }

  /** The next chunk in encounter order (under the claim lock). */
  private SplitNode<T, A> cut() {
    Pending<T> p = pending.pop();
    Source<T> s = p.source();
    long off = p.offset();
    int depth = p.depth();
    if (run.auto) {
      long n = s.size();
      long size = nextSize;
      nextSize = Math.min(maxChunk, 2 * size);
      if (size < n) {
        Split<T> split = s.splitAt(size);
        pending.push(new Pending<>(split.right(), off + size, 0));
        s = split.left();
      }
    } else {
      long n;
      while (depth < ChunkPolicy.MAX_DEPTH && (n = s.size()) > run.leafSize && n > 1) {
        Split<T> split = s.splitAt(run.policy.splitPoint(n, null));
        long leftSize = split.left().size();
        pending.push(new Pending<>(split.right(), off + leftSize, depth + 1));
        s = split.left();
        depth++;
      }
    }
    return owner.chunk(s, off);
  }

  /** Nothing right of chunk {@code i} can matter: stop claiming them, cancel the running ones. */
  private void lowerStop(int i) {
    synchronized (this) {
      if (i >= stopIndex) {
        return;
      }
      stopIndex = i;
    }
    for (int s = 0; s < running.length(); s++) {
      SplitNode<T, A> node = running.get(s);
      if (node != null && node.index > i) {
        node.cancel();
      }
    }
  }

  /** Merges finished chunks into the prefix, in order, if no other thread is doing it. */
  private void mergeFinished() {
    while (!over && finished.get(merged % window) != null) {
      if (!mergeLock.tryLock()) {
        return; // the holder rechecks when it leaves
      }
      try {
        mergeLocked();
      } finally {
        mergeLock.unlock();
      }
    }
  }

  private void mergeLocked() {
    Reducer<? super T, A, ?> r = run.r;
    SplitNode<T, A> n;
    while (!over && (n = finished.get(merged % window)) != null && n.index == merged) {
      finished.set(merged % window, null);
      if (n.state == SplitNode.FAILED) {
        failedAt = n;
        over = true;
        lowerStop(merged);
        return;
      }
      if (n.state == SplitNode.STOPPED) {
        if (!owner.stopRequested()) {
          throw new IllegalStateException(
              "reducer "
                  + r.describe()
                  + " broke the early-termination contract: a chunk reported done, but the merged"
                  + " part to its left is not done");
        }
        over = true;
        return;
      }
      acc = any ? r.combine(acc, n.acc) : n.acc;
      any = true;
      merged = merged + 1;
      if (r.isDone(acc)) {
        over = true;
        lowerStop(merged - 1);
        return;
      }
    }
  }
}
