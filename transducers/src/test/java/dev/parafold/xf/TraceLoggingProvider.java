package dev.parafold.xf;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The slf4j binding of this module's tests (and of the battery, through the test-jar): every logger
 * is enabled at TRACE and formats each message, as a real binding would, into a counter and the
 * last line. So every fold the tests run also runs the executors' debug lines, on specialized class
 * copies too (see {@code TraceLoggingTest}). Its MDC is real ({@link ThreadLocalMdc}), for the
 * guide's context-propagation example.
 */
public final class TraceLoggingProvider implements SLF4JServiceProvider {
  /** Messages logged so far, at any level. */
  static final AtomicLong MESSAGES = new AtomicLong();

  /** The last message logged. */
  static volatile String last = "";

  private final ILoggerFactory loggers = TraceLogger::new;
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

  /** Enabled at every level; formats the message and keeps it. */
  static final class TraceLogger extends LegacyAbstractLogger implements Logger {
    private static final long serialVersionUID = 1L;

    TraceLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] args, Throwable t) {
      last = level + " " + name + ": " + MessageFormatter.basicArrayFormat(pattern, args);
      MESSAGES.incrementAndGet();
    }
  }
}
