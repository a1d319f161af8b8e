/**
 * Parallel executors: {@link dev.parafold.parallel.ForkJoinExecutor} (work stealing, the default of
 * {@code Fold.parallel()}) and {@link dev.parafold.parallel.ThreadPoolFoldExecutor} (for users who
 * must run on their own threads).
 */
package dev.parafold.parallel;
