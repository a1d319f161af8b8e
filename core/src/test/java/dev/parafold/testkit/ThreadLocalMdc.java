package dev.parafold.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.spi.MDCAdapter;

/**
 * The MDC of the tests' slf4j bindings ({@link TestSlf4jBinding}): one map per thread, a plain (not
 * inheritable) thread local as logback's is, so a value seen on a worker thread can only have come
 * from propagation.
 */
public final class ThreadLocalMdc implements MDCAdapter {
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
    throw new UnsupportedOperationException("not used by the tests");
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
