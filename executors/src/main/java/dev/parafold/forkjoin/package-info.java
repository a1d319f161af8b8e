/**
 * Parallel executors: {@link dev.parafold.forkjoin.ForkJoinExecutor} (work stealing, the default of
 * {@code Fold.parallel()}) and {@link dev.parafold.forkjoin.ThreadPoolFoldExecutor} (for users who
 * must run on their own threads).
 */
package dev.parafold.forkjoin;
