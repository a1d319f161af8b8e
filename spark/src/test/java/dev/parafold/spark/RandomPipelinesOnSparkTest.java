package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.testkit.Gen;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Battery B14 on {@code local[2,4]}: random pipelines over every object operation of the catalog
 * and every battery terminal, nulls included, folded on Spark (shipped elements, an RDD, a rebuilt
 * recipe; 1 to 12 partitions) equal the sequential fold. {@code -Dparafold.spark.pipelines.local=N}
 * (default 200; the stress tier runs 2000). The cluster half is in {@link StandaloneClusterTest}.
 */
final class RandomPipelinesOnSparkTest {
  static final int PIPELINES = Integer.getInteger("parafold.spark.pipelines.local", 200);

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES) // hang guard: about 20 s in the CI tier
  void randomPipelines_onLocalSpark_equalTheSequentialFold() {
    SparkPipelineBattery b = new SparkPipelineBattery(LocalSpark.context());
    run(b, PIPELINES, "B14 random pipelines on local Spark");
  }

  /** Runs {@code n} cases and asserts no mismatch and full coverage; prints the figures. */
  static void run(SparkPipelineBattery b, int n, String what) {
    long t0 = System.nanoTime();
    int[] index = {0};
    Gen.forAll(what, n, g -> b.runCase(index[0]++, g));
    System.out.printf("%s: %.1f s%n  %s%n", what, (System.nanoTime() - t0) / 1e9, b.figures());
    assertEquals(
        0, b.mismatches, b.failures.isEmpty() ? "" : "the first mismatch:\n" + b.failures.get(0));
    assertEquals(n, b.cases);
    if (n >= SerializableOps.STAGES.size() && System.getProperty("parafold.seed") == null) {
      assertEquals(SerializableOps.STAGES.keySet(), b.stagesUsed.keySet(), "every operation");
      assertEquals(SerializableOps.ENDS.keySet(), b.endsUsed, "every terminal");
      assertEquals(3, b.sourcesUsed.size(), "every way of reaching Spark: " + b.sourcesUsed);
      assertTrue(b.throwingCases > 0 || n < 100, "some cases throw (first of a null)");
    }
  }
}
