package dev.parafold.reduce;

import dev.parafold.fn.LongPred;
import dev.parafold.fn.Pred;
import dev.parafold.reduce.Cells.Box;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The early-stopping reducers: the first element, and whether some element passes a test. Each is
 * done as soon as it has its answer, so the executor stops feeding its chunk and cancels the chunks
 * to its right; {@code combine} keeps the left answer when it has one.
 */
final class Searches {
  private Searches() {}

  /** {@code Reducers.last()}: the last element; never stops. */
  static <T> Reducer<T, ?, Optional<T>> last() {
    return new FnReducer<T, Box<T>, Optional<T>>(
        "last",
        Box::new,
        (a, t) -> {
          a.has = true;
          a.value = t;
          return a;
        },
        (l, r) -> r.has ? r : l,
        a -> a.has ? Optional.of(a.value) : Optional.empty());
  }

  /** The first element; done as soon as it has one. */
  static final class First extends MergingReducer<Object, Box<Object>, Optional<Object>> {
    private static final long serialVersionUID = 1L;
    static final First INSTANCE = new First();

    private First() {
      super("first", Box::new, (l, r) -> l.has ? l : r, First::result);
    }

    private static Optional<Object> result(Box<Object> acc) {
      if (!acc.has) {
        return Optional.empty();
      }
      return Optional.of(
          Objects.requireNonNull(
              acc.value, "first: the first element is null (Optional cannot hold it)"));
    }

    @Override
    public Box<Object> step(Box<Object> acc, Object t) {
      if (!acc.has) {
        acc.has = true;
        acc.value = t;
      }
      return acc;
    }

    @Override
    public boolean isDone(Box<Object> acc) {
      return acc.has;
    }

    @Override
    public boolean mayStop() {
      return true;
    }
  }

  /** The first unboxed {@code long}: {@code [has, value]}. */
  static final class FirstLong extends MergingReducer<Long, long[], OptionalLong>
      implements LongReducer<long[], OptionalLong> {
    private static final long serialVersionUID = 1L;

    FirstLong() {
      super(
          "findFirst",
          () -> new long[2],
          (l, r) -> l[0] != 0 ? l : r,
          a -> a[0] != 0 ? OptionalLong.of(a[1]) : OptionalLong.empty());
    }

    @Override
    public long[] stepLong(long[] acc, long x) {
      if (acc[0] == 0) {
        acc[0] = 1;
        acc[1] = x;
      }
      return acc;
    }

    @Override
    public long[] step(long[] acc, Long x) {
      return stepLong(acc, x);
    }

    @Override
    public boolean isDone(long[] acc) {
      return acc[0] != 0;
    }

    @Override
    public boolean mayStop() {
      return true;
    }
  }

  /**
   * Whether some element was found: {@code found} ors across chunks, and once true the reducer is
   * done (when {@code stops}). Subclasses decide what "found" means for one element.
   */
  abstract static class Found<T> extends MergingReducer<T, boolean[], Boolean> {
    private static final long serialVersionUID = 1L;
    private final boolean stops;

    Found(boolean stops) {
      super("anyMatch", () -> new boolean[1], Found::or, a -> a[0]);
      this.stops = stops;
    }

    private static boolean[] or(boolean[] left, boolean[] right) {
      left[0] |= right[0];
      return left;
    }

    @Override
    public final boolean isDone(boolean[] acc) {
      return stops && acc[0];
    }

    @Override
    public final boolean mayStop() {
      return stops;
    }
  }

  /** Whether any element passes {@code test}. */
  static final class Match<T> extends Found<T> {
    private static final long serialVersionUID = 1L;
    private final Pred<? super T> test;

    Match(Pred<? super T> test, boolean stops) {
      super(stops);
      this.test = test;
    }

    @Override
    public boolean[] step(boolean[] acc, T t) {
      if (!acc[0] && test.test(t)) {
        acc[0] = true;
      }
      return acc;
    }
  }

  /** Whether any unboxed {@code long}'s test result equals {@code passWhen}. */
  static final class MatchLong extends Found<Long> implements LongReducer<boolean[], Boolean> {
    private static final long serialVersionUID = 1L;
    private final LongPred test;
    private final boolean passWhen;

    MatchLong(LongPred test, boolean passWhen) {
      super(true);
      this.test = test;
      this.passWhen = passWhen;
    }

    @Override
    public boolean[] stepLong(boolean[] acc, long x) {
      if (!acc[0] && test.test(x) == passWhen) {
        acc[0] = true;
      }
      return acc;
    }

    @Override
    public boolean[] step(boolean[] acc, Long x) {
      return stepLong(acc, x);
    }
  }
}
