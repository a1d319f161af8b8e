package dev.parafold.files;

import java.util.concurrent.atomic.AtomicLong;

/** One run's progress: counters shared by its chunks, reported to the listener per chunk. */
final class ProgressTracker {
  private final ProgressListener listener;
  private final long total;
  private final long startNanos = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong chunks = new AtomicLong();

  ProgressTracker(ProgressListener listener, long total) {
    this.listener = listener;
    this.total = total;
  }

  void chunkDone(long bytes) {
    long d;
    long c;
    synchronized (this) { // one consistent (bytes, chunks) pair per report, whatever finishes first
      d = done.addAndGet(bytes);
      c = chunks.incrementAndGet();
    }
    if (listener != null) {
      listener.progress(new Progress(d, total, c, System.nanoTime() - startNanos));
    }
  }
}
