package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.LinkedList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A collection changed during a fold without changing its size (a rotation, {@code
 * l.add(l.remove(0))}) is reported as a {@link ConcurrentModificationException} naming the source,
 * as {@code list.stream()} and a for-each loop report it; it never gives a silently wrong result.
 */
final class SourceModificationTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(4);

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  /** The pipeline rotates the list when it meets {@code at}: same size, different contents. */
  private static List<Integer> rotateDuringFold(
      Collection<Integer> c, int at, Function<Fold<Integer>, Fold<Integer>> how) {
    return rotateDuringFold(c, c, at, how);
  }

  /** Folds {@code source}; the pipeline rotates {@code victim} (its backing collection). */
  private static List<Integer> rotateDuringFold(
      Collection<Integer> source,
      Collection<Integer> victim,
      int at,
      Function<Fold<Integer>, Fold<Integer>> how) {
    Fold<Integer> rotating =
        Fold.from(source)
            .map(
                x -> {
                  if (x == at) {
                    rotate(victim);
                  }
                  return x;
                });
    return how.apply(rotating).toList();
  }

  private static void rotate(Collection<Integer> c) {
    synchronized (c) {
      if (c instanceof List) {
        List<Integer> l = (List<Integer>) c;
        l.add(l.remove(0));
      } else if (c instanceof ArrayDeque) {
        ArrayDeque<Integer> d = (ArrayDeque<Integer>) c;
        d.addLast(d.removeFirst());
      } else {
        Integer first = c.iterator().next();
        c.remove(first);
        c.add(first);
      }
    }
  }

  private static List<Integer> upTo(int n) {
    List<Integer> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xs.add(i);
    }
    return xs;
  }

  @Test
  void theIssuesExample_throwsLikeListStream_sequentialAndParallel() {
    List<Function<Fold<Integer>, Fold<Integer>>> modes =
        List.of(
            Fold::sequential,
            f -> f.on(POOL),
            f -> f.on(POOL).chunks(ChunkPolicy.fixed(2)),
            f -> f.on(POOL).chunks(ChunkPolicy.fixed(4)));
    for (Function<Fold<Integer>, Fold<Integer>> mode : modes) {
      for (int n : new int[] {10, 5_000}) {
        List<Integer> l = upTo(n);
        assertThrows(
            ConcurrentModificationException.class,
            () ->
                l.stream()
                    .forEach(
                        x -> {
                          if (x == 3) {
                            l.add(l.remove(0));
                          }
                        }),
            "the JDK reports it");
        List<Integer> fresh = upTo(n);
        ConcurrentModificationException e =
            assertThrows(
                ConcurrentModificationException.class,
                () -> rotateDuringFold(fresh, 3, mode),
                "a rotated ArrayList of " + n + " must not give a result");
        assertTrue(e.getMessage().startsWith("ArrayList"), e.getMessage());
        assertTrue(e.getMessage().contains("modified"), e.getMessage());
      }
    }
  }

  @Test
  void anotherThreadRotatingTheList_duringTheFold_isReported() throws Exception {
    for (Function<Fold<Integer>, Fold<Integer>> mode :
        List.<Function<Fold<Integer>, Fold<Integer>>>of(
            Fold::sequential, f -> f.on(POOL).chunks(ChunkPolicy.fixed(4)))) {
      List<Integer> l = upTo(10);
      CountDownLatch rotated = new CountDownLatch(1);
      Thread other =
          new Thread(
              () -> {
                synchronized (l) {
                  l.add(l.remove(0));
                }
                rotated.countDown();
              });
      Fold<Integer> f =
          mode.apply(
              Fold.from(l)
                  .map(
                      x -> {
                        if (x == 3) {
                          other.start(); // the other thread rotates while the fold runs
                          awaitQuietly(rotated);
                        }
                        return x;
                      }));
      ConcurrentModificationException e =
          assertThrows(ConcurrentModificationException.class, f::toList);
      assertTrue(e.getMessage().contains("size stayed 10"), e.getMessage());
      other.join();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void everyFailFastCollection_reportsASameSizeChange_atAnyPosition() {
    List<Supplier<Collection<Integer>>> kinds =
        List.of(
            ArrayList::new,
            LinkedList::new,
            TreeSet::new,
            () -> Collections.synchronizedList(new ArrayList<>()),
            () -> Collections.unmodifiableList(new ArrayList<>()));
    List<Function<Fold<Integer>, Fold<Integer>>> modes =
        List.of(
            Fold::sequential,
            f -> f.on(POOL).chunks(ChunkPolicy.fixed(7)),
            f -> f.on(POOL).chunks(ChunkPolicy.fixed(1024)),
            f -> f.on(POOL));
    int n = 3_000;
    List<String> silent = new ArrayList<>();
    for (Supplier<Collection<Integer>> kind : kinds) {
      for (int m = 0; m < modes.size(); m++) {
        for (int at : new int[] {0, 3, n / 2, n - 1}) {
          Collection<Integer> c = kind.get();
          Collection<Integer> victim = c;
          if (c.getClass().getName().contains("Unmodifiable")) {
            List<Integer> backing = upTo(n);
            victim = backing;
            c = Collections.unmodifiableList(backing);
          } else {
            c.addAll(upTo(n));
          }
          String name = c.getClass().getSimpleName();
          try {
            List<Integer> got = rotateDuringFold(c, victim, at, modes.get(m));
            silent.add(name + " mode " + m + " at " + at + ": " + got.size() + " elements");
          } catch (ConcurrentModificationException e) {
            assertTrue(e.getMessage().startsWith(name), e.getMessage());
          }
        }
      }
    }
    assertEquals(List.of(), silent, "same-size changes that went unreported");
  }

  @Test
  void aDequeRotatedDuringTheFold_givesTheRightElementsOrAnException_neverAWrongResult() {
    int n = 3_000;
    for (Function<Fold<Integer>, Fold<Integer>> mode :
        List.<Function<Fold<Integer>, Fold<Integer>>>of(
            Fold::sequential, f -> f.on(POOL).chunks(ChunkPolicy.fixed(7)))) {
      for (int at : new int[] {0, 3, n / 2, n - 1}) {
        ArrayDeque<Integer> d = new ArrayDeque<>(upTo(n));
        try {
          assertTrue(upTo(n).equals(rotateDuringFold(d, at, mode)), "rotated at " + at);
        } catch (ConcurrentModificationException e) {
          assertTrue(e.getMessage().startsWith("ArrayDeque"), e.getMessage());
        }
      }
    }
  }

  @Test
  void singlePassViewsOfARotatedList_giveTheRightElementsOrAnException_neverAWrongResult() {
    int n = 3_000;
    List<Function<List<Integer>, Fold<Integer>>> views =
        List.of(
            l -> Fold.from(l.iterator()),
            l -> Fold.from(l.stream()),
            l -> Fold.from(l.spliterator()));
    int thrown = 0;
    for (Function<List<Integer>, Fold<Integer>> view : views) {
      for (Function<Fold<Integer>, Fold<Integer>> mode :
          List.<Function<Fold<Integer>, Fold<Integer>>>of(
              Fold::sequential, f -> f.on(POOL).chunks(ChunkPolicy.fixed(7)))) {
        for (int at : new int[] {0, 3, n / 2, n - 1}) {
          List<Integer> l = upTo(n);
          Fold<Integer> f =
              mode.apply(view.apply(l))
                  .map(
                      x -> {
                        if (x == at) {
                          rotate(l);
                        }
                        return x;
                      });
          try {
            assertTrue(upTo(n).equals(f.toList()), "rotated at " + at);
          } catch (ConcurrentModificationException e) {
            thrown++;
          }
        }
      }
    }
    assertTrue(thrown > 0, "the JDK's own checks fire through these views");
  }

  @Test
  void aCopyOnWriteList_isFoldedFromASnapshot_likeItsStream() {
    CopyOnWriteArrayList<Integer> l = new CopyOnWriteArrayList<>(upTo(2_000));
    List<Integer> expected = upTo(2_000);
    for (Function<Fold<Integer>, Fold<Integer>> mode :
        List.<Function<Fold<Integer>, Fold<Integer>>>of(
            Fold::sequential, f -> f.on(POOL).chunks(ChunkPolicy.fixed(16)))) {
      assertTrue(expected.equals(rotateDuringFold(l, 3, mode)), "the snapshot's elements");
      l.clear();
      l.addAll(expected);
    }
  }

  @Test
  void aListChangedBetweenFolds_isNotAnError() {
    List<Integer> l = upTo(100);
    Fold<Integer> f = Fold.from(l).on(POOL).chunks(ChunkPolicy.fixed(8));
    assertEquals(upTo(100), f.toList());
    l.add(l.remove(0));
    assertEquals(100, f.toList().size());
    assertEquals(1, (int) f.toList().get(0));
  }
}
