/**
 * The fold algebra: {@link dev.parafold.reduce.Reducer} (init, step, combine, complete, early
 * termination through {@code isDone}), {@link dev.parafold.reduce.Transducer} (reusable, composable
 * per-element work), {@link dev.parafold.reduce.Strategy} (how a stage behaves on split input) and
 * the {@link dev.parafold.reduce.Reducers} catalog.
 *
 * <p>Parallel semantics: chunks fold independently with fresh accumulators and are merged with
 * {@code combine} in encounter order, left then right. A lawful reducer's combine is associative
 * and its {@code init} is combine's identity; then every split tree gives the sequential result. A
 * reducer that feeds another ({@code groupBy}, {@code partition}, {@code filtering}, {@code tee},
 * ...) passes the offset contract on: its downstream gets {@code init(0)} only where the
 * downstream's own input starts, and an accumulator born at an unknown offset is anchored with
 * {@code combine(init(0), acc)} before it completes, so index-aware and early-stopping downstreams
 * give the sequential result too.
 */
package dev.parafold.reduce;
