package dev.parafold.reduce;

import java.util.stream.Collector;

/**
 * Between reducers and {@link Collector}s, both ways: {@code fromCollector}, {@code toCollector}.
 */
final class CollectorBridge {
  private CollectorBridge() {}

  /**
   * {@code Reducers.toCollector(r)}. A stream does not tell a collector where its containers start,
   * so every container is {@code init(UNKNOWN_OFFSET)} and the finisher anchors the whole, {@code
   * combine(init(0), acc)}: an index-aware or early-stopping {@code r} then gives in a parallel
   * stream what it gives in a sequential one. A done container takes no more elements.
   */
  static <T, A, R> Collector<T, A, R> toCollector(Reducer<T, A, R> r) {
    boolean anchor = !Offsets.ignoredBy(r);
    boolean stops = r.mayStop();
    return Collector.of(
        () -> anchor ? r.init(Reducer.UNKNOWN_OFFSET) : r.init(),
        (a, t) -> {
          if (stops && r.isDone(a)) {
            return;
          }
          if (r.step(a, t) != a) {
            throw new IllegalStateException(
                "Reducers.toCollector("
                    + r.describe()
                    + "): step returned a new accumulator, but a Collector's accumulator must"
                    + " change the one it is given; fold with Fold.reduce instead, or use a"
                    + " mutable accumulator (a long[1] rather than a Long)");
          }
        },
        r::combine,
        a -> r.complete(anchor ? r.combine(r.init(0), a) : a));
  }

  /** A {@link Collector} seen as a reducer. */
  static final class CollectorReducer<T, A, R> implements Reducer<T, A, R> {
    private static final long serialVersionUID = 1L;
    private final Collector<T, A, R> c;

    CollectorReducer(Collector<T, A, R> c) {
      this.c = c;
    }

    @Override
    public A init() {
      return c.supplier().get();
    }

    @Override
    public A step(A acc, T t) {
      c.accumulator().accept(acc, t);
      return acc;
    }

    @Override
    public A combine(A left, A right) {
      return c.combiner().apply(left, right);
    }

    @Override
    @SuppressWarnings("unchecked")
    public R complete(A acc) {
      if (c.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
        return (R) acc;
      }
      return c.finisher().apply(acc);
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "collector";
    }
  }
}
