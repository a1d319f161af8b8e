package dev.parafold.parallel;

import dev.parafold.testkit.TestSlf4jBinding;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * A silent slf4j binding with a real MDC for the executors' tests. The MDC is a plain (not
 * inheritable) thread local, like logback's, so a value on a worker can only come from propagation.
 */
public final class TestLoggingProvider extends TestSlf4jBinding {
  public TestLoggingProvider() {
    super(new NOPLoggerFactory());
  }
}
