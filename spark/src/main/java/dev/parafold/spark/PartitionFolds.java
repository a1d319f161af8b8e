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
 */
final class PartitionFolds {
  private PartitionFolds() {}

  private static Stop taskStop() {
    TaskContext ctx = TaskContext.get();
    return ctx == null ? Stop.NEVER : ctx::isInterrupted;
  }

  /** Folds the (single) shipped {@link SourcePart} of a partition. */
  static final class OfParts<T, A>
      implements Function2<Integer, Iterator<SourcePart<T>>, Iterator<Partial<A>>> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, ?> r;

    OfParts(Reducer<? super T, A, ?> r) {
      this.r = r;
    }

    @Override
    public Iterator<Partial<A>> call(Integer index, Iterator<SourcePart<T>> parts) {
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

    OfElements(Reducer<? super T, A, ?> r) {
      this.r = r;
    }

    @Override
    public Iterator<Partial<A>> call(Integer index, Iterator<T> elements) {
      Stop stop = taskStop();
      boolean check = r.mayStop();
      A acc = r.init(index == 0 ? 0 : Reducer.UNKNOWN_OFFSET);
      int sinceCheck = 0;
      while (elements.hasNext()) {
        acc = r.step(acc, elements.next());
        if (check && r.isDone(acc)) {
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
