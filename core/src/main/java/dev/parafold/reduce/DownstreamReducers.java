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

  /**
   * Base of the adapters: forwards everything to the downstream, decides offsets by whether the
   * adapter keeps element positions, and ignores offsets when its downstream does.
   */
  abstract static class Adapter<T, U, A, R> extends ForwardingReducer<T, U, A, R>
      implements Offsets.Wrapper {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final boolean keepsPositions;

    Adapter(String name, boolean keepsPositions, Reducer<? super U, A, R> down) {
      super(down);
      this.name = name;
      this.keepsPositions = keepsPositions;
    }

    @Override
    public final A init(long offset) {
      return down.init(keepsPositions || offset == 0 ? offset : UNKNOWN_OFFSET);
    }

    @Override
    public final boolean ignoresOffsets() {
      return Offsets.ignoredBy(down);
    }

    @Override
    public final String describe() {
      return name.isEmpty() ? down.describe() : name + " -> " + down.describe();
    }
  }

  /**
   * Applies a function to the downstream's result. Typed {@code Object} inside, the factories give
   * it its result type.
   */
  static final class Finishing<T, A> extends Adapter<T, T, A, Object> {
    private static final long serialVersionUID = 1L;
    private final Fn<Object, Object> finisher;

    @SuppressWarnings("unchecked")
    Finishing(Reducer<? super T, A, ?> down, Fn<?, ?> finisher) {
      super("", true, (Reducer<? super T, A, Object>) down);
      this.finisher = (Fn<Object, Object>) finisher;
    }

    /** {@code finisher} of {@code down}'s result. */
    @SuppressWarnings("unchecked")
    static <T, R, S> Reducer<T, ?, S> of(
        Reducer<? super T, ?, R> down, Fn<? super R, ? extends S> finisher) {
      Reducer<?, ?, ?> r = new Finishing<T, Object>((Reducer<? super T, Object, ?>) down, finisher);
      return (Reducer<T, ?, S>) r;
    }

    @Override
    public A step(A acc, T t) {
      return down.step(acc, t);
    }

    @Override
    public Object complete(A acc) {
      return finisher.apply(down.complete(acc));
    }
  }

  /** Passes {@code f} of each element downstream: one to one, so offsets pass unchanged. */
  static final class Mapping<T, U, A, R> extends Adapter<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends U> f;

    Mapping(Fn<? super T, ? extends U> f, Reducer<? super U, A, R> down) {
      super("mapping", true, down);
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return down.step(acc, f.apply(t));
    }
  }

  /** Passes the elements that pass {@code test} downstream. */
  static final class Filtering<T, A, R> extends Adapter<T, T, A, R> {
    private static final long serialVersionUID = 1L;
    private final Pred<? super T> test;

    Filtering(Pred<? super T> test, Reducer<? super T, A, R> down) {
      super("filtering", false, down);
      this.test = test;
    }

    @Override
    public A step(A acc, T t) {
      return test.test(t) ? down.step(acc, t) : acc;
    }
  }

  /**
   * Passes every element of {@code f}'s result downstream, stopping when the downstream is done.
   */
  static final class FlatMapping<T, U, A, R> extends Adapter<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends Iterable<? extends U>> f;
    private final boolean downStops;

    FlatMapping(Fn<? super T, ? extends Iterable<? extends U>> f, Reducer<? super U, A, R> down) {
      super("flatMapping", false, down);
      this.f = f;
      this.downStops = down.mayStop();
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
  }

  /** Passes the values of successful {@code Try}s downstream. */
  static final class Successes<T, A, R> extends Adapter<Try<T>, T, A, R> {
    private static final long serialVersionUID = 1L;

    Successes(Reducer<? super T, A, R> down) {
      super("successes", false, down);
    }

    @Override
    public A step(A acc, Try<T> t) {
      return t.isSuccess() ? down.step(acc, t.get()) : acc;
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
    return Finishing.of(both, r -> result(r[0], r[1]));
  }

  @SuppressWarnings("unchecked")
  private static <R> Either<List<Throwable>, R> result(Object value, Object failures) {
    List<Throwable> errors = (List<Throwable>) failures;
    return errors.isEmpty() ? Either.right((R) value) : Either.left(errors);
  }
}
