package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.testkit.Gen;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Conformance of {@code PrimitiveTransducers.partitionAllInts}; each {@code int[]} batch is shown
 * as a list so the kit can compare batches by value.
 */
final class PartitionAllIntsContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("partitionAllInts", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of();
  }

  /** Not a test of the kit: n below 1 is rejected with a message naming the operation. */
  @Test
  void rejectsNonPositiveSizes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PrimitiveTransducers.partitionAllInts(0));
    assertTrue(e.getMessage().startsWith("partitionAllInts"));
  }

  /**
   * {@code IntFold.partitionAll} over an {@code int[]}: array sources hand the stage whole blocks
   * (1,024 elements), which it copies a run at a time; batches that straddle blocks and chunks,
   * sequential and parallel, equal the streams' ranges.
   */
  @Test
  void overAnIntArray_batchesEqualTheRanges_acrossBlocksAndChunks() {
    int[] data = IntStream.range(0, 10_007).map(i -> i * 31 % 1000 - 500).toArray();
    for (int n : new int[] {1, 7, 100, 1000, 1024, 1500, 20_000}) {
      List<String> want =
          IntStream.range(0, (data.length + n - 1) / n)
              .mapToObj(c -> Arrays.copyOfRange(data, c * n, Math.min(data.length, c * n + n)))
              .map(Arrays::toString)
              .collect(java.util.stream.Collectors.toList());
      assertEquals(want, Fold.from(data).partitionAll(n).map(Arrays::toString).toList(), "n=" + n);
      assertEquals(
          want,
          Fold.from(data)
              .parallel()
              .chunks(dev.parafold.exec.ChunkPolicy.fixed(777))
              .partitionAll(n)
              .map(Arrays::toString)
              .toList(),
          "parallel n=" + n);
      assertEquals(
          want,
          Fold.from(data).asLongs().partitionAll(n).map(Arrays::toString).toList(),
          "long[] batches n=" + n);
    }
  }
}
