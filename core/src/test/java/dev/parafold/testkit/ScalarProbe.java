package dev.parafold.testkit;

import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Strategy;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Terminals that take the scalar step (see {@link LongReducer}): a sum, a minimum and a maximum of
 * unboxed {@code long}s or {@code double}s, over a cell like the library's, which count how their
 * elements arrived: element by element ({@code stepLong}/{@code stepDouble}) or as scalars. The kit
 * folds primitive sources into them to check that a chain that takes the scalar step gives the
 * model's answer on every executor; tests read the counts to see which path ran.
 *
 * <p>The result is the sum ({@code 0} for no elements), or the least or greatest element ({@code
 * Optional.empty()} for none); a {@code Long} or a {@code Double} in an {@code Optional}. The sums
 * take scalars at once, the extremes only after their first element, as the library's do.
 */
public final class ScalarProbe implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the probe computes. */
  public enum Op {
    SUM,
    MIN,
    MAX
  }

  private final Op op;
  private final LongAdder elementSteps = new LongAdder();
  private final LongAdder scalarSteps = new LongAdder();

  private ScalarProbe(Op op) {
    this.op = op;
  }

  /** A fresh probe for {@code op}. */
  public static ScalarProbe of(Op op) {
    return new ScalarProbe(op);
  }

  /** Elements that reached the terminal through {@code stepLong}/{@code stepDouble}. */
  public long elementSteps() {
    return elementSteps.sum();
  }

  /** Elements that reached the terminal through {@code stepScalar}. */
  public long scalarSteps() {
    return scalarSteps.sum();
  }

  /** The probe's terminal for {@code long}s. */
  public LongReducer<Cell, Optional<Object>> longs() {
    return new Longs(this);
  }

  /** The probe's terminal for {@code double}s. */
  public DoubleReducer<Cell, Optional<Object>> doubles() {
    return new Doubles(this);
  }

  /** The model: what the terminal gives for these {@code Long}s or {@code Double}s. */
  public Optional<Object> model(List<?> elements, boolean longs) {
    Object acc = op != Op.SUM ? null : longs ? (Object) 0L : (Object) 0.0d;
    for (Object x : elements) {
      acc = acc == null ? x : apply(acc, x);
    }
    return Optional.ofNullable(acc);
  }

  private Object apply(Object a, Object x) {
    if (a instanceof Long) {
      long l = (Long) a;
      long r = (Long) x;
      return op == Op.SUM ? l + r : op == Op.MIN ? Math.min(l, r) : Math.max(l, r);
    }
    double l = (Double) a;
    double r = (Double) x;
    return op == Op.SUM ? l + r : op == Op.MIN ? Math.min(l, r) : Math.max(l, r);
  }

  @Override
  public String toString() {
    return "probe " + op;
  }

  /** One chunk's state. */
  public static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    boolean seen;
    long value;
    double dvalue;
  }

  // ---- the two terminals
  // -------------------------------------------------------------------------

  private abstract static class Terminal implements Serializable {
    private static final long serialVersionUID = 1L;
    final ScalarProbe probe;

    Terminal(ScalarProbe probe) {
      this.probe = probe;
    }

    public Cell init() {
      return new Cell();
    }

    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    public String describe() {
      return probe.toString();
    }
  }

  private static final class Longs extends Terminal implements LongReducer<Cell, Optional<Object>> {
    private static final long serialVersionUID = 1L;

    Longs(ScalarProbe probe) {
      super(probe);
    }

    private long op(long s, long x) {
      Op op = probe.op;
      return op == Op.SUM ? s + x : op == Op.MIN ? Math.min(s, x) : Math.max(s, x);
    }

    @Override
    public Cell stepLong(Cell acc, long x) {
      probe.elementSteps.increment();
      acc.value = acc.seen ? op(acc.value, x) : x;
      acc.seen = true;
      return acc;
    }

    @Override
    public boolean scalarReady(Cell acc) {
      return acc.seen || probe.op == Op.SUM;
    }

    @Override
    public long loadScalar(Cell acc) {
      return acc.value; // 0 when nothing was seen: a sum's identity
    }

    @Override
    public Cell storeScalar(Cell acc, long s) {
      acc.value = s;
      return acc;
    }

    @Override
    public long stepScalar(long s, long x) {
      probe.scalarSteps.increment();
      return op(s, x);
    }

    @Override
    public Cell combine(Cell left, Cell right) {
      if (probe.op != Op.SUM && !right.seen) {
        return left;
      }
      if (probe.op != Op.SUM && !left.seen) {
        return right;
      }
      left.value = op(left.value, right.value);
      return left;
    }

    @Override
    public Optional<Object> complete(Cell acc) {
      return acc.seen || probe.op == Op.SUM ? Optional.of(acc.value) : Optional.empty();
    }
  }

  private static final class Doubles extends Terminal
      implements DoubleReducer<Cell, Optional<Object>> {
    private static final long serialVersionUID = 1L;

    Doubles(ScalarProbe probe) {
      super(probe);
    }

    private double op(double s, double x) {
      Op op = probe.op;
      return op == Op.SUM ? s + x : op == Op.MIN ? Math.min(s, x) : Math.max(s, x);
    }

    @Override
    public Cell stepDouble(Cell acc, double x) {
      probe.elementSteps.increment();
      acc.dvalue = acc.seen ? op(acc.dvalue, x) : x;
      acc.seen = true;
      return acc;
    }

    @Override
    public boolean scalarReady(Cell acc) {
      return acc.seen || probe.op == Op.SUM;
    }

    @Override
    public double loadScalar(Cell acc) {
      return acc.dvalue;
    }

    @Override
    public Cell storeScalar(Cell acc, double s) {
      acc.dvalue = s;
      return acc;
    }

    @Override
    public double stepScalar(double s, double x) {
      probe.scalarSteps.increment();
      return op(s, x);
    }

    @Override
    public Cell combine(Cell left, Cell right) {
      if (probe.op != Op.SUM && !right.seen) {
        return left;
      }
      if (probe.op != Op.SUM && !left.seen) {
        return right;
      }
      left.dvalue = op(left.dvalue, right.dvalue);
      return left;
    }

    @Override
    public Optional<Object> complete(Cell acc) {
      return acc.seen || probe.op == Op.SUM ? Optional.of(acc.dvalue) : Optional.empty();
    }
  }
}
