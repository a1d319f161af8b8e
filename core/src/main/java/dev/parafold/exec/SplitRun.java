package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What every node of one fold's split tree shares: the reducer, the chunk sizing, the scheduler,
 * the run's stop state, the batch cursor of a source of unknown size, and the failures that lost to
 * one further left.
 */
final class SplitRun<T, A> {
  /** Elements folded (and timed) before a sized input under {@code auto} is split. */
  static final int SAMPLE = 16;

  /** Inputs the sample estimates to fold faster than this run inline, unsplit. */
  static final long INLINE_NANOS = 50_000;

  /** First and largest batch pulled from a source of unknown size. */
  static final int FIRST_BATCH = 256;

  static final int MAX_BATCH = 1 << 16;

  /**
   * Inner nodes whose own combine failed are folded again from their left context only up to this
   * many elements (leaves always are): a failed merge of two huge lists is not worth a second pass.
   */
  static final long MAX_REPLAY = 1 << 16;

  /** The same bound, in chunks, for inner nodes of unknown size. */
  static final int MAX_REPLAY_CHUNKS = 64;

  final Reducer<? super T, A, ?> r;
  final ChunkPolicy policy;
  final boolean auto;
  final int parallelism;
  final boolean capped;
  final FoldRun control;
  final Scheduler scheduler;
  final long leafSize;

  /** Batches in flight at most (two rounds of half of it): bounded memory. */
  final int batchesPerRound;

  final ConcurrentLinkedQueue<Throwable> lost = new ConcurrentLinkedQueue<>();

  // Batch cursor: touched by one puller at a time, handed on through join.
  private long batchOffset;
  private int nextBatch = FIRST_BATCH;
  private final SplittableRandom batchRandom;

  SplitRun(
      Reducer<? super T, A, ?> r,
      FoldOptions options,
      int parallelism,
      FoldRun control,
      Scheduler scheduler,
      Source<T> source) {
    this.r = r;
    this.policy = options.chunks();
    this.auto = policy.kind() == ChunkPolicy.Kind.AUTO;
    this.parallelism = parallelism;
    this.capped = options.maxParallelism() > 0;
    this.control = control;
    this.scheduler = scheduler;
    this.leafSize = leafSize(policy, source, parallelism, capped || r.keyedState());
    int window = capped ? parallelism : 2 * parallelism;
    this.batchesPerRound = Math.max(1, window / 2);
    this.batchRandom = policy.newRandom();
  }

  /**
   * The leaf target: {@code auto} about n / (4p), or exactly p chunks under a cap or for a reducer
   * with {@linkplain Reducer#keyedState keyed state}; {@code fixed} and {@code random} their own
   * bound. A batch of a source of unknown size is one {@code auto} leaf.
   */
  static long leafSize(ChunkPolicy policy, Source<?> source, int parallelism, boolean perThread) {
    boolean auto = policy.kind() == ChunkPolicy.Kind.AUTO;
    long n = source.batched() ? -1 : source.estimateSize();
    if (n >= 0) {
      // A cap or keyed state makes AUTO cut exactly p chunks; FIXED and RANDOM keep their own tree,
      // so their
      // results stay bit-identical whatever the cap.
      return perThread && auto
          ? Math.max(1, (n + parallelism - 1) / parallelism)
          : policy.leafSize(n, parallelism);
    }
    return auto ? MAX_BATCH : policy.leafSize(MAX_BATCH, parallelism);
  }

  /**
   * Whether the size alone says a sized input folds inline as one chunk: under {@code auto}, when
   * its leaves would be no bigger than the sample that would decide it.
   */
  static boolean inlineBySize(ChunkPolicy policy, Source<?> open, int parallelism, boolean capped) {
    return policy.kind() == ChunkPolicy.Kind.AUTO
        && !capped
        && open.sized()
        && open.size() / (4L * parallelism) <= SAMPLE;
  }

  /** Whether the root folds a timed sample before it splits. */
  boolean samples(Source<T> open) {
    return auto && !capped && open.sized() && !inlineBySize(policy, open, parallelism, capped);
  }

  /** The size of the next batch to pull; then advances the schedule. */
  int nextBatchSize() {
    if (batchRandom != null) {
      return 1 + batchRandom.nextInt((int) Math.min(MAX_BATCH, 4 * leafSize));
    }
    int b = nextBatch;
    nextBatch = Math.min(MAX_BATCH, 2 * b);
    return b;
  }

  /** The offset of the next batch; then advances it by {@code size}. */
  long takeBatchOffset(long size) {
    long off = batchOffset;
    batchOffset += size;
    return off;
  }
}
