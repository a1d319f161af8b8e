package dev.parafold.exec;

/**
 * Carries a thread-bound context (a logging MDC, a trace span, a security principal) from the
 * thread that starts a fold into every chunk task, and removes it afterwards, so worker threads
 * keep nothing between chunks. Opt-in per fold with {@code Fold.propagate(..)}.
 *
 * <pre>{@code
 * MDC.put("request", id);
 * Fold.from(rows).parallel().propagate(MdcPropagator.INSTANCE).forEach(r -> log.info("row {}", r));
 * }</pre>
 *
 * @since 0.1
 */
public interface ContextPropagator {

  /** Captures the context of the calling thread; called once per fold, on the caller. */
  Object capture();

  /**
   * Installs {@code captured} on the current (worker) thread before a chunk runs and returns what
   * it replaced.
   */
  Object install(Object captured);

  /** Puts back what {@link #install} returned, after the chunk. */
  void restore(Object previous);
}
