package dev.parafold.files;

/**
 * Hears about a file fold's progress once per finished chunk, never per element.
 *
 * @implSpec Called on worker threads, possibly by several at once, so implementations must be
 *     thread-safe and quick (record the snapshot, or print when the fraction passes a step). A
 *     listener that throws fails the fold like any other chunk failure.
 * @since 0.1
 */
@FunctionalInterface
public interface ProgressListener {
  /** A chunk finished; {@code p} counts it. */
  void progress(Progress p);
}
