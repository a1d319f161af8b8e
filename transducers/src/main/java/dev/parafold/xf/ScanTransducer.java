package dev.parafold.xf;

import dev.parafold.fn.Fn2;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Running reduction: passes {@code f(init, x1)}, {@code f(f(init, x1), x2)}, ... (the initial value
 * itself is not passed). JDK 22 {@code Gatherers.scan}; Clojure {@code reductions} (which also
 * emits {@code init}).
 *
 * <p>Parallel (index-aware): the running value of a chunk's elements depends on everything to its
 * left and {@code f} need not be associative, so the chunk that starts the input scans as it goes
 * and every other chunk holds its elements (its undecided prefix is the whole chunk) until {@code
 * combine} replays them after the running value to their left. Stages before the scan run in
 * parallel; the scan itself runs in encounter order as chunks merge.
 */
final class ScanTransducer<T, U> implements Transducer<T, U> {
  private static final long serialVersionUID = 1L;
  private final U init;
  private final Fn2<? super U, ? super T, ? extends U> f;

  ScanTransducer(U init, Fn2<? super U, ? super T, ? extends U> f) {
    this.init = init;
    this.f = Objects.requireNonNull(f, "f");
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> downstream) {
    return new ScanReducer<>(downstream, init, f);
  }

  @Override
  public String describe() {
    return "scan";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  /** The chunk that starts the input has {@code value}; any other holds its elements. */
  static final class ScanAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    Object value;
    ArrayList<Object> held;
  }

  private static final class ScanReducer<T, U, A, R>
      extends StatefulReducer<T, U, ScanAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final U init;
    private final Fn2<? super U, ? super T, ? extends U> f;

    ScanReducer(Reducer<? super U, A, R> down, U init, Fn2<? super U, ? super T, ? extends U> f) {
      super(down, Strategy.INDEXED, "scan");
      this.init = init;
      this.f = f;
    }

    @Override
    ScanAccumulator<A> open(long offset) {
      ScanAccumulator<A> s = new ScanAccumulator<>();
      if (offset == 0) {
        s.value = init;
      } else {
        s.held = new ArrayList<>();
      }
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ScanAccumulator<A> step(ScanAccumulator<A> s, T t) {
      if (s.first) {
        U v = f.apply((U) s.value, t);
        s.value = v;
        s.inner = down.step(s.inner, v);
      } else {
        s.held.add(t);
      }
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ScanAccumulator<A> combine(ScanAccumulator<A> left, ScanAccumulator<A> right) {
      if (right.first) {
        return afterEmptyLeft(left, right);
      }
      if (!left.first) {
        left.held.addAll(right.held);
        return left;
      }
      for (Object x : right.held) {
        if (down.isDone(left.inner)) {
          break;
        }
        step(left, (T) x);
      }
      return left;
    }

    @Override
    public boolean isDone(ScanAccumulator<A> s) {
      return s.first && down.isDone(s.inner);
    }
  }
}
