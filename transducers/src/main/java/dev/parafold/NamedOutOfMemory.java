package dev.parafold;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;

/**
 * An {@link OutOfMemoryError} thrown by a fold, renamed so that it says which fold ran out: the
 * source and the stages and reducer that were keeping elements. By the time the fold has thrown,
 * its chunks' accumulators are unreachable, so there is room again to build the message; if there
 * is not, the JVM's own error is thrown as it was.
 */
final class NamedOutOfMemory {
  private NamedOutOfMemory() {}

  /** A new error naming the fold, with {@code e} as its cause; {@code e} itself if that fails. */
  static OutOfMemoryError of(OutOfMemoryError e, Source<?> source, Reducer<?, ?, ?> chain) {
    try {
      OutOfMemoryError named =
          new OutOfMemoryError(
              (e.getMessage() == null ? "out of memory" : e.getMessage())
                  + " in a fold of "
                  + source.describe()
                  + " into "
                  + chain.describe()
                  + ": the stages and reducers that keep elements (toList, toSet, toMap, groupBy,"
                  + " sorted, distinct, ...) hold them all in memory; fold to a smaller result,"
                  + " bound what they keep with a StateBudget, or give the JVM more heap (-Xmx)");
      named.initCause(e);
      return named;
    } catch (Throwable t) {
      return e;
    }
  }
}
