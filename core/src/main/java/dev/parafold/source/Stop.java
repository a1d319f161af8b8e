package dev.parafold.source;

/**
 * Asks a running source loop to stop early: cancellation, a deadline, a failure in another chunk,
 * or an early stop to the left. Source loops poll it between blocks of at most {@link
 * #CHECK_INTERVAL} elements, so a stop costs nothing per element and is seen within one block.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Stop {
  /** Elements a source loop may fold between two polls. */
  int CHECK_INTERVAL = 1024;

  /** Never stops. */
  Stop NEVER = () -> false;

  /** Whether the loop should stop now. May be called from the worker thread only. */
  boolean stopRequested();
}
