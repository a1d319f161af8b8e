package dev.parafold.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The segmented list behind {@code toList}: chunks of random sizes (past the largest segment too)
 * appended in random trees, then the one copy, equal to the elements in order.
 */
final class ChunkedListTest {

  @Test
  void appendedChunks_copyOnce_inEncounterOrder() {
    SplittableRandom rnd = new SplittableRandom(42);
    for (int trial = 0; trial < 30; trial++) {
      List<ChunkedList<Integer>> chunks = new ArrayList<>();
      List<Integer> want = new ArrayList<>();
      int next = 0;
      int parts = rnd.nextInt(1, 12);
      for (int p = 0; p < parts; p++) {
        ChunkedList<Integer> c = new ChunkedList<>();
        int n =
            rnd.nextInt(4) == 0 ? rnd.nextInt(0, 3 * ChunkedList.MAX_SEGMENT) : rnd.nextInt(0, 40);
        for (int i = 0; i < n; i++) {
          c.add(next, "test");
          want.add(next++);
        }
        chunks.add(c);
      }
      while (chunks.size() > 1) { // merge a random adjacent pair, as a split tree would
        int i = rnd.nextInt(chunks.size() - 1);
        chunks.set(i, chunks.get(i).append(chunks.remove(i + 1), "test"));
      }
      ChunkedList<Integer> all = chunks.get(0);
      all.add(-1, "test"); // steps after a combine append after the right side's elements
      want.add(-1);
      assertEquals(want.size(), all.size);
      assertEquals(want, all.toArrayList());
      List<Integer> iterated = new ArrayList<>();
      all.forEach(iterated::add);
      assertEquals(want, iterated);
    }
  }
}
