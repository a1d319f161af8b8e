package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldException;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

/** Unwrapping of Spark job failures, without a Spark context. */
final class SparkFailuresTest {
  private static final String ABORT =
      "Job aborted due to stage failure: Task 1 in stage 3.0 failed 4 times, most recent failure:"
          + " Lost task 1.3 in stage 3.0 (TID 14) (127.0.0.1 executor 0): com.acme.Boom: kaput"
          + " at 42\n\tat com.acme.Stage.step(Stage.java:10)\n";

  @Test
  void userRuntimeException_isRethrownAsTheSameInstance() {
    IllegalStateException user = new IllegalStateException("bad");
    RuntimeException out =
        SparkFailures.rethrow(new ExecutionException(new SparkException(ABORT, user)));
    assertSame(user, out);
    assertTrue(user.getSuppressed()[0].getMessage().startsWith("failed on Spark: Job aborted"));
  }

  @Test
  void checkedUserException_isWrappedOnce() {
    IOException user = new IOException("disk");
    RuntimeException out = SparkFailures.rethrow(new SparkException(ABORT, user));
    assertInstanceOf(FoldException.class, out);
    assertSame(user, out.getCause());
  }

  @Test
  void typeThatTheDriverCannotRebuild_isReportedByName() {
    RuntimeException out = SparkFailures.rethrow(new SparkException(ABORT));
    RemoteTaskException e = assertInstanceOf(RemoteTaskException.class, out);
    assertEquals("com.acme.Boom", e.remoteType());
    assertTrue(
        e.getMessage().startsWith("com.acme.Boom: kaput at 42 (thrown on a Spark executor;"));
    assertTrue(e.getMessage().contains("could not reconstruct com.acme.Boom"), e.getMessage());
  }
}
