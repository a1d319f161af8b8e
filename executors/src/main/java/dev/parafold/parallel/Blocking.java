package dev.parafold.parallel;

import dev.parafold.exec.FoldException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Semaphore;

/**
 * Runs a blocking call (I/O, a lock, a remote service) from inside a fold without starving the
 * fork/join pool: the pool may start a compensation thread while the call blocks ({@link
 * ForkJoinPool#managedBlock}).
 *
 * <pre>{@code
 * List<String> bodies = Fold.from(urls).parallel().map(u -> Blocking.call(() -> fetch(u))).toList();
 * }</pre>
 *
 * @implNote Compensation is capped: at most {@link #MAX_COMPENSATING} calls JVM-wide (by default
 *     the number of processors) block with compensation at once. Further blocking calls run
 *     directly on their worker without asking for a new thread, so the pool never reaches its
 *     maximum size and never throws {@code RejectedExecutionException}; they only slow the fold.
 *     Outside a fork/join worker the call simply runs.
 * @since 0.1
 */
public final class Blocking {
  /** Blocking calls that may ask their pool for a compensation thread at once. */
  public static final int MAX_COMPENSATING =
      Integer.getInteger(
          "parafold.blocking.maxCompensating", Runtime.getRuntime().availableProcessors());

  private static final Semaphore PERMITS = new Semaphore(Math.max(0, MAX_COMPENSATING));

  private Blocking() {}

  /**
   * Runs {@code call}, letting the pool compensate while it blocks. A checked exception is wrapped
   * once in {@link FoldException}; unchecked ones pass unchanged.
   */
  public static <V> V call(Callable<V> call) {
    Objects.requireNonNull(call, "call");
    if (!(Thread.currentThread() instanceof ForkJoinWorkerThread) || !PERMITS.tryAcquire()) {
      return callDirectly(call);
    }
    try {
      Blocker<V> blocker = new Blocker<>(call);
      ForkJoinPool.managedBlock(blocker);
      return blocker.result();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FoldException("Blocking.call: interrupted", e);
    } finally {
      PERMITS.release();
    }
  }

  /** Runs {@code action}, letting the pool compensate while it blocks. */
  public static void run(ThrowingRunnable action) {
    Objects.requireNonNull(action, "action");
    call(
        () -> {
          action.run();
          return null;
        });
  }

  /** A blocking action that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    /** Runs the action. */
    void run() throws Exception;
  }

  private static <V> V callDirectly(Callable<V> call) {
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new FoldException("Blocking.call: the call threw " + e, e);
    }
  }

  /** Adapts a call to {@link ForkJoinPool.ManagedBlocker}. */
  private static final class Blocker<V> implements ForkJoinPool.ManagedBlocker {
    private final Callable<V> call;
    private boolean done;
    private V value;
    private RuntimeException failure;

    Blocker(Callable<V> call) {
      this.call = call;
    }

    @Override
    public boolean block() {
      try {
        value = call.call();
      } catch (RuntimeException e) {
        failure = e;
      } catch (Exception e) {
        failure = new FoldException("Blocking.call: the call threw " + e, e);
      }
      done = true;
      return true;
    }

    @Override
    public boolean isReleasable() {
      return done;
    }

    V result() {
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }
}
