package dev.parafold.exec;

import dev.parafold.source.Stop;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shared control state of one fold run: why it stopped (failure, cancel, deadline, interrupt)
 * and the first failure. Executors poll it through {@link #stopRequested()} and, once every chunk
 * has stopped, call {@link #throwIfStopped()}.
 *
 * <p>The first failure wins a CAS and is rethrown as the same instance; later failures are attached
 * to it as suppressed exceptions, at most {@link #MAX_SUPPRESSED}, then counted.
 *
 * <p>A run started on a thread that is folding a chunk of another fold (a nested fold) stops when
 * that chunk is asked to stop: the outer fold's cancellation, deadline, failure or early stop ends
 * the inner fold with a {@link FoldCancelledException}. Executors mark the chunk a thread is
 * folding with {@link #enterChunk}.
 *
 * @since 0.1
 */
public final class FoldRun implements Stop {
  /** Later failures attached to the first, at most. */
  public static final int MAX_SUPPRESSED = 8;

  private static final int RUNNING = 0;
  private static final int FAILED = 1;
  private static final int CANCELLED = 2;
  private static final int TIMED_OUT = 3;
  private static final int INTERRUPTED = 4;
  private static final int OUTER_STOPPED = 5;

  /** The chunk (of any fold) the current thread is folding, for nested folds to link to. */
  private static final ThreadLocal<Stop> CHUNK = new ThreadLocal<>();

  private final CancelHandle handle;
  private final ContextPropagator context;
  private final Object captured;
  private final long deadline; // System.nanoTime() value, valid when hasDeadline
  private final boolean hasDeadline;
  private final String timeoutText;
  private final Stop outer;
  private volatile int state = RUNNING;
  private volatile Thread watchedCaller;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicInteger laterFailures = new AtomicInteger();

  /** Starts the clock for {@code options}' deadline. */
  public FoldRun(FoldOptions options) {
    Objects.requireNonNull(options, "options");
    this.handle = options.cancelHandle();
    this.context = options.context();
    this.captured = context == null ? null : context.capture();
    this.hasDeadline = options.timeout() != null;
    this.deadline = hasDeadline ? System.nanoTime() + options.timeout().toNanos() : 0L;
    this.timeoutText = hasDeadline ? options.timeout().toString() : "";
    this.outer = CHUNK.get();
  }

  /** Whether this run was started while a chunk of another fold ran on its thread. */
  public boolean isNested() {
    return outer != null;
  }

  /**
   * Marks {@code chunk} as the chunk the current thread folds until {@link #exitChunk}; folds
   * started meanwhile on this thread stop when {@code chunk} stops. Returns what to restore.
   */
  public static Stop enterChunk(Stop chunk) {
    Stop previous = CHUNK.get();
    CHUNK.set(chunk);
    return previous;
  }

  /** Restores what {@link #enterChunk} replaced (leaves no thread-local entry behind). */
  public static void exitChunk(Stop previous) {
    if (previous == null) {
      CHUNK.remove();
    } else {
      CHUNK.set(previous);
    }
  }

  @Override
  public boolean stopRequested() {
    if (state != RUNNING) {
      return true;
    }
    if (failure.get() != null) {
      // A failure won its CAS but its thread has not raised the state yet: a chunk whose own
      // fail() lost the CAS (or saw its instance already recorded) must still see the stop.
      return true;
    }
    if (handle != null && handle.isCancelled()) {
      setState(CANCELLED);
      return true;
    }
    if (hasDeadline && System.nanoTime() - deadline > 0) {
      setState(TIMED_OUT);
      return true;
    }
    Thread caller = watchedCaller;
    if (caller != null && caller.isInterrupted()) {
      setState(INTERRUPTED);
      return true;
    }
    if (outer != null && outer.stopRequested()) {
      setState(OUTER_STOPPED);
      return true;
    }
    return false;
  }

  /**
   * Stops the run when {@code caller} is interrupted while it waits (its interrupt flag is left
   * set). Used when the caller is not a pool worker, so its flag means "give up".
   */
  public void watchInterruptsOf(Thread caller) {
    this.watchedCaller = caller;
  }

  private synchronized void setState(int s) {
    if (state == RUNNING) {
      state = s;
    }
  }

  /**
   * Installs the caller's context (if the fold propagates one) on the current thread; pass the
   * result to {@link #exit} when the chunk work ends.
   */
  public Object enter() {
    return context == null ? null : context.install(captured);
  }

  /** Restores what {@link #enter} replaced. */
  public void exit(Object previous) {
    if (context != null) {
      context.restore(previous);
    }
  }

  /** Records a failure of a chunk; the first one is rethrown to the caller. */
  public void fail(Throwable t, String where) {
    if (failure.compareAndSet(null, t)) {
      if (where != null) {
        t.addSuppressed(new FoldContext(where));
      }
      setState(FAILED);
      synchronized (this) {
        state = FAILED; // a failure outranks a concurrent cancel: the caller sees the cause
      }
    } else if (failure.get() != t) {
      int n = laterFailures.incrementAndGet();
      Throwable first = failure.get();
      if (n <= MAX_SUPPRESSED) {
        synchronized (first) {
          first.addSuppressed(t);
        }
      }
    }
  }

  /** The waiting caller was interrupted: stop everything. */
  public void interrupted() {
    setState(INTERRUPTED);
  }

  /** Whether a chunk failed. */
  public boolean failed() {
    return failure.get() != null;
  }

  /**
   * After every chunk stopped: rethrows the first failure (same instance), or throws the
   * cancellation exception matching why the run stopped; returns normally if it was not stopped.
   */
  public void throwIfStopped() {
    Throwable t = failure.get();
    if (t != null) {
      int extra = laterFailures.get() - MAX_SUPPRESSED;
      if (extra > 0) {
        synchronized (t) {
          t.addSuppressed(new FoldContext(extra + " more chunk failures not attached"));
        }
      }
      if (t instanceof RuntimeException) {
        throw (RuntimeException) t;
      }
      if (t instanceof Error) {
        throw (Error) t;
      }
      throw new FoldException("a chunk threw a checked exception", t);
    }
    switch (state) {
      case CANCELLED:
        throw new FoldCancelledException("fold cancelled through its CancelHandle");
      case TIMED_OUT:
        throw new FoldTimeoutException("fold exceeded its timeout of " + timeoutText);
      case INTERRUPTED:
        throw new FoldCancelledException("fold stopped: the waiting thread was interrupted");
      case OUTER_STOPPED:
        throw new FoldCancelledException(
            "nested fold stopped: the enclosing fold's chunk was stopped (cancelled, failed or"
                + " no longer needed)");
      default:
        // running: nothing stopped it
    }
  }

  /** A stackless note attached to a failure saying which chunk threw. */
  static final class FoldContext extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FoldContext(String message) {
      super(message, null, false, false);
    }
  }
}
