package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import java.util.ArrayList;

/**
 * Base of the index-aware stages whose treatment of an element depends on its position alone
 * (takeNth, mapIndexed, keepIndexed, zipWithIndex, randomSample). A subclass says what to do with
 * element {@code t} at {@code index}; this class supplies the positions.
 *
 * <p>A chunk of known offset numbers its elements itself and folds them at once. A chunk of unknown
 * offset cannot, so it holds all its elements back (its undecided prefix is the whole chunk);
 * {@code combine} replays them, numbered, into the left accumulator once the left part's position
 * is known. Offsets are monotone: a chunk of known offset never follows one of unknown offset.
 *
 * @param <T> elements in
 * @param <U> elements passed downstream
 * @param <A> the downstream's accumulator
 * @param <R> result type
 */
abstract class PositionalReducer<T, U, A, R>
    extends StatefulReducer<T, U, PositionalReducer.PositionalAccumulator<A>, A, R> {
  private static final long serialVersionUID = 1L;

  /** {@code next}: position of the next element, or -1 while unknown (then {@code held}). */
  static final class PositionalAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    long next;
    ArrayList<Object> held;
  }

  private final boolean oneToOne;

  /** {@code oneToOne}: each element gives exactly one, so offsets pass through unchanged. */
  PositionalReducer(Reducer<? super U, A, R> down, boolean oneToOne, String operation) {
    super(down, Strategy.INDEXED, operation);
    this.oneToOne = oneToOne;
  }

  /** Folds element {@code t}, number {@code index} of the input, into {@code inner}. */
  abstract A at(A inner, long index, T t);

  @Override
  final PositionalAccumulator<A> open(long offset) {
    PositionalAccumulator<A> s = new PositionalAccumulator<>();
    s.next = offset;
    if (offset < 0) {
      s.held = new ArrayList<>();
    }
    return s;
  }

  @Override
  final long downstreamOffset(long offset) {
    return oneToOne || offset <= 0 ? offset : UNKNOWN_OFFSET;
  }

  @Override
  public final PositionalAccumulator<A> step(PositionalAccumulator<A> s, T t) {
    if (s.next >= 0) {
      s.inner = at(s.inner, s.next++, t);
    } else {
      s.held.add(t);
    }
    return s;
  }

  @Override
  @SuppressWarnings("unchecked")
  public final PositionalAccumulator<A> combine(
      PositionalAccumulator<A> left, PositionalAccumulator<A> right) {
    if (left.next < 0) {
      if (right.next >= 0) {
        throw new IllegalStateException(describe() + ": a known offset follows an unknown one");
      }
      left.held.addAll(right.held);
      return left;
    }
    if (right.next < 0) {
      for (Object x : right.held) {
        if (down.isDone(left.inner)) {
          break;
        }
        left.inner = at(left.inner, left.next++, (T) x);
      }
      return left;
    }
    mergeInner(left, right);
    left.next = right.next;
    return left;
  }

  @Override
  final boolean startsInput(PositionalAccumulator<A> s) {
    return s.next >= 0;
  }

  @Override
  public final boolean isDone(PositionalAccumulator<A> s) {
    return s.next >= 0 && down.isDone(s.inner);
  }
}
