package dev.parafold.reduce;

import java.lang.reflect.Method;

/**
 * Whether a reducer depends on the offsets its chunks start at. A wrapping reducer whose downstream
 * sees a subsequence of the input (one group of a {@code groupBy}, the elements a {@code filtering}
 * keeps) gives the downstream {@code init(0)} only where it knows the subsequence starts, and
 * otherwise {@link Reducer#UNKNOWN_OFFSET}; an accumulator born at an unknown offset must then be
 * anchored, {@code combine(init(0), acc)}, before it is completed. For a reducer that ignores
 * offsets that anchoring is the identity, and wrappers skip it (a {@code countBy} merges its maps
 * smaller into larger, as it could not if every key of the right map had to be anchored).
 */
final class Offsets {
  private Offsets() {}

  /** A reducer that wraps others and knows whether they (and so it) ignore offsets. */
  interface Wrapper {
    /** Whether {@code init(offset)} is {@code init()} for every offset, here and downstream. */
    boolean ignoresOffsets();
  }

  /**
   * {@code true} if {@code r.init(offset)} equals {@code r.init()} for every offset: a wrapper says
   * so itself; any other reducer does when it does not override {@link Reducer#init(long)}.
   */
  static boolean ignoredBy(Reducer<?, ?, ?> r) {
    if (r instanceof Wrapper) {
      return ((Wrapper) r).ignoresOffsets();
    }
    try {
      Method init = r.getClass().getMethod("init", long.class);
      return init.getDeclaringClass().isInterface();
    } catch (NoSuchMethodException | SecurityException e) {
      return false; // cannot tell: anchor, which is always right
    }
  }
}
