package dev.parafold.files;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a file fold's progress, taken when a chunk finishes.
 *
 * @param bytesDone bytes of input in finished chunks (compressed bytes for gzip files)
 * @param bytesTotal bytes of input in the run
 * @param chunksDone chunks finished
 * @param elapsedNanos time since the source was opened
 * @since 0.1
 */
public record Progress(long bytesDone, long bytesTotal, long chunksDone, long elapsedNanos) {

  /** Done as a fraction in {@code [0, 1]}; 1 for an empty input. */
  public double fraction() {
    return bytesTotal <= 0 ? 1.0 : Math.min(1.0, (double) bytesDone / bytesTotal);
  }

  /** Bytes per second so far; 0 before any time has passed. */
  public double bytesPerSecond() {
    return elapsedNanos <= 0 ? 0.0 : bytesDone * 1e9 / elapsedNanos;
  }

  /** Estimated time left at the rate so far; empty until some bytes are done. */
  public Optional<Duration> eta() {
    if (bytesDone <= 0 || elapsedNanos <= 0) {
      return Optional.empty();
    }
    double left = (double) Math.max(0, bytesTotal - bytesDone) * elapsedNanos / bytesDone;
    return Optional.of(Duration.ofNanos((long) left));
  }
}
