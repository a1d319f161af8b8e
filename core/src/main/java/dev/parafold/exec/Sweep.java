package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;

/*
 * Left-to-right scheduling for folds that may stop early (findFirst, anyMatch, limit, takeWhile)
 * over a sized input under the auto policy.
 *
 * Why. A midpoint split tree sends the second thread to the far half: with a match at 10 % of the
 * input, it scans [50 %, 60 %) while the first thread reaches the match, and the fold examines
 * twice what it needs. Here p sweepers take chunks from a shared cursor in encounter order, so
 * every thread works just right of the others, and a stop cancels only the chunks being folded
 * right of it: at most about one chunk per thread is wasted.
 *
 * Chunks. Sizes start at FIRST and double up to max(FIRST, n / (64p)) (a dense answer is found in
 * the first small chunks; a far one costs at most 1/(64p) of the input in overshoot per thread).
 * The input is cut once, before the sweepers start (at most about 64p + 20 chunks).
 *
 * Merge. Finished chunks are merged into the prefix in index order by whichever thread gets the
 * merge lock (tryLock: nobody waits for it; a thread that leaves rechecks for newly finished
 * chunks). The prefix merge uses the driver's outcome rules: a done prefix stops the sweep; a failed
 * chunk ends it with that failure unless the prefix before it is done. A chunk that is done or
 * failed by itself lowers the stop index at once, cancelling every chunk right of it.
 *
 * Memory ordering. A chunk's node is published in `started` before the claimer reads stopIndex;
 * lowering the stop index writes it before scanning `started`: one of the two sees the other, so a
 * chunk right of a stop is either never folded or cancelled. Outcomes are published through
 * `finished` (AtomicReferenceArray) and read under the merge lock or after the sweepers joined.
 */
final class Sweep<T, A> {
  static final int FIRST = 1024;

  private final SplitRun<T, A> run;
  private final SplitNode<T, A> owner;
  private final Source<T>[] chunks;
  private final long[] offsets;
  private final AtomicInteger cursor = new AtomicInteger();
  private final AtomicReferenceArray<SplitNode<T, A>> started;
  private final AtomicReferenceArray<SplitNode<T, A>> finished;
  private final ReentrantLock mergeLock = new ReentrantLock();
  private volatile int stopIndex = Integer.MAX_VALUE;

  // merge state, under mergeLock (or after the sweepers joined)
  private volatile int merged;
  private boolean any;
  private volatile boolean over;
  private A acc;
  private SplitNode<T, A> failedAt;
  private RuntimeException error; // a merge that threw, rethrown on the owner's thread

  @SuppressWarnings("unchecked")
  Sweep(SplitRun<T, A> run, SplitNode<T, A> owner, Source<T> source, long offset) {
    this.run = run;
    this.owner = owner;
    long n = source.size();
    long max = Math.max(FIRST, n / (64L * run.parallelism));
    int count = 0;
    long covered = 0;
    for (long size = FIRST; covered < n; size = Math.min(max, 2 * size)) {
      covered += Math.min(size, n - covered);
      count++;
    }
    chunks = (Source<T>[]) new Source<?>[count];
    offsets = new long[count];
    Source<T> rest = source;
    long at = offset;
    long size = FIRST;
    for (int i = 0; i < count; i++, size = Math.min(max, 2 * size)) {
      long left = rest.size();
      offsets[i] = at;
      if (i == count - 1 || size >= left) {
        chunks[i] = rest;
      } else {
        Split<T> split = rest.splitAt(size);
        chunks[i] = split.left();
        rest = split.right();
        at += size;
      }
    }
    started = new AtomicReferenceArray<>(count);
    finished = new AtomicReferenceArray<>(count);
  }

  /** Whether a fold of {@code source} with this run should sweep instead of splitting. */
  static boolean fits(SplitRun<?, ?> run, Source<?> source) {
    return run.auto && run.r.mayStop() && source.sized() && source.size() > 2L * FIRST;
  }

  /** Runs the sweepers and merges; leaves the outcome in {@code owner}. */
  void fold() {
    new Sweeper(0, run.parallelism).run(false);
    mergeFinished();
    if (error != null) {
      throw error; // a merge failed (a combine threw): the owner records it as its own failure
    }
    owner.adoptSweep(any, acc, failedAt, merged == chunks.length);
  }

  /** Spreads {@code count} sweepers over the scheduler by a balanced tree of joins. */
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
        sweep(stolen);
      }
    }
  }

  private void sweep(boolean stolen) {
    try {
      sweepChunks(stolen);
    } catch (RuntimeException e) { // merging on this thread threw; tasks must not throw
      synchronized (this) {
        if (error == null) {
          error = e;
        }
        over = true;
      }
      lowerStop(-1);
    }
  }

  private void sweepChunks(boolean stolen) {
    while (!owner.stopRequested() && !over) {
      int i = cursor.getAndIncrement();
      if (i >= chunks.length || i > stopIndex) {
        return;
      }
      SplitNode<T, A> node = owner.chunk(chunks[i], offsets[i]);
      started.set(i, node);
      if (i > stopIndex) {
        return; // a stop left of it came in meanwhile
      }
      node.run(stolen);
      finished.set(i, node);
      if (node.state == SplitNode.FAILED
          || (node.state == SplitNode.VALUE && run.r.isDone(node.acc))) {
        lowerStop(i);
      }
      mergeFinished();
    }
  }

  /** Nothing right of chunk {@code i} can matter: stop claiming them, cancel the running ones. */
  private void lowerStop(int i) {
    synchronized (this) {
      if (i >= stopIndex) {
        return;
      }
      stopIndex = i;
    }
    int claimed = Math.min(cursor.get(), chunks.length);
    for (int j = i + 1; j < claimed; j++) {
      SplitNode<T, A> s = started.get(j);
      if (s != null) {
        s.cancel();
      }
    }
  }

  /** Merges finished chunks into the prefix, in order, if no other thread is doing it. */
  private void mergeFinished() {
    while (!over && merged < finished.length() && finished.get(merged) != null) {
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
    while (!over && merged < finished.length() && (n = finished.get(merged)) != null) {
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
