package dev.parafold.xf;

import dev.parafold.testkit.TestSlf4jBinding;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The slf4j binding of this module's tests (and of the battery, through the test-jar): every logger
 * is enabled at TRACE and formats each message, as a real binding would, into a counter and the
 * last line. So every fold the tests run also runs the executors' debug lines, on specialized class
 * copies too (see {@code TraceLoggingTest}). Its MDC is real (the kit's {@code ThreadLocalMdc}),
 * for the guide's context-propagation example.
 */
public final class TraceLoggingProvider extends TestSlf4jBinding {
  /** Messages logged so far, at any level. */
  static final AtomicLong MESSAGES = new AtomicLong();

  /** The last message logged. */
  static volatile String last = "";

  public TraceLoggingProvider() {
    super(TraceLogger::new);
  }

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
