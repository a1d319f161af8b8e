package dev.parafold.reduce;

import java.io.Serializable;

/**
 * A fold step with an associative merge: the unit of work that every parafold pipeline runs.
 *
 * <pre>
 *   init(offset) ──step(acc, t)──▶ acc ──step──▶ acc ... ─┐
 *                                                        ├─ combine(left, right) ──▶ complete(acc) = R
 *   init(offset) ──step──▶ acc ... ──────────────────────┘
 * </pre>
 *
 * <p>Type parameters: {@code T} the elements stepped in, {@code A} the accumulator, {@code R} the
 * result.
 *
 * @implSpec
 *     <ul>
 *       <li>{@link #init(long)} returns fresh state for one chunk of input; the chunk's first
 *           element is element number {@code offset} of this reducer's input, or {@link
 *           #UNKNOWN_OFFSET}. The chunk that starts the input always gets offset {@code 0}; a chunk
 *           at offset 0 may still have empty chunks to its left (an executor may merge {@code
 *           init(0)} with the first chunk's accumulator).
 *       <li>{@link #step} may mutate {@code acc} and return it (like a {@code Collector}), or
 *           return a new value. Accumulators never leave their chunk until {@link #combine} is
 *           called.
 *       <li>{@link #combine} merges the accumulator of a chunk with that of the chunk immediately
 *           to its right, and is associative: {@code combine(combine(a, b), c)} and {@code
 *           combine(a, combine(b, c))} give the same result. It may reuse either argument.
 *       <li>{@link #isDone} reports early termination: once it is {@code true}, no element to the
 *           right of what the accumulator has seen can change the result. The executor then stops
 *           feeding this chunk and cancels every chunk to its right. A done accumulator stays done
 *           under further combines with its right ({@code combine(done, x)} is done and ignores
 *           {@code x}), and {@code combine(x, done)} is done.
 *       <li>{@link #complete} is called once, on the accumulator that covers the whole input.
 *     </ul>
 *
 * @param <T> element type
 * @param <A> accumulator type
 * @param <R> result type
 * @since 0.1
 */
public interface Reducer<T, A, R> extends Serializable {

  /** Offset passed to {@link #init(long)} when the position of a chunk in the input is unknown. */
  long UNKNOWN_OFFSET = -1L;

  /** Fresh state for the chunk that starts the input (offset 0). */
  A init();

  /**
   * Fresh state for a chunk whose first element is element {@code offset} of this reducer's input,
   * or {@link #UNKNOWN_OFFSET}. Stateless reducers need not override this.
   */
  default A init(long offset) {
    return init();
  }

  /** Folds one element into {@code acc}; may mutate and return it. */
  A step(A acc, T t);

  /** Merges {@code left} with the accumulator of the chunk to its right. Associative. */
  A combine(A left, A right);

  /** Turns the accumulator of the whole input into the result. */
  R complete(A acc);

  /**
   * {@code true} once nothing to the right can change the result (early termination). Checked by
   * source loops after each step only when {@link #mayStop()} is {@code true}.
   */
  default boolean isDone(A acc) {
    return false;
  }

  /**
   * The reducer whose {@link #isDone} answers for this one, on the same accumulator: this reducer,
   * or, for a stage that shares its downstream's accumulator and only forwards {@code isDone} (map,
   * filter, peek...), its downstream's {@code doneCheck()}. Source loops ask once per chunk and
   * check that reducer after each element: the check skips the forwarding stages, and its call
   * site, in the pipeline's own copy of the loop, sees one class even in a JVM that has run many
   * pipelines (a check through the stages would pass through their shared base class's call site).
   */
  default Reducer<?, A, ?> doneCheck() {
    return this;
  }

  /**
   * Whether {@link #isDone} can ever be {@code true}. Lets source loops pick a loop without the
   * per-element check. Wrapping reducers answer for their whole chain.
   */
  default boolean mayStop() {
    return false;
  }

  /**
   * Whether each chunk's accumulator grows with the distinct keys the chunk meets (a hash map or
   * set: {@code groupBy}, {@code countBy}, {@code toMap}), so that every extra chunk builds most of
   * the same table again and adds a merge of it. The driver then cuts about one chunk per thread
   * under the {@code auto} policy (a stolen chunk still splits) instead of about four: a parallel
   * word count over 50,000 distinct words took 241 ms in nine chunks and 188 ms in two. Wrapping
   * reducers answer for their downstream.
   */
  default boolean keyedState() {
    return false;
  }

  /** How this reducer behaves when its input is split; see {@link Strategy}. */
  default Strategy strategy() {
    return Strategy.STATELESS;
  }

  /**
   * A short name for explain output and error messages. The default is the simple name of the
   * class, also for a specialized copy of it (whose class is a hidden class named after the
   * original).
   */
  default String describe() {
    Class<?> c = getClass();
    if (!c.isHidden()) {
      return c.getSimpleName();
    }
    String name = c.getName(); // e.g. dev.parafold.reduce.Reducers$ToList/0x0000...
    int end = name.indexOf('/');
    name = end < 0 ? name : name.substring(0, end);
    return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
  }
}
