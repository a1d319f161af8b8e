package dev.parafold.parallel;

import dev.parafold.exec.ContextPropagator;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Carries the slf4j {@link MDC} of the thread that starts a fold into its chunk tasks, and restores
 * each worker's own MDC afterwards.
 *
 * <pre>{@code
 * MDC.put("job", "nightly");
 * Fold.from(rows).parallel().propagate(MdcPropagator.INSTANCE).forEach(r -> log.info("{}", r));
 * }</pre>
 *
 * @since 0.1
 */
public final class MdcPropagator implements ContextPropagator {
  /** The shared instance. */
  public static final MdcPropagator INSTANCE = new MdcPropagator();

  private MdcPropagator() {}

  @Override
  public Object capture() {
    return MDC.getCopyOfContextMap();
  }

  @Override
  public Object install(Object captured) {
    Map<String, String> previous = MDC.getCopyOfContextMap();
    set(captured);
    return previous;
  }

  @Override
  public void restore(Object previous) {
    set(previous);
  }

  @SuppressWarnings("unchecked")
  private static void set(Object map) {
    if (map == null) {
      MDC.clear();
    } else {
      MDC.setContextMap((Map<String, String>) map);
    }
  }
}
