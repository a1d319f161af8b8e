package dev.parafold.benchmarks;

import org.openjdk.jmh.annotations.Setup;

/**
 * {@link PollutedBenchmark} with per-pipeline class copies turned off ({@code
 * parafold.specialize=false}): the "before" of {@code dev.parafold.exec.Specializer}, measured in
 * the same run as the "after". The property is set before the first fold of this (forked) JVM,
 * which is when the Specializer reads it.
 */
public class PollutedUnspecializedBenchmark extends PollutedBenchmark {
  @Override
  @Setup
  public void setup() {
    System.setProperty("parafold.specialize", "false");
    super.setup();
  }
}
