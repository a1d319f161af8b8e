package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.Cmp;
import java.util.Comparator;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fluent API's overloads for {@code java.util.function} objects on Spark: a lambda written in
 * place is still parafold's serializable type and runs; an existing plain JDK object is adapted,
 * and the pre-submission check names the stage that holds it; {@code Function.identity()} and
 * {@code Cmp}'s combinators stay serializable.
 */
final class JdkFunctionTypesOnSparkTest {
  private static SparkExecutor spark;

  @BeforeAll
  static void start() {
    spark = SparkExecutor.on(LocalSpark.context());
  }

  @Test
  void inPlaceLambdasAndSerializableAdaptersRun_plainJdkObjectsAreNamed() {
    Fold<Long> base = Fold.from(SparkSources.range(0, 20_000));
    Fold<Long> local = base.on(SequentialExecutor.instance());
    Fold<Long> onSpark = base.on(spark);
    assertEquals(
        local.map(x -> x % 97).countBy(Function.identity()),
        onSpark.map(x -> x % 97).countBy(Function.identity()));
    assertEquals(
        local
            .sorted(Cmp.comparingLong((Long x) -> x % 10).reversed().thenComparing(x -> x))
            .limit(20)
            .toList(),
        onSpark
            .sorted(Cmp.comparingLong((Long x) -> x % 10).reversed().thenComparing(x -> x))
            .limit(20)
            .toList());
    Function<Long, Long> plain = x -> x + 1;
    NotSerializableStageException map =
        assertThrows(NotSerializableStageException.class, () -> onSpark.map(plain).toList());
    // the check fails before submission and names the plain lambda; the stage is named by its
    // reducer's describe() (the catalog's map reducer says "Step")
    assertTrue(map.getMessage().contains("JdkFunctionTypesOnSparkTest$$Lambda"), map.getMessage());
    Comparator<Long> plainOrder = Comparator.comparingLong((Long x) -> x % 10).reversed();
    NotSerializableStageException sorted =
        assertThrows(NotSerializableStageException.class, () -> onSpark.sorted(plainOrder).count());
    assertTrue(
        sorted.getMessage().contains("is not serializable")
            && sorted.getCause() instanceof java.io.NotSerializableException,
        sorted.getMessage());
  }
}
