package dev.parafold.testkit;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The common part of a module's test slf4j binding: the module chooses its loggers, the MDC is a
 * real {@link ThreadLocalMdc} (for the context-propagation tests). A subclass with a public no-arg
 * constructor is named in the module's {@code
 * META-INF/services/org.slf4j.spi.SLF4JServiceProvider}.
 */
public abstract class TestSlf4jBinding implements SLF4JServiceProvider {
  private final ILoggerFactory loggers;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new ThreadLocalMdc();

  protected TestSlf4jBinding(ILoggerFactory loggers) {
    this.loggers = loggers;
  }

  @Override
  public final ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public final IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public final MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public final String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public final void initialize() {}
}
