package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.io.Serializable;
import java.util.stream.Gatherer;

/**
 * A {@link Gatherer} run as a transducer. See {@link StreamBridge#fromGatherer}.
 *
 * <p>Parallel: a gatherer with a combiner promises what a parallel stream does with it: each chunk
 * integrates into a fresh state and pushes its own output, outputs concatenate in encounter order,
 * states merge with the combiner, and the finisher runs once on the merged state. That is a {@link
 * Strategy#MERGEABLE} stage: {@code combine} merges the gatherer states and the downstream
 * accumulators. A gatherer without a combiner ({@code Gatherers.windowFixed}, {@code scan}, {@code
 * fold}, ...) is {@link Strategy#SEQUENTIAL}: its integrator may depend on everything before it.
 *
 * <p>Early stop: an integrator that returns {@code false} makes the chunk done; as in a parallel
 * stream, nothing to its right is merged (a fold's executor cancels it).
 */
final class GathererTransducer<T, A, U> implements Transducer<T, U> {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // serializable when the gatherer is (the Spark check names it if not)
  private final Gatherer<T, A, U> gatherer;

  GathererTransducer(Gatherer<T, A, U> gatherer) {
    this.gatherer = gatherer;
  }

  @Override
  public <B, R> Reducer<T, ?, R> apply(Reducer<? super U, B, R> downstream) {
    return new Step<>(gatherer, downstream, strategy());
  }

  @Override
  public Strategy strategy() {
    return gatherer.combiner() == Gatherer.defaultCombiner()
        ? Strategy.SEQUENTIAL
        : Strategy.MERGEABLE;
  }

  @Override
  public String describe() {
    return "fromGatherer(" + gatherer + ")";
  }

  // ---- per-chunk state and reducer --------------------------------------------------------------

  /** A chunk: the gatherer's state, and the downstream accumulator its pushes step into. */
  static final class State<T, A, U, B> implements Gatherer.Downstream<U>, Serializable {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super U, B, ?> down;
    private final boolean downMayStop;

    @SuppressWarnings("serial") // as the transducer's
    private final Gatherer<T, A, U> gatherer;

    private transient Gatherer.Integrator<A, T, U> integrator; // cached: fetched once per chunk

    @SuppressWarnings("serial") // the gatherer's own state: serializable if the gatherer's is
    A state;

    @SuppressWarnings("serial") // the downstream's accumulator, as in every stage's state
    B inner;

    boolean any; // integrated at least one element
    boolean stopped; // the integrator returned false

    State(Reducer<? super U, B, ?> down, Gatherer<T, A, U> gatherer) {
      this.down = down;
      this.downMayStop = down.mayStop();
      this.gatherer = gatherer;
    }

    boolean integrate(T t) {
      Gatherer.Integrator<A, T, U> i = integrator;
      if (i == null) {
        integrator = i = gatherer.integrator();
      }
      return i.integrate(state, t, this);
    }

    @Override
    public boolean push(U u) {
      if (downMayStop && down.isDone(inner)) {
        return false; // never step a done accumulator
      }
      inner = down.step(inner, u);
      return !(downMayStop && down.isDone(inner));
    }

    @Override
    public boolean isRejecting() {
      return downMayStop && down.isDone(inner);
    }
  }

  private static final class Step<T, A, U, B, R> implements Reducer<T, State<T, A, U, B>, R> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // as the transducer's
    private final Gatherer<T, A, U> gatherer;

    private final Reducer<? super U, B, R> down;
    private final Strategy strategy;
    private final boolean greedy;

    Step(Gatherer<T, A, U> gatherer, Reducer<? super U, B, R> down, Strategy strategy) {
      this.gatherer = gatherer;
      this.down = down;
      this.strategy = strategy;
      this.greedy = gatherer.integrator() instanceof Gatherer.Integrator.Greedy;
    }

    @Override
    public State<T, A, U, B> init() {
      return init(0);
    }

    @Override
    public State<T, A, U, B> init(long offset) {
      State<T, A, U, B> s = new State<>(down, gatherer);
      s.state = gatherer.initializer().get();
      // the gatherer may add or drop elements: positions below it are unknown past the first chunk
      s.inner = down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
      return s;
    }

    @Override
    public State<T, A, U, B> step(State<T, A, U, B> s, T t) {
      s.any = true;
      if (!s.integrate(t)) {
        s.stopped = true;
      }
      return s;
    }

    @Override
    public State<T, A, U, B> combine(State<T, A, U, B> left, State<T, A, U, B> right) {
      if (isDone(left)) {
        return left;
      }
      if (strategy == Strategy.SEQUENTIAL) {
        // no combiner: only an empty chunk (a seed before the first batch) may merge
        if (left.any && right.any) {
          throw new IllegalStateException(
              "fromGatherer("
                  + gatherer
                  + ") has no combiner, so two chunks cannot be merged (Strategy.SEQUENTIAL)");
        }
        State<T, A, U, B> kept = left.any ? left : right;
        kept.inner = down.combine(left.inner, right.inner);
        kept.stopped = left.stopped || right.stopped;
        return kept;
      }
      left.state = gatherer.combiner().apply(left.state, right.state);
      left.inner = down.combine(left.inner, right.inner);
      left.any |= right.any;
      left.stopped = right.stopped;
      return left;
    }

    @Override
    public R complete(State<T, A, U, B> s) {
      var finisher = gatherer.finisher();
      if (finisher != Gatherer.<A, U>defaultFinisher()) {
        finisher.accept(s.state, s);
      }
      return down.complete(s.inner);
    }

    @Override
    public boolean isDone(State<T, A, U, B> s) {
      return s.stopped || (s.downMayStop && down.isDone(s.inner));
    }

    @Override
    public boolean mayStop() {
      return !greedy || down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return strategy.max(down.strategy());
    }

    @Override
    public String describe() {
      return "fromGatherer(" + gatherer + ") -> " + down.describe();
    }
  }
}
