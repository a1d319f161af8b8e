package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.Fold;
import dev.parafold.LongFold;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The unboxed searches of {@link LongFold} agree with {@code LongStream}, sequential and parallel.
 */
class LongFoldTerminalsTest {

  @Test
  void searches_equalLongStream() {
    long seed = Long.getLong("parafold.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      long[] a = random.longs(random.nextInt(0, 50_000), 0, 1000).toArray();
      long k = random.nextLong(0, 1100);
      String m = "seed " + seed + ", round " + round;
      for (boolean parallel : new boolean[] {false, true}) {
        LongFold f = parallel ? Fold.from(a).parallel() : Fold.from(a);
        assertEquals(Arrays.stream(a).anyMatch(x -> x == k), f.anyMatch(x -> x == k), m);
        assertEquals(Arrays.stream(a).allMatch(x -> x < k), f.allMatch(x -> x < k), m);
        assertEquals(Arrays.stream(a).noneMatch(x -> x > k), f.noneMatch(x -> x > k), m);
        assertEquals(
            Arrays.stream(a).filter(x -> x >= k).findFirst(), f.filter(x -> x >= k).findFirst(), m);
      }
    }
  }

  @Test
  void earlyStops_overATrillionElements_giveTheSequentialResult() {
    long n = 1_000_000_000_000L;
    java.util.List<Long> expected = java.util.List.of(7L, 1_000_010L, 2_000_013L);
    assertEquals(
        expected, Fold.range(0, n).filter(x -> x % 1_000_003 == 7).limit(3).toList(), "sequential");
    assertEquals(
        expected,
        Fold.range(0, n).parallel().filter(x -> x % 1_000_003 == 7).limit(3).toList(),
        "parallel");
    assertEquals(
        499_999_500_000L,
        Fold.range(0, n).parallel().takeWhile(x -> x < 1_000_000).sum(),
        "takeWhile");
    assertEquals(
        java.util.OptionalLong.of(5_000_000L),
        Fold.range(0, n).parallel().filter(x -> x >= 5_000_000).findFirst(),
        "findFirst");
  }
}
