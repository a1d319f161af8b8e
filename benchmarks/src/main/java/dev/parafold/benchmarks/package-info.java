/**
 * JMH benchmarks: one {@code <Workload>Benchmark} class per workload, each with a plain loop
 * ({@code hand}), {@code java.util.stream} ({@code streamSeq}, {@code streamPar}) and parafold
 * ({@code parafoldSeq}, {@code parafoldPar}) variants that return the same answer. A method named
 * {@code <prefix><Variant>} (for example {@code rangeParafoldPar}) belongs to the sub-workload
 * {@code prefix}; {@code benchmarks/run} groups and compares variants that way.
 */
package dev.parafold.benchmarks;
