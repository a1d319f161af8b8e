package dev.parafold.exec;

/**
 * Lets a caller cancel running folds from any thread. Pass it with {@code Fold.cancelWith(handle)};
 * a cancelled fold stops its chunks within one polling interval and throws {@link
 * FoldCancelledException}. One handle may serve many folds; cancellation is permanent.
 *
 * @since 0.1
 */
public final class CancelHandle {
  private volatile boolean cancelled;

  /** Requests cancellation of every fold using this handle. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }
}
