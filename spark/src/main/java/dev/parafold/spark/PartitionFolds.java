package dev.parafold.spark;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Stop;
import java.util.Collections;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;

/**
 * The functions Spark runs on executors: fold one partition into one keyed {@link Partial}. The
 * loops poll {@link TaskContext#isInterrupted()}, so a cancelled job (deadline, cancel handle)
 * stops within one {@link Stop#CHECK_INTERVAL}.
 *
 * <p>A fold that throws rethrows on every attempt but the last one Spark allows, so Spark retries
 * it (a failure may be transient); on the last attempt it returns the exception as a failed partial
 * instead of failing the job. The driver then decides, in partition order, whether the sequential
 * fold would reach that failure (no early stop to its left) and which failure comes first, instead
 * of taking whichever task happened to fail first.
 */
final class PartitionFolds {
  private PartitionFolds() {}

  private static Stop taskStop() {
    TaskContext ctx = TaskContext.get();
    return ctx == null ? Stop.NEVER : ctx::isInterrupted;
  }

  /** Spark's attempts per task, read on the driver (local[n,m]: m; a cluster: maxFailures). */
  static int maxTaskAttempts(org.apache.spark.api.java.JavaSparkContext sc) {
    org.apache.spark.scheduler.TaskScheduler ts = sc.sc().taskScheduler();
    if (ts instanceof org.apache.spark.scheduler.TaskSchedulerImpl) {
      return ((org.apache.spark.scheduler.TaskSchedulerImpl) ts).maxTaskFailures();
    }
    return sc.getConf().getInt("spark.task.maxFailures", 4);
  }

  /**
   * The failed partial for {@code t} if this is the task's last allowed attempt; otherwise rethrows
   * {@code t} so that Spark retries (and always for JVM errors, killed tasks and Spark's own
   * exceptions).
   */
  static <A> Iterator<Partial<A>> failedOrRethrow(int index, Throwable t, int maxAttempts)
      throws Exception {
    TaskContext ctx = TaskContext.get();
    boolean last = ctx == null || ctx.attemptNumber() + 1 >= maxAttempts;
    if (!last
        || t instanceof VirtualMachineError
        || (ctx != null && ctx.isInterrupted())
        || t.getClass().getName().startsWith("org.apache.spark.")) {
      // Spark's own (a killed task, a shuffle fetch failure that makes it recompute lost map
      // output) must reach Spark's scheduler as they are
      if (t instanceof Error) {
        throw (Error) t;
      }
      if (t instanceof Exception) {
        throw (Exception) t;
      }
      throw new IllegalStateException("a Spark task threw " + t, t);
    }
    Throwable shipped = shippable(t);
    shipped.addSuppressed(
        new SparkFailures.SparkNote(
            "failed on Spark: partition "
                + index
                + " threw on its last allowed attempt (attempt "
                + (ctx == null ? 1 : ctx.attemptNumber() + 1)
                + " of "
                + maxAttempts
                + "), and no partition to its left stopped the fold or failed"));
    return Collections.singletonList(Partial.<A>failed(index, shipped)).iterator();
  }

  /** {@code t} if it serializes, else a RemoteTaskException with its type and message. */
  private static Throwable shippable(Throwable t) {
    try (java.io.ObjectOutputStream out =
        new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
      out.writeObject(t);
      return t;
    } catch (java.io.IOException e) {
      String type = t.getClass().getName();
      return new RemoteTaskException(
          type,
          type
              + ": "
              + t.getMessage()
              + " (thrown on a Spark executor; it does not serialize, so it is reported as"
              + " RemoteTaskException)",
          null);
    }
  }

  /** Folds the (single) shipped {@link SourcePart} of a partition. */
  static final class OfParts<T, A>
      implements Function2<Integer, Iterator<SourcePart<T>>, Iterator<Partial<A>>> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, ?> r;
    private final int maxAttempts;

    OfParts(Reducer<? super T, A, ?> r, int maxAttempts) {
      this.r = r;
      this.maxAttempts = maxAttempts;
    }

    @Override
    public Iterator<Partial<A>> call(Integer index, Iterator<SourcePart<T>> parts)
        throws Exception {
      try {
        return fold(index, parts);
      } catch (Throwable t) {
        return failedOrRethrow(index, t, maxAttempts);
      }
    }

    private Iterator<Partial<A>> fold(int index, Iterator<SourcePart<T>> parts) {
      Stop stop = taskStop();
      A acc = null;
      boolean any = false;
      while (parts.hasNext()) {
        SourcePart<T> part = parts.next();
        A a = part.open().reduce(r, r.init(part.offset()), stop);
        acc = any ? r.combine(acc, a) : a;
        any = true;
      }
      if (!any) {
        acc = r.init(index == 0 ? 0 : Reducer.UNKNOWN_OFFSET);
      }
      return Collections.singletonList(new Partial<>(index, acc)).iterator();
    }
  }

  /** Folds the elements of a partition of a user's RDD. */
  static final class OfElements<T, A>
      implements Function2<Integer, Iterator<T>, Iterator<Partial<A>>> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, ?> r;
    private final int maxAttempts;

    OfElements(Reducer<? super T, A, ?> r, int maxAttempts) {
      this.r = r;
      this.maxAttempts = maxAttempts;
    }

    @Override
    public Iterator<Partial<A>> call(Integer index, Iterator<T> elements) throws Exception {
      try {
        return fold(index, elements);
      } catch (Throwable t) {
        return failedOrRethrow(index, t, maxAttempts);
      }
    }

    private Iterator<Partial<A>> fold(int index, Iterator<T> elements) {
      Stop stop = taskStop();
      boolean check = r.mayStop();
      Reducer<?, A, ?> done = r.doneCheck();
      A acc = r.init(index == 0 ? 0 : Reducer.UNKNOWN_OFFSET);
      int sinceCheck = 0;
      while (elements.hasNext()) {
        acc = r.step(acc, elements.next());
        if (check && done.isDone(acc)) {
          break;
        }
        if (++sinceCheck == Stop.CHECK_INTERVAL) {
          sinceCheck = 0;
          if (stop.stopRequested()) {
            break;
          }
        }
      }
      return Collections.singletonList(new Partial<>(index, acc)).iterator();
    }
  }
}
