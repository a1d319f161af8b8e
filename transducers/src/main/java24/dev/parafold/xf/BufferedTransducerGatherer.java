package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.stream.Gatherer;

/**
 * A transducer run as a parallel {@link Gatherer}: each stream chunk folds into its own
 * accumulator, chunks merge with the transducer's {@code combine}, and the finisher pushes the
 * output. See {@link StreamBridge#toParallelGatherer}.
 *
 * <p>Why the output waits for the finisher: a stage's {@code combine} decides what a chunk held
 * back (the first elements of a {@code dedupe} chunk, a {@code limit} chunk of unknown position)
 * and emits it between the left chunk's output and the right chunk's. A gatherer's combiner has no
 * downstream and the stream concatenates what the chunks pushed, so nothing could go in between.
 * The reducer therefore feeds a list per chunk, and lists merge in order.
 *
 * <p>Why every chunk starts at an unknown offset: an initializer is not told where its chunk
 * starts, nor whether the stream runs in parallel. A chunk of unknown position is always legal
 * (index-aware stages hold and replay), and the finisher resolves the merged accumulator from
 * offset 0 by merging it into {@code init(0)}, as a fold does for a chunk of unknown position.
 */
final class BufferedTransducerGatherer<T, U>
    implements Gatherer<T, BufferedTransducerGatherer.Cell, U>, Serializable {
  private static final long serialVersionUID = 1L;
  private final String describe;
  private final Reducer<T, Object, ArrayList<U>> reducer;
  private final boolean stopsItself;

  @SuppressWarnings("unchecked")
  BufferedTransducerGatherer(Transducer<T, U> xf) {
    this.describe = xf.describe();
    // reducers keep their state in accumulators: one serves every chunk of every run
    this.reducer = (Reducer<T, Object, ArrayList<U>>) xf.apply(new ListSink<U>());
    this.stopsItself = reducer.mayStop();
  }

  @Override
  public Supplier<Cell> initializer() {
    return () -> new Cell(reducer.init(Reducer.UNKNOWN_OFFSET));
  }

  @Override
  public Integrator<Cell, T, U> integrator() {
    if (stopsItself) {
      return Integrator.of(
          (c, t, downstream) -> {
            c.acc = reducer.step(c.acc, t);
            return !reducer.isDone(c.acc);
          });
    }
    return Integrator.ofGreedy(
        (c, t, downstream) -> {
          c.acc = reducer.step(c.acc, t);
          return true;
        });
  }

  @Override
  public BinaryOperator<Cell> combiner() {
    // the stream never merges into a left chunk that stopped (nor does a fold)
    return (left, right) -> {
      left.acc = reducer.combine(left.acc, right.acc);
      return left;
    };
  }

  @Override
  public BiConsumer<Cell, Downstream<? super U>> finisher() {
    return (c, downstream) -> {
      Object whole = reducer.combine(reducer.init(0), c.acc);
      for (U u : reducer.complete(whole)) {
        if (!downstream.push(u)) {
          return;
        }
      }
    };
  }

  @Override
  public String toString() {
    return "toParallelGatherer(" + describe + ")";
  }

  /**
   * A chunk's accumulator (reducers may return a new one from each step). Serializable as the
   * catalog's accumulators are, so a fold over {@code fromGatherer} of this gatherer can ship it.
   */
  static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // the transducer's accumulator
    Object acc;

    Cell(Object acc) {
      this.acc = acc;
    }
  }

  /** Collects a chunk's output; merging appends the right chunk's list to the left one's. */
  static final class ListSink<U> implements Reducer<U, ArrayList<U>, ArrayList<U>> {
    private static final long serialVersionUID = 1L;

    @Override
    public ArrayList<U> init() {
      return new ArrayList<>();
    }

    @Override
    public ArrayList<U> step(ArrayList<U> acc, U u) {
      acc.add(u);
      return acc;
    }

    @Override
    public ArrayList<U> combine(ArrayList<U> left, ArrayList<U> right) {
      if (left.isEmpty()) {
        return right;
      }
      left.addAll(right);
      return left;
    }

    @Override
    public ArrayList<U> complete(ArrayList<U> acc) {
      return acc;
    }

    @Override
    public String describe() {
      return "list";
    }
  }
}
