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
    return new Step<>(downstream, init, f);
  }

  @Override
  public String describe() {
    return "scan";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  /** The chunk that starts the input has {@code value}; any other holds its elements. */
  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean first;
    Object value;
    ArrayList<Object> held;
  }

  private static final class Step<T, U, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super U, A, R> down;
    private final U init;
    private final Fn2<? super U, ? super T, ? extends U> f;

    Step(Reducer<? super U, A, R> down, U init, Fn2<? super U, ? super T, ? extends U> f) {
      this.down = down;
      this.init = init;
      this.f = f;
    }

    @Override
    public State<A> init() {
      return init(0);
    }

    @Override
    public State<A> init(long offset) {
      State<A> s = new State<>();
      s.first = offset == 0;
      s.inner = down.init(s.first ? 0 : UNKNOWN_OFFSET);
      if (s.first) {
        s.value = init;
      } else {
        s.held = new ArrayList<>();
      }
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public State<A> step(State<A> s, T t) {
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
    public State<A> combine(State<A> left, State<A> right) {
      if (right.first) {
        // only empty chunks lie left of a chunk that starts the input (e.g. an executor's seed)
        right.inner = down.combine(left.inner, right.inner);
        return right;
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
    public R complete(State<A> s) {
      return down.complete(s.first ? s.inner : combine(init(0), s).inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return s.first && down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return Strategy.INDEXED.max(down.strategy());
    }

    @Override
    public String describe() {
      return "scan -> " + down.describe();
    }
  }
}
