package dev.parafold.exec;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-call settings of a fold, as one immutable value: chunk policy, parallelism cap, deadline and
 * cancellation handle.
 *
 * @since 0.1
 */
public final class FoldOptions {
  private static final FoldOptions DEFAULTS =
      new FoldOptions(ChunkPolicy.auto(), 0, null, null, null);

  private final ChunkPolicy chunks;
  private final int maxParallelism;
  private final Duration timeout;
  private final CancelHandle cancel;
  private final ContextPropagator context;

  private FoldOptions(
      ChunkPolicy chunks,
      int maxParallelism,
      Duration timeout,
      CancelHandle cancel,
      ContextPropagator context) {
    this.chunks = chunks;
    this.maxParallelism = maxParallelism;
    this.timeout = timeout;
    this.cancel = cancel;
    this.context = context;
  }

  /** Automatic chunking, no cap, no deadline, no handle. */
  public static FoldOptions defaults() {
    return DEFAULTS;
  }

  /** With another chunk policy. */
  public FoldOptions chunks(ChunkPolicy policy) {
    return new FoldOptions(
        Objects.requireNonNull(policy, "policy"), maxParallelism, timeout, cancel, context);
  }

  /**
   * With at most {@code n} chunks folding at once ({@code n >= 1}).
   *
   * @implNote Under the {@code auto} policy the fork/join executor cuts exactly {@code n} chunks,
   *     so at most {@code n} threads fold at once; batched sources keep at most {@code n} batches
   *     in flight; the thread-pool executor never runs more than {@code n} chunks. Under {@code
   *     fixed} and {@code random} policies the fork/join executor keeps the policy's split tree,
   *     because bit-identical results are the point of those policies, so the cap does not bound
   *     its concurrency there.
   */
  public FoldOptions maxParallelism(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("maxParallelism must be >= 1, was " + n);
    }
    return new FoldOptions(chunks, n, timeout, cancel, context);
  }

  /** With a deadline measured from the start of each fold. */
  public FoldOptions timeout(Duration d) {
    Objects.requireNonNull(d, "timeout");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + d);
    }
    return new FoldOptions(chunks, maxParallelism, d, cancel, context);
  }

  /** With a handle that can cancel the fold. */
  public FoldOptions cancelWith(CancelHandle handle) {
    return new FoldOptions(
        chunks, maxParallelism, timeout, Objects.requireNonNull(handle, "handle"), context);
  }

  /** With a context carried from the caller into every chunk task (e.g. the logging MDC). */
  public FoldOptions propagate(ContextPropagator propagator) {
    return new FoldOptions(
        chunks, maxParallelism, timeout, cancel, Objects.requireNonNull(propagator, "propagator"));
  }

  /** The context propagator, or null. */
  public ContextPropagator context() {
    return context;
  }

  /** The chunk policy. */
  public ChunkPolicy chunks() {
    return chunks;
  }

  /** The parallelism cap, or 0 for none. */
  public int maxParallelism() {
    return maxParallelism;
  }

  /** The deadline, or null. */
  public Duration timeout() {
    return timeout;
  }

  /** The cancel handle, or null. */
  public CancelHandle cancelHandle() {
    return cancel;
  }

  @Override
  public String toString() {
    return "chunks="
        + chunks
        + (maxParallelism > 0 ? ", maxParallelism=" + maxParallelism : "")
        + (timeout != null ? ", timeout=" + timeout : "")
        + (cancel != null ? ", cancellable" : "")
        + (context != null ? ", propagates " + context.getClass().getSimpleName() : "");
  }
}
