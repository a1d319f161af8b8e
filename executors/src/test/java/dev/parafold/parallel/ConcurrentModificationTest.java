package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A fail-fast collection changed during a fold (by the pipeline itself here, so the moment is
 * exact) is reported with a ConcurrentModificationException that names the source, no later than
 * the end of the chunk that saw the change; nothing is silently lost or counted twice.
 */
final class ConcurrentModificationTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(4);
  private static final int N = 50_000;

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  /** Counts elements and adds to {@code victim} when it meets element {@code at}. */
  static class Meddler implements Reducer<Integer, long[], Long> {
    private static final long serialVersionUID = 1L;
    private final transient Collection<Integer> victim;
    private final int at;
    private final transient AtomicLong stepsAfter;
    private transient volatile boolean meddled;

    Meddler(Collection<Integer> victim, int at, AtomicLong stepsAfter) {
      this.victim = victim;
      this.at = at;
      this.stepsAfter = stepsAfter;
    }

    @Override
    public long[] init() {
      return new long[1];
    }

    @Override
    public long[] step(long[] acc, Integer t) {
      if (meddled) {
        stepsAfter.incrementAndGet();
      }
      if (t == at) {
        synchronized (victim) {
          victim.add(-1);
        }
        meddled = true;
      }
      acc[0]++;
      return acc;
    }

    @Override
    public long[] combine(long[] l, long[] r) {
      l[0] += r[0];
      return l;
    }

    @Override
    public Long complete(long[] acc) {
      return acc[0];
    }
  }

  private static void fill(Collection<Integer> c) {
    for (int i = 0; i < N; i++) {
      c.add(i);
    }
  }

  @Test
  void aListChangedDuringTheFold_isReportedNamingTheSource() {
    int checked = 0;
    long maxAfter = 0;
    FoldExecutor[] executors = {
      SequentialExecutor.instance(), ForkJoinExecutor.on(POOL), ForkJoinExecutor.shared()
    };
    String[] kinds = {"ArrayList", "LinkedList", "HashSet"};
    for (FoldExecutor ex : executors) {
      for (String kind : kinds) {
        for (int at : new int[] {0, 1, N / 3, N - 1}) {
          Collection<Integer> c =
              kind.equals("ArrayList")
                  ? new ArrayList<>()
                  : kind.equals("LinkedList") ? new LinkedList<>() : new HashSet<>();
          fill(c);
          AtomicLong after = new AtomicLong();
          Source<Integer> src = Sources.iterable(c);
          ConcurrentModificationException e =
              assertThrows(
                  ConcurrentModificationException.class,
                  () ->
                      ex.fold(
                          src,
                          new Meddler(c, at, after),
                          FoldOptions.defaults().chunks(ChunkPolicy.fixed(1024))),
                  kind + " on " + ex + " changed at " + at);
          assertTrue(
              e.getMessage() != null && e.getMessage().startsWith(kind),
              "the message names the source: " + e.getMessage());
          assertTrue(
              e.getMessage().contains("modified") || e.getMessage().contains("changed size"),
              e.getMessage());
          maxAfter = Math.max(maxAfter, after.get());
          checked++;
        }
      }
    }
    System.out.printf(
        "[ConcurrentModificationTest] modifications reported: %d of %d; max elements stepped"
            + " after the change: %d%n",
        checked, checked, maxAfter);
  }

  @Test
  void aPipelineThatThrowsItsOwnConcurrentModificationException_getsItBackUnchanged() {
    ConcurrentModificationException mine = new ConcurrentModificationException();
    List<Integer> c = new LinkedList<>(List.of(1, 2, 3));
    Reducer<Integer, ?, Long> r =
        new Meddler(new ArrayList<>(), -5, new AtomicLong()) {
          private static final long serialVersionUID = 1L;

          @Override
          public long[] step(long[] acc, Integer t) {
            throw mine;
          }
        };
    ConcurrentModificationException e =
        assertThrows(
            ConcurrentModificationException.class,
            () ->
                SequentialExecutor.instance().fold(Sources.iterable(c), r, FoldOptions.defaults()));
    assertSame(mine, e);
    assertEquals(
        3L,
        (long)
            SequentialExecutor.instance()
                .fold(Sources.iterable(c), Reducers.count(), FoldOptions.defaults()));
  }
}
