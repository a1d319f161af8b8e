package dev.parafold.spark;

import dev.parafold.exec.FoldException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkException;

/*
 * Turns a failed Spark job back into the user's exception. When a task fails more often than
 * spark.task.maxFailures allows, the DAGScheduler aborts the job with a SparkException ("Job aborted
 * due to stage failure: ... most recent failure: Lost task ...: <type>: <message>") whose cause is
 * the executor's exception, deserialized on the driver, when that worked. So: unwrap the
 * SparkException chain; a user RuntimeException or Error is rethrown as that same instance (with a
 * stackless note saying it came from Spark), a checked one is wrapped once in FoldException (as the
 * local executors do). If the driver could not rebuild the exception (its class exists only on the
 * executors), the type and message are parsed out of Spark's text and thrown as a
 * RemoteTaskException that says so.
 */
final class SparkFailures {
  private SparkFailures() {}

  private static final Pattern LOST_TASK =
      Pattern.compile("most recent failure: Lost task [^\\n]*?\\): ([\\w.$]+)(?::\\s?([^\\n]*))?");

  static RuntimeException rethrow(Throwable t) {
    while ((t instanceof ExecutionException || t instanceof CompletionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (!(t instanceof SparkException)) {
      return asUnchecked(t);
    }
    SparkException spark = (SparkException) t;
    Throwable cause = spark;
    while (cause instanceof SparkException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (!(cause instanceof SparkException)) {
      cause.addSuppressed(new SparkNote("failed on Spark: " + firstLine(spark.getMessage())));
      return asUnchecked(cause);
    }
    Matcher m = LOST_TASK.matcher(String.valueOf(spark.getMessage()));
    if (m.find() && !m.group(1).startsWith("org.apache.spark.")) {
      String type = m.group(1);
      String message = m.group(2) == null ? "" : m.group(2);
      return new RemoteTaskException(
          type,
          type
              + ": "
              + message
              + " (thrown on a Spark executor; the driver could not reconstruct "
              + type
              + ", so it is reported as RemoteTaskException)",
          spark);
    }
    return wrap(spark);
  }

  /** A user failure shipped back in a failed partial: the same instance, unchecked. */
  static RuntimeException ofPartition(Throwable t) {
    return asUnchecked(t);
  }

  private static RuntimeException asUnchecked(Throwable t) {
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return wrap(t);
  }

  private static RuntimeException wrap(Throwable t) {
    return new FoldException("a Spark task threw a checked exception: " + t, t);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** A stackless note attached to a rethrown user exception. */
  static final class SparkNote extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SparkNote(String message) {
      super(message, null, false, false);
    }
  }
}
