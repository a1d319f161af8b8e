package dev.parafold.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link PollutedBenchmark} with per-pipeline class copies turned off ({@code
 * -Dparafold.specialize=false}): the "before" of {@code dev.parafold.exec.Specializer}, measured in
 * the same run as the "after".
 */
@Fork(value = 1, jvmArgsAppend = "-Dparafold.specialize=false")
public class PollutedUnspecializedBenchmark extends PollutedBenchmark {}
