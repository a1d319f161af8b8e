package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.io.Serializable;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.stream.Gatherer;

/**
 * A transducer run as a lazy {@link Gatherer}: the transducer's reducer steps each element into a
 * sink that pushes straight to the gatherer's downstream. See {@link StreamBridge#toGatherer}.
 *
 * <p>Without a combiner the stream gives this gatherer one state for the whole input, which is
 * exactly a fold's chunk at offset 0: every stage streams, index-aware ones included. With a
 * combiner (stateless transducers only) each state is a chunk of unknown position; stateless stages
 * never look at positions and keep no state of their own, so each chunk pushes its own elements and
 * the stream concatenates the chunks' outputs in encounter order.
 */
final class TransducerGatherer<T, U>
    implements Gatherer<T, TransducerGatherer.State<T, U>, U>, Serializable {
  private static final long serialVersionUID = 1L;
  private final Transducer<T, U> xf;
  private final boolean stateless;
  private final boolean stopsItself;

  TransducerGatherer(Transducer<T, U> xf) {
    this.xf = xf;
    this.stateless = xf.strategy() == Strategy.STATELESS;
    this.stopsItself = xf.apply(new PushSink<U>(false)).mayStop();
  }

  @Override
  public Supplier<State<T, U>> initializer() {
    return () -> new State<>(xf, stateless ? Reducer.UNKNOWN_OFFSET : 0L);
  }

  @Override
  public Integrator<State<T, U>, T, U> integrator() {
    if (stopsItself) {
      return Integrator.of((s, t, downstream) -> s.step(t, downstream, true));
    }
    // greedy: returns false only when the downstream rejects, which Greedy allows
    return Integrator.ofGreedy((s, t, downstream) -> s.step(t, downstream, false));
  }

  @Override
  public BinaryOperator<State<T, U>> combiner() {
    return stateless ? State::combine : Gatherer.defaultCombiner();
  }

  @Override
  public BiConsumer<State<T, U>, Downstream<? super U>> finisher() {
    return State::finish;
  }

  @Override
  public String toString() {
    return "toGatherer(" + xf.describe() + ")";
  }

  // ---- per-run state ----------------------------------------------------------------------------

  /** One chunk: the transducer's reducer over a sink of its own, and that reducer's accumulator. */
  static final class State<T, U> {
    private final Reducer<T, Object, Void> reducer;
    private final PushSink<U> sink;
    private Object acc;

    @SuppressWarnings("unchecked")
    State(Transducer<T, U> xf, long offset) {
      this.sink = new PushSink<>(true);
      this.reducer = (Reducer<T, Object, Void>) xf.apply(sink);
      this.acc = reducer.init(offset);
    }

    boolean step(T t, Downstream<? super U> downstream, boolean checkDone) {
      sink.target = downstream;
      acc = reducer.step(acc, t);
      return !(sink.rejected || (checkDone && reducer.isDone(acc)));
    }

    State<T, U> combine(State<T, U> right) {
      // stateless: the accumulators are the sinks, which hold nothing to merge
      acc = reducer.combine(acc, right.acc);
      return this;
    }

    void finish(Downstream<? super U> downstream) {
      sink.target = downstream;
      reducer.complete(acc); // flushes what the stages still hold (partitionAll's last part, ...)
    }
  }

  /**
   * The end of the transducer's chain: pushes each element downstream and turns done when the
   * downstream rejects. Its accumulator is itself (one sink per state).
   */
  static final class PushSink<U> implements Reducer<U, PushSink<U>, Void> {
    private static final long serialVersionUID = 1L;
    private final boolean mayStop;
    transient Gatherer.Downstream<? super U> target;
    boolean rejected;

    PushSink(boolean mayStop) {
      this.mayStop = mayStop;
    }

    @Override
    public PushSink<U> init() {
      return this;
    }

    @Override
    public PushSink<U> step(PushSink<U> self, U u) {
      if (!rejected && !target.push(u)) {
        rejected = true;
      }
      return this;
    }

    @Override
    public PushSink<U> combine(PushSink<U> left, PushSink<U> right) {
      return left;
    }

    @Override
    public Void complete(PushSink<U> self) {
      return null;
    }

    @Override
    public boolean isDone(PushSink<U> self) {
      return rejected;
    }

    @Override
    public boolean mayStop() {
      return mayStop;
    }

    @Override
    public String describe() {
      return "push downstream";
    }
  }
}
