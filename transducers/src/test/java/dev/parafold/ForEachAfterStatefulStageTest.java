package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.parallel.ForkJoinExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code forEach} after a stage that decides only when chunks merge (here {@code takeWhile}, whose
 * chunks run speculatively as if everything before them passed) runs the action on the pipeline's
 * elements only, never on an element that a chunk passed tentatively and the merge dropped. The
 * first chunk is held back so the chunks to its right surely run first.
 */
final class ForEachAfterStatefulStageTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(3);
  private static final List<Integer> INPUT =
      IntStream.range(0, 200).boxed().collect(Collectors.toList());

  /** Passes 0..29 and stops at 30; element 0 (first chunk) waits so later chunks run ahead. */
  private static boolean slowStart(long x) {
    if (x == 0) {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return x % 50 < 30;
  }

  private static <T extends Comparable<T>> List<T> sorted(Queue<T> q) {
    List<T> out = new ArrayList<>(q);
    out.sort(null);
    return out;
  }

  private static Fold<Integer> input() {
    return Fold.from(INPUT).on(ForkJoinExecutor.on(POOL)).chunks(ChunkPolicy.fixed(10));
  }

  @Test
  void foldForEach_seesOnlyTheElementsThatSurviveTheMerge() {
    Queue<Integer> seen = new ConcurrentLinkedQueue<>();
    input().takeWhile(x -> slowStart(x)).forEach(seen::add);
    assertEquals(IntStream.range(0, 30).boxed().collect(Collectors.toList()), sorted(seen), "Fold");
  }

  @Test
  void primitiveForEach_seesOnlyTheElementsThatSurviveTheMerge() {
    Queue<Long> longs = new ConcurrentLinkedQueue<>();
    input().mapToLong(x -> x).takeWhile(x -> slowStart(x)).forEach(longs::add);
    assertEquals(30, longs.size(), "LongFold: " + sorted(longs));
    Queue<Integer> ints = new ConcurrentLinkedQueue<>();
    input().mapToInt(x -> x).takeWhile(x -> slowStart(x)).forEach(ints::add);
    assertEquals(30, ints.size(), "IntFold: " + sorted(ints));
    Queue<Double> doubles = new ConcurrentLinkedQueue<>();
    input().mapToDouble(x -> x).takeWhile(x -> slowStart((long) x)).forEach(doubles::add);
    assertEquals(30, doubles.size(), "DoubleFold: " + sorted(doubles));
  }
}
