package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;

/**
 * Base of the stateful stages' reducers (limit, skip, dedupe, window, distinct, ...): each chunk
 * has its own {@link Accumulator}, which holds the downstream's accumulator {@code inner} and
 * whatever the stage must keep for {@code combine}. A stage file says only what is particular to
 * it: its accumulator's fields and how a chunk opens them ({@link #open}), {@code step} and {@code
 * combine}; this class supplies the rest of the protocol: {@code init(offset)} opens an
 * accumulator, marks whether it starts the input and inits the downstream at {@link
 * #downstreamOffset}; {@code init()} is {@code init(0)}; {@code complete} first resolves an
 * accumulator that does not start the input by merging it into a fresh one that does (rule 4 of
 * docs/design-catalog.md); the strategy is the stage's own joined with the downstream's; the stage
 * describes itself by its operation.
 *
 * @param <T> elements stepped in
 * @param <U> elements passed downstream
 * @param <S> this stage's accumulator
 * @param <A> the downstream's accumulator
 * @param <R> result type
 */
abstract class StatefulReducer<T, U, S extends StatefulReducer.Accumulator<A>, A, R>
    implements Reducer<T, S, R> {
  private static final long serialVersionUID = 1L;

  /** Base of a stateful stage's per-chunk accumulator. */
  abstract static class Accumulator<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The downstream reducer's accumulator. */
    A inner;

    /** Whether the chunk starts the input (offset 0): nothing lies to its left. */
    boolean first;
  }

  /**
   * An accumulator that holds back its chunk's first element unless the chunk starts the input,
   * because whether or how that element passes depends on what lies to its left (dedupe,
   * interpose). See {@link #firstOfChunk}.
   */
  abstract static class HeadAccumulator<A> extends Accumulator<A> {
    private static final long serialVersionUID = 1L;

    /** Whether the chunk has seen an element. */
    boolean any;

    /** The chunk's first element, held (undecided) when the chunk does not start the input. */
    Object head;
  }

  /** The reducer this one feeds. */
  final Reducer<? super U, A, R> down;

  private final Strategy strategy;
  private final String operation;

  /**
   * {@code strategy}: the stage's own (joined with the downstream's); {@code operation}: its name
   * and arguments as explain output shows them, e.g. {@code "limit(10)"}.
   */
  StatefulReducer(Reducer<? super U, A, R> down, Strategy strategy, String operation) {
    this.down = down;
    this.strategy = strategy;
    this.operation = operation;
  }

  /** A fresh accumulator with the stage's own fields set for a chunk at {@code offset}. */
  abstract S open(long offset);

  /**
   * The offset of the downstream's chunk, given this chunk's: a stage that drops or adds elements
   * knows only that 0 stays 0 (rule 1 of docs/design-catalog.md).
   */
  long downstreamOffset(long offset) {
    return offset == 0 ? 0 : UNKNOWN_OFFSET;
  }

  /**
   * Whether {@code s} has decided everything it holds, so nothing to its left can change it
   * (default: it starts the input); {@code complete} resolves any other accumulator first.
   */
  boolean startsInput(S s) {
    return s.first;
  }

  /** The downstream accumulator of the whole input's {@code s} (resolved); a stage may flush. */
  A finish(S s) {
    return s.inner;
  }

  @Override
  public final S init() {
    return init(0);
  }

  @Override
  public final S init(long offset) {
    S s = open(offset);
    s.first = offset == 0;
    s.inner = down.init(downstreamOffset(offset));
    return s;
  }

  @Override
  public final R complete(S s) {
    return down.complete(finish(startsInput(s) ? s : combine(init(0), s)));
  }

  @Override
  public boolean isDone(S s) {
    return down.isDone(s.inner);
  }

  @Override
  public boolean mayStop() {
    return down.mayStop();
  }

  @Override
  public boolean keyedState() {
    return down.keyedState();
  }

  @Override
  public final Strategy strategy() {
    return strategy.max(down.strategy());
  }

  @Override
  public final String describe() {
    return operation + " -> " + down.describe();
  }

  // ---- helpers for the stages ----------------------------------------------------------------

  /**
   * Takes the chunk's first element, if {@code u} is it: passed at once when the chunk starts the
   * input, held as the head otherwise. Returns whether {@code u} was the first element.
   */
  final boolean firstOfChunk(HeadAccumulator<A> s, U u) {
    if (s.any) {
      return false;
    }
    s.any = true;
    if (s.first) {
      s.inner = down.step(s.inner, u);
    } else {
      s.head = u;
    }
    return true;
  }

  /** Passes {@code u} downstream unless the downstream is done. */
  final void emit(S s, U u) {
    if (!down.isDone(s.inner)) {
      s.inner = down.step(s.inner, u);
    }
  }

  /** Merges the right part's downstream accumulator into the left's, unless the left is done. */
  final void mergeInner(S left, S right) {
    if (!down.isDone(left.inner)) {
      left.inner = down.combine(left.inner, right.inner);
    }
  }

  /**
   * {@code combine} when {@code right} starts the input: only empty chunks lie to its left (e.g. an
   * executor's seed accumulator), so the result is {@code right}.
   */
  final S afterEmptyLeft(S left, S right) {
    right.inner = down.combine(left.inner, right.inner);
    return right;
  }
}
