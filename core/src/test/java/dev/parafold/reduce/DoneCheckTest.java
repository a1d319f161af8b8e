package dev.parafold.reduce;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.source.Sources;
import dev.parafold.source.Stop;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Reducer#doneCheck()}: source loops check the reducer it names after each element, so it
 * must answer exactly as the chain's own {@code isDone} would.
 */
final class DoneCheckTest {

  /** A stage that shares its downstream's accumulator and forwards everything but step. */
  private static final class Passing<T> extends ForwardingReducer<T, T, Object, Optional<T>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unchecked")
    Passing(Reducer<? super T, ?, Optional<T>> down) {
      super((Reducer<? super T, Object, Optional<T>>) down);
    }

    @Override
    public Object step(Object acc, T t) {
      return down.step(acc, t);
    }
  }

  /** A stage that decides itself when it is done: it must be its own check. */
  private static final class StopsAtThree<T> extends ForwardingReducer<T, T, Object, Optional<T>> {
    private static final long serialVersionUID = 1L;
    private int seen;

    @SuppressWarnings("unchecked")
    StopsAtThree(Reducer<? super T, ?, Optional<T>> down) {
      super((Reducer<? super T, Object, Optional<T>>) down);
    }

    @Override
    public Object step(Object acc, T t) {
      seen++;
      return acc;
    }

    @Override
    public boolean isDone(Object acc) {
      return seen >= 3;
    }

    @Override
    public boolean mayStop() {
      return true;
    }
  }

  @Test
  void forwardingStages_areSkipped_downToTheReducerThatDecides() {
    Reducer<Integer, ?, Optional<Integer>> first = Reducers.first();
    Reducer<Integer, ?, Optional<Integer>> chain = new Passing<>(new Passing<>(first));
    assertSame(first, chain.doneCheck());
  }

  @Test
  void aStageThatOverridesIsDone_isItsOwnCheck() {
    Reducer<Integer, ?, Optional<Integer>> stops = new StopsAtThree<>(Reducers.first());
    Reducer<Integer, ?, Optional<Integer>> chain = new Passing<>(stops);
    assertSame(stops, chain.doneCheck());
    // and a fold through it stops where the stage says: after three elements, with nothing found
    Integer[] data = {1, 2, 3, 4, 5, 6};
    @SuppressWarnings("unchecked")
    Reducer<Integer, Object, Optional<Integer>> r =
        (Reducer<Integer, Object, Optional<Integer>>) chain;
    Object acc = Sources.array(data).open().reduce(r, r.init(), Stop.NEVER);
    assertTrue(r.isDone(acc));
    assertFalse(r.complete(acc).isPresent());
  }

  @Test
  void aPlainReducer_isItsOwnCheck() {
    Reducer<Integer, ?, Optional<Integer>> first = Reducers.first();
    assertSame(first, first.doneCheck());
  }
}
