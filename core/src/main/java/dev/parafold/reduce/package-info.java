/**
 * The fold algebra: {@link dev.parafold.reduce.Reducer} (init, step, combine, complete, early
 * termination through {@code isDone}), {@link dev.parafold.reduce.Transducer} (reusable, composable
 * per-element work), {@link dev.parafold.reduce.Strategy} (how a stage behaves on split input) and
 * the {@link dev.parafold.reduce.Reducers} catalog.
 *
 * <p>Parallel semantics: chunks fold independently with fresh accumulators and are merged with
 * {@code combine} in encounter order, left then right. A lawful reducer's combine is associative
 * and its {@code init} is combine's identity; then every split tree gives the sequential result.
 */
package dev.parafold.reduce;
