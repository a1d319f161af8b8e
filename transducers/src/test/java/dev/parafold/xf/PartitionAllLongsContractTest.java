package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Arrays;
import java.util.List;

/**
 * Conformance of {@code PrimitiveTransducers.partitionAllLongs}; each {@code long[]} batch is shown
 * with {@code Arrays.toString} so the kit can compare batches by value.
 */
final class PartitionAllLongsContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("partitionAllLongs", gen);
  }

  @Override
  protected java.util.Map<String, org.junit.jupiter.api.function.Executable> nullArguments() {
    return java.util.Map.of();
  }

  /** Not a test of the kit: n below 1 is rejected with a message naming the operation. */
  @org.junit.jupiter.api.Test
  void rejectsNonPositiveSizes() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> PrimitiveTransducers.partitionAllLongs(0));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("partitionAllLongs"));
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of("[0, 1]", "[2, 3]", "[4]"),
        dev.parafold.Fold.range(0, 5).partitionAll(2).map(Arrays::toString).toList());
  }
}
