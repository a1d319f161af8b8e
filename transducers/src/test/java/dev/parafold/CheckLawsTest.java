package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.files.TextFiles;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dparafold.checkLaws=true} checks every kind of source, single-pass ones included, on the
 * first elements the fold reads, in time bounded by that sample, and says what it checked.
 */
final class CheckLawsTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(4);

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  @BeforeEach
  void on() {
    System.setProperty("parafold.checkLaws", "true");
  }

  @AfterEach
  void off() {
    System.clearProperty("parafold.checkLaws");
  }

  /** Subtraction: neither associative nor with init as identity. */
  private static Reducer<Integer, long[], Long> minus() {
    return Reducers.of(
        () -> new long[1],
        (a, x) -> {
          a[0] -= x;
          return a;
        },
        (l, r) -> {
          l[0] -= r[0];
          return l;
        },
        a -> a[0]);
  }

  private static List<Integer> upTo(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }

  /** An iterable (not a collection) that counts the elements read from it. */
  private static Iterable<Integer> counted(int n, AtomicLong reads) {
    return () ->
        new Iterator<>() {
          int i;

          @Override
          public boolean hasNext() {
            return i < n;
          }

          @Override
          public Integer next() {
            reads.incrementAndGet();
            return i++;
          }
        };
  }

  @Test
  void everyKindOfSource_isChecked_sequentialAndParallel() {
    int n = 500;
    List<Supplier<Fold<Integer>>> sources =
        List.of(
            () -> Fold.from(upTo(n)),
            () -> Fold.from(upTo(n).toArray(new Integer[0])),
            () -> Fold.from(upTo(n).iterator()),
            () -> Fold.from(upTo(n).stream()),
            () -> Fold.from(upTo(n).spliterator()),
            () -> Fold.from(counted(n, new AtomicLong())),
            () -> Fold.from(io.vavr.collection.List.ofAll(upTo(n))),
            () -> Fold.from(io.vavr.collection.Vector.ofAll(upTo(n))));
    List<Function<Fold<Integer>, Fold<Integer>>> modes =
        List.of(
            Fold::sequential,
            f -> f.on(POOL).chunks(ChunkPolicy.fixed(7)),
            f -> f.on(POOL).chunks(ChunkPolicy.fixed(100)));
    List<String> unchecked = new ArrayList<>();
    List<String> unclear = new ArrayList<>();
    for (int s = 0; s < sources.size(); s++) {
      for (int m = 0; m < modes.size(); m++) {
        Fold<Integer> f = modes.get(m).apply(sources.get(s).get()).map(x -> x + 1);
        try {
          f.reduce(minus());
          unchecked.add("source " + s + " mode " + m);
        } catch (IllegalStateException e) {
          String msg = e.getMessage();
          if (!msg.startsWith("parafold.checkLaws: on the first 48 of the ")
              || !msg.contains("Reducers.of breaks a fold law (")
              || !msg.contains("smallest input found")
              || !msg.contains("Checked: init as the identity of combine")) {
            unclear.add(msg);
          }
        }
      }
    }
    assertEquals(List.of(), unchecked, "folds with a lawless reducer that ran unchecked");
    assertEquals(List.of(), unclear, "messages that do not say what was checked");
  }

  @Test
  void lawfulPipelines_runAsUsual_onEverySource() {
    assertEquals(1000L, Fold.from(upTo(1000).iterator()).count());
    assertEquals(upTo(1000), Fold.from(upTo(1000).stream()).on(POOL).toList());
    assertEquals(
        List.of(0, 1, 2),
        Fold.from(io.vavr.collection.List.ofAll(upTo(1000))).on(POOL).limit(3).toList());
    assertEquals(0, Fold.from(List.<Integer>of()).on(POOL).toList().size());
  }

  @Test
  void theCheckIsBounded_andReadsTheSourceOnce() {
    int n = 20_000;
    AtomicLong reads = new AtomicLong();
    AtomicLong calls = new AtomicLong();
    long count =
        Fold.from(counted(n, reads))
            .on(POOL)
            .map(
                x -> {
                  calls.incrementAndGet();
                  return x;
                })
            .count();
    assertEquals(n, count);
    assertEquals(n, reads.get(), "the source is read once, by the fold");
    // the law check runs the pipeline again on the 48-element sample only: about 15,000 calls
    assertTrue(calls.get() < n + 50_000, "pipeline calls: " + calls.get());

    AtomicLong vavrCalls = new AtomicLong();
    io.vavr.collection.List<Integer> vavr = io.vavr.collection.List.ofAll(upTo(n));
    assertEquals(
        n,
        Fold.from(vavr)
            .map(
                x -> {
                  vavrCalls.incrementAndGet();
                  return x;
                })
            .count());
    assertTrue(vavrCalls.get() < n + 50_000, "pipeline calls over a vavr List: " + vavrCalls);
  }

  @Test
  void aLargeFile_isCheckedOnItsFirstLines_andALawlessReducerIsNamed(@TempDir Path dir)
      throws IOException {
    // before, the check read the whole file again and checked it in quadratic time: 100k lines
    // ran for more than 10 minutes
    Path file = dir.resolve("numbers.txt");
    Files.write(file, upTo(100_000).stream().map(String::valueOf).collect(Collectors.toList()));
    assertEquals(100_000, Fold.from(TextFiles.lines(file)).on(POOL).toList().size());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Fold.from(TextFiles.lines(file))
                    .on(POOL)
                    .map(s -> Integer.parseInt(s))
                    .reduce(minus()));
    assertTrue(e.getMessage().contains("on the first 48 of the"), e.getMessage());
    assertTrue(e.getMessage().contains("numbers.txt"), e.getMessage());
  }
}
