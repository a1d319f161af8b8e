package dev.parafold.guide;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPLoggerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A silent slf4j binding with a real MDC, for the guide's context-propagation example (the module's
 * tests have no logging backend, and slf4j's fallback MDC keeps nothing). The MDC is a plain, not
 * inheritable, thread local, as logback's is, so a value seen on a worker thread can only have come
 * from propagation.
 */
public final class GuideLoggingProvider implements SLF4JServiceProvider {
  private final ILoggerFactory loggers = new NOPLoggerFactory();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new ThreadLocalMdc();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  /** The MDC: one map per thread, never inherited by threads a thread starts. */
  static final class ThreadLocalMdc implements MDCAdapter {
    private final ThreadLocal<Map<String, String>> map = new ThreadLocal<>();

    @Override
    public void put(String key, String val) {
      Map<String, String> m = map.get();
      if (m == null) {
        m = new HashMap<>();
        map.set(m);
      }
      m.put(key, val);
    }

    @Override
    public String get(String key) {
      Map<String, String> m = map.get();
      return m == null ? null : m.get(key);
    }

    @Override
    public void remove(String key) {
      Map<String, String> m = map.get();
      if (m != null) {
        m.remove(key);
      }
    }

    @Override
    public void clear() {
      map.remove();
    }

    @Override
    public Map<String, String> getCopyOfContextMap() {
      Map<String, String> m = map.get();
      return m == null ? null : new HashMap<>(m);
    }

    @Override
    public void setContextMap(Map<String, String> contextMap) {
      map.set(new HashMap<>(contextMap));
    }

    @Override
    public void pushByKey(String key, String value) {
      throw new UnsupportedOperationException("not used by the guide's examples");
    }

    @Override
    public String popByKey(String key) {
      return null;
    }

    @Override
    public Deque<String> getCopyOfDequeByKey(String key) {
      return new ArrayDeque<>();
    }

    @Override
    public void clearDequeByKey(String key) {}
  }
}
