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
}
