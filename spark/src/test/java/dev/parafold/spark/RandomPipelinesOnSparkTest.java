package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.testkit.Gen;
import dev.parafold.xf.Catalog;
import dev.parafold.xf.SwapCombine;
import dev.parafold.xf.Terminals;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Battery B14 on {@code local[2,4]}: random pipelines over every object operation of the transducer
 * catalog ({@link Catalog}, the one description of each operation, whose functions are
 * serializable) and every battery terminal, nulls included, folded on Spark (shipped elements, an
 * RDD, a rebuilt recipe; 1 to 12 partitions) equal the sequential fold. {@code
 * -Dparafold.spark.pipelines.local=N} (default 400; the stress tier runs 4000). The cluster half is
 * in {@link StandaloneClusterTest}.
 */
final class RandomPipelinesOnSparkTest {
  static final int PIPELINES = Integer.getInteger("parafold.spark.pipelines.local", 400);

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES) // hang guard: about 20 s in the CI tier
  void randomPipelines_onLocalSpark_equalTheSequentialFold() {
    SparkPipelineBattery b = new SparkPipelineBattery(LocalSpark.context());
    run(b, PIPELINES, "B14 random pipelines on local Spark");
  }

  /**
   * The battery has teeth on Spark: a pass-through stage whose combine swaps left and right is
   * right on one partition and wrong across partitions, and it is reported.
   */
  @Test
  void plantedBrokenStage_isReported() {
    Map<String, Catalog.Maker> broken =
        Map.of(
            "swapCombine",
            g -> new Catalog.Instance("swapCombine", "swapCombine", new SwapCombine(), in -> in));
    SparkPipelineBattery b = new SparkPipelineBattery(LocalSpark.context(), broken);
    for (int i = 0; i < 30; i++) {
      b.runCase(i, new Gen(1000 + i));
    }
    assertTrue(b.mismatches > 0, "the battery missed a combine that swaps partitions");
    assertTrue(b.failures.get(0).contains("swapCombine"), b.failures.get(0));
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
    if (n >= SparkPipelineBattery.OPERATIONS.size()
        && System.getProperty("parafold.seed") == null) {
      assertEquals(
          SparkPipelineBattery.OPERATIONS.keySet(), b.stagesUsed.keySet(), "every operation");
      assertEquals(Terminals.CATALOG.keySet(), b.endsUsed, "every terminal");
      assertEquals(3, b.sourcesUsed.size(), "every way of reaching Spark: " + b.sourcesUsed);
      assertTrue(b.inputsWithNulls > 0, "inputs with nulls");
    }
  }
}
