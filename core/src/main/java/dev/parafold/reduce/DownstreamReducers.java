package dev.parafold.reduce;

import dev.parafold.fn.Fn;
import dev.parafold.fn.Pred;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.util.ArrayList;
import java.util.List;

/**
 * Reducers that adapt one downstream reducer: finishing its result ({@code mapResult}, {@code
 * collectingAndThen}), or changing the elements it sees ({@code mapping}, {@code filtering}, {@code
 * flatMapping}, the successes of {@code tryResults}). Each passes the offset contract through: a
 * one-to-one adapter forwards offsets, one that drops or adds elements passes {@code offset == 0 ?
 * 0 : UNKNOWN_OFFSET}; none steps a done downstream, and each stops when its downstream is done.
 */
final class DownstreamReducers {
  private DownstreamReducers() {}

  /** Applies a function to the downstream's result. */
  static final class Finishing<T, A, R, S> implements Reducer<T, A, S>, Offsets.Wrapper {
    private static final long serialVersionUID = 1L;
    private final Reducer<T, A, R> down;
    private final Fn<? super R, ? extends S> finisher;

    @SuppressWarnings("unchecked")
    Finishing(Reducer<? super T, ?, R> down, Fn<? super R, ? extends S> finisher) {
      this.down = (Reducer<T, A, R>) down;
      this.finisher = finisher;
    }

    @Override
    public A init() {
      return down.init();
    }

    @Override
    public A init(long offset) {
      return down.init(offset);
    }

    @Override
    public A step(A acc, T t) {
      return down.step(acc, t);
    }

    @Override
    public A combine(A left, A right) {
      return down.combine(left, right);
    }

    @Override
    public S complete(A acc) {
      return finisher.apply(down.complete(acc));
    }

    @Override
    public boolean isDone(A acc) {
      return down.isDone(acc);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return down.strategy();
    }

    @Override
    public boolean ignoresOffsets() {
      return Offsets.ignoredBy(down);
    }

    @Override
    public String describe() {
      return down.describe();
    }
  }

  /** Passes {@code f} of each element downstream: one to one, so offsets pass unchanged. */
  static final class Mapping<T, U, A, R> extends ForwardingReducer<T, U, A, R>
      implements Offsets.Wrapper {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends U> f;

    Mapping(Fn<? super T, ? extends U> f, Reducer<? super U, A, R> down) {
      super(down);
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return down.step(acc, f.apply(t));
    }

    @Override
    public boolean ignoresOffsets() {
      return Offsets.ignoredBy(down);
    }

    @Override
    public String describe() {
      return "mapping -> " + down.describe();
    }
  }

  /** Passes the elements that pass {@code test} downstream. */
  static final class Filtering<T, A, R> extends ForwardingReducer<T, T, A, R>
      implements Offsets.Wrapper {
    private static final long serialVersionUID = 1L;
    private final Pred<? super T> test;

    Filtering(Pred<? super T> test, Reducer<? super T, A, R> down) {
      super(down);
      this.test = test;
    }

    @Override
    public A init(long offset) {
      return down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
    }

    @Override
    public A step(A acc, T t) {
      return test.test(t) ? down.step(acc, t) : acc;
    }

    @Override
    public boolean ignoresOffsets() {
      return Offsets.ignoredBy(down);
    }

    @Override
    public String describe() {
      return "filtering -> " + down.describe();
    }
  }

  /**
   * Passes every element of {@code f}'s result downstream, stopping when the downstream is done.
   */
  static final class FlatMapping<T, U, A, R> extends ForwardingReducer<T, U, A, R>
      implements Offsets.Wrapper {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends Iterable<? extends U>> f;
    private final boolean downStops;

    FlatMapping(Fn<? super T, ? extends Iterable<? extends U>> f, Reducer<? super U, A, R> down) {
      super(down);
      this.f = f;
      this.downStops = down.mayStop();
    }

    @Override
    public A init(long offset) {
      return down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
    }

    @Override
    public A step(A acc, T t) {
      Iterable<? extends U> us = f.apply(t);
      if (us == null) {
        return acc; // as Collectors.flatMapping: a null result adds nothing
      }
      for (U u : us) {
        if (downStops && down.isDone(acc)) {
          break;
        }
        acc = down.step(acc, u);
      }
      return acc;
    }

    @Override
    public boolean ignoresOffsets() {
      return Offsets.ignoredBy(down);
    }

    @Override
    public String describe() {
      return "flatMapping -> " + down.describe();
    }
  }

  /** Passes the values of successful {@code Try}s downstream. */
  static final class Successes<T, A, R> extends ForwardingReducer<Try<T>, T, A, R>
      implements Offsets.Wrapper {
    private static final long serialVersionUID = 1L;

    Successes(Reducer<? super T, A, R> down) {
      super(down);
    }

    @Override
    public A init(long offset) {
      return down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
    }

    @Override
    public A step(A acc, Try<T> t) {
      return t.isSuccess() ? down.step(acc, t.get()) : acc;
    }

    @Override
    public boolean ignoresOffsets() {
      return Offsets.ignoredBy(down);
    }

    @Override
    public String describe() {
      return "successes -> " + down.describe();
    }
  }

  /** {@code Reducers.tryResults(downstream)}: successes downstream, failures in a list beside. */
  static <T, A, R> Reducer<Try<T>, ?, Either<List<Throwable>, R>> tryResults(
      Reducer<? super T, A, R> downstream) {
    Reducer<Try<T>, ArrayList<Throwable>, ArrayList<Throwable>> failures =
        new FnReducer<>(
            "failures",
            ArrayList::new,
            (a, t) -> {
              if (t.isFailure()) {
                a.add(t.getCause());
              }
              return a;
            },
            (l, r) -> {
              l.addAll(r);
              return l;
            },
            a -> a);
    Reducer<Try<T>, Object[], Object[]> both =
        new TeeReducer<>(List.of(new Successes<T, A, R>(downstream), failures));
    return new Finishing<>(both, r -> result(r[0], r[1]));
  }

  @SuppressWarnings("unchecked")
  private static <R> Either<List<Throwable>, R> result(Object value, Object failures) {
    List<Throwable> errors = (List<Throwable>) failures;
    return errors.isEmpty() ? Either.right((R) value) : Either.left(errors);
  }
}
