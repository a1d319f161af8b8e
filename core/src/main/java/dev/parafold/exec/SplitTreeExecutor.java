package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import java.util.SplittableRandom;

/**
 * Folds on the calling thread, but splits the source exactly as a parallel executor would and
 * combines chunk results in tree order (Transducers.jl's non-threaded divide and conquer). Its
 * results must equal sequential ones for every lawful reducer, which makes it the debugging and
 * law-testing executor: same combine tree as a parallel run, no threads, reproducible.
 *
 * <p>Early termination is deterministic: once the chunks to the left are done, the chunks to their
 * right are not folded at all.
 *
 * @since 0.1
 */
public final class SplitTreeExecutor implements FoldExecutor {
  private final int parallelism;

  /** Splits as a parallel executor of {@code parallelism} threads would (for the auto policy). */
  public SplitTreeExecutor(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.parallelism = parallelism;
  }

  @Override
  public <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> r, FoldOptions options) {
    FoldRun run = new FoldRun(options);
    run.watchInterruptsOf(Thread.currentThread()); // an interrupt of the caller stops the fold
    Source<T> open = source.open();
    ChunkPolicy policy = options.chunks();
    A acc = null;
    try {
      if (open.batched()) {
        acc = foldBatches(open, r, policy, run);
      } else {
        long n = open.estimateSize();
        long leaf = n >= 0 ? policy.leafSize(n, parallelism) : 1024;
        acc = foldTree(open, 0, r, policy, leaf, policy.newRandom(), 0, run);
      }
    } catch (RuntimeException | Error e) {
      run.fail(e, null);
    }
    run.throwIfStopped();
    return r.complete(acc);
  }

  private static <T, A> A foldTree(
      Source<T> s,
      long offset,
      Reducer<? super T, A, ?> r,
      ChunkPolicy policy,
      long leaf,
      SplittableRandom random,
      int depth,
      FoldRun run) {
    long n = s.size();
    long estimate = n >= 0 ? n : s.estimateSize();
    Split<T> split = null;
    if (depth < ChunkPolicy.MAX_DEPTH && (estimate < 0 || estimate > leaf)) {
      split = n >= 2 && s.sized() ? s.splitAt(policy.splitPoint(n, random)) : s.split();
    }
    if (split == null) {
      return s.reduce(r, r.init(offset), run);
    }
    long leftSize = split.left().size();
    long rightOffset = offset >= 0 && leftSize >= 0 ? offset + leftSize : Reducer.UNKNOWN_OFFSET;
    SplittableRandom rightRandom = random == null ? null : random.split();
    A left = foldTree(split.left(), offset, r, policy, leaf, random, depth + 1, run);
    if (r.isDone(left) || run.stopRequested()) {
      return left;
    }
    A right = foldTree(split.right(), rightOffset, r, policy, leaf, rightRandom, depth + 1, run);
    return r.combine(left, right);
  }

  private static <T, A> A foldBatches(
      Source<T> s, Reducer<? super T, A, ?> r, ChunkPolicy policy, FoldRun run) {
    A acc = r.init(0);
    long offset = 0;
    int batch = 1;
    SplittableRandom random = policy.newRandom();
    while (!r.isDone(acc) && !run.stopRequested()) {
      int max = random != null ? 1 + random.nextInt(16) : batch;
      Source<T> b = s.nextBatch(max);
      if (b == null) {
        break;
      }
      A part = b.reduce(r, r.init(offset), run);
      offset += b.size();
      acc = r.combine(acc, part);
      batch = Math.min(batch * 2, 1 << 16);
    }
    return acc;
  }

  @Override
  public int parallelism() {
    return parallelism;
  }

  @Override
  public String describe() {
    return "split-tree(" + parallelism + ", single thread)";
  }
}
