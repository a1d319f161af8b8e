package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.SplitTreeExecutor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * distinctBy keeps the first element of each key even when that element is null. Its candidate maps
 * (chunks that do not start the input) used putIfAbsent, which overwrites a null value, so a later
 * element of the same key replaced the null in parallel. Found by battery B1, seed
 * 9214756444018412620.
 */
final class DistinctByNullElementsTest {
  private static final List<Integer> INPUT = Arrays.asList(1, null, 0);

  private static Integer key(Integer x) {
    return x == null ? 0 : x % 2;
  }

  @Test
  void nullFirstOfItsKeyIsKeptInParallel() {
    List<Integer> expected = Arrays.asList(1, null);
    assertEquals(expected, Fold.from(INPUT).distinctBy(DistinctByNullElementsTest::key).toList());
    for (int leaf = 1; leaf <= INPUT.size(); leaf++) {
      assertEquals(
          expected,
          Fold.from(INPUT)
              .distinctBy(DistinctByNullElementsTest::key)
              .on(new SplitTreeExecutor(4))
              .chunks(ChunkPolicy.fixed(leaf))
              .toList(),
          "fixed(" + leaf + ")");
    }
  }
}
