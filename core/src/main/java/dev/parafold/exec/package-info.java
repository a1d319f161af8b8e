/**
 * The executor SPI ({@link dev.parafold.exec.FoldExecutor}), per-call options (chunk policy,
 * parallelism cap, deadline, cancellation), the sequential executor and the single-threaded
 * split-tree executor used to check combine laws.
 */
package dev.parafold.exec;
