package dev.parafold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.files.TextFiles;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.parallel.ThreadPoolFoldExecutor;
import dev.parafold.reduce.Reducer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain()} says what the fold then does: its chunk count equals the number of chunks the
 * fold runs, on every executor, for a list, an array and a file source; for an iterator it states
 * the batch schedule the fold then follows.
 */
final class ExplainChunksTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(3);
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(3);
  private static final Pattern COUNT = Pattern.compile("-> (\\d+) chunks");

  @AfterAll
  static void shutDown() throws InterruptedException {
    POOL.shutdownNow();
    THREADS.shutdownNow();
    POOL.awaitTermination(10, TimeUnit.SECONDS);
    THREADS.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static List<FoldExecutor> executors() {
    return List.of(
        new SplitTreeExecutor(3), ForkJoinExecutor.on(POOL), ThreadPoolFoldExecutor.on(THREADS, 3));
  }

  /**
   * The number of elements of each chunk the fold ran, in encounter order. (No lambdas: large folds
   * run a per-pipeline copy of the reducer's class.)
   */
  static final class ChunkSizes implements Reducer<Object, List<long[]>, List<Long>> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<long[]> init() {
      List<long[]> l = new ArrayList<>();
      l.add(new long[1]);
      return l;
    }

    @Override
    public List<long[]> step(List<long[]> acc, Object t) {
      acc.get(acc.size() - 1)[0]++;
      return acc;
    }

    @Override
    public List<long[]> combine(List<long[]> left, List<long[]> right) {
      left.addAll(right);
      return left;
    }

    @Override
    public List<Long> complete(List<long[]> acc) {
      List<Long> sizes = new ArrayList<>(acc.size());
      for (long[] c : acc) {
        sizes.add(c[0]);
      }
      return sizes;
    }
  }

  /** {@link ChunkSizes} whose state, like a hash map's, grows with the keys a chunk meets. */
  static final class KeyedChunkSizes implements Reducer<Object, List<long[]>, List<Long>> {
    private static final long serialVersionUID = 1L;
    private final ChunkSizes sizes = new ChunkSizes();

    @Override
    public List<long[]> init() {
      return sizes.init();
    }

    @Override
    public List<long[]> step(List<long[]> acc, Object t) {
      return sizes.step(acc, t);
    }

    @Override
    public List<long[]> combine(List<long[]> left, List<long[]> right) {
      return sizes.combine(left, right);
    }

    @Override
    public List<Long> complete(List<long[]> acc) {
      return sizes.complete(acc);
    }

    @Override
    public boolean keyedState() {
      return true;
    }
  }

  @Test
  void keyedState_cutsAboutOneChunkPerThread_underAuto() {
    List<Integer> list = IntStream.range(0, 100_000).boxed().collect(Collectors.toList());
    Fold<Integer> fold = Fold.from(list).on(new SplitTreeExecutor(3));
    int plain = fold.reduce(new ChunkSizes()).size();
    List<Long> keyed = fold.reduce(new KeyedChunkSizes());
    // the split tree runs on one thread: nothing is stolen, so nothing splits further. Midpoint
    // splits of leaves of at most n / 3 give 4 chunks, and the timed sample is a chunk of its own
    assertTrue(keyed.size() <= 5, "keyed state: about p = 3 chunks, ran " + keyed);
    assertTrue(plain >= 2 * keyed.size(), "plain: about 4p chunks, ran " + plain);
    assertEquals(100_000L, keyed.stream().mapToLong(Long::longValue).sum());
    // and through a stage, which answers for its downstream
    assertTrue(fold.map(x -> x + 1).reduce(new KeyedChunkSizes()).size() <= 5);
  }

  private static long explained(Fold<?> fold) {
    String text = fold.explain();
    Matcher m = COUNT.matcher(text);
    assertTrue(m.find(), "explain gives a chunk count:\n" + text);
    return Long.parseLong(m.group(1));
  }

  private static void sameCount(String what, Fold<?> fold) {
    long said = explained(fold);
    List<Long> ran = fold.reduce(new ChunkSizes());
    assertEquals(said, ran.size(), what + ": explain said\n" + fold.explain());
  }

  @Test
  void listsAndArrays_runTheChunksExplainSays() {
    List<Integer> list = IntStream.range(0, 100_000).boxed().collect(Collectors.toList());
    Integer[] array = list.toArray(new Integer[0]);
    for (FoldExecutor e : executors()) {
      for (ChunkPolicy policy :
          List.of(ChunkPolicy.fixed(1000), ChunkPolicy.fixed(777), ChunkPolicy.random(42, 3000))) {
        Fold<Integer> overList = Fold.from(list).on(e).chunks(policy);
        String text = overList.explain();
        assertFalse(text.contains("unknown positions"), "an ArrayList is sized:\n" + text);
        assertTrue(text.contains("splits at any index"), text);
        sameCount("ArrayList " + e.describe() + " " + policy, overList);
        sameCount("array " + e.describe() + " " + policy, Fold.from(array).on(e).chunks(policy));
      }
      assertEquals(128, explained(Fold.from(list).on(e).chunks(ChunkPolicy.fixed(1000))));
    }
  }

  @Test
  void aFileSource_isSplitIntoTheByteRangesExplainCounts(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lines.txt");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      sb.append("line number ").append(i).append('\n');
    }
    Files.writeString(file, sb);
    for (FoldExecutor e : executors()) {
      Fold<String> lines =
          Fold.from(TextFiles.lines(file).withChunkBytes(64 * 1024))
              .on(e)
              .chunks(ChunkPolicy.fixed(1000));
      long said = explained(lines);
      assertTrue(said > 1, "a 3.5 MB file in 64 KiB ranges is many chunks:\n" + lines.explain());
      List<Long> ran = lines.reduce(new ChunkSizes());
      assertEquals(said, ran.size(), e.describe() + ":\n" + lines.explain());
      assertEquals(200_000L, ran.stream().mapToLong(Long::longValue).sum());
    }
  }

  @Test
  void anIterator_isPulledInTheBatchesExplainStates() {
    int n = 100_000;
    for (FoldExecutor e : executors()) {
      Fold<Integer> fold =
          Fold.from(IntStream.range(0, n).boxed().iterator()).on(e).chunks(ChunkPolicy.fixed(1000));
      String text = fold.explain();
      assertTrue(
          text.contains(
              "batches of 256, 512, ... doubling up to 65536 elements, each cut into"
                  + " chunks of <= 1000"),
          text);
      List<Long> ran = fold.reduce(new ChunkSizes());
      assertEquals(expectedBatchChunks(n, 1000), ran, e.describe() + ":\n" + text);
    }
  }

  /** The chunk sizes the stated schedule gives: doubling batches, each halved down to the leaf. */
  private static List<Long> expectedBatchChunks(long n, long leaf) {
    List<Long> out = new ArrayList<>();
    long batch = 256;
    for (long left = n; left > 0; batch = Math.min(65536, 2 * batch)) {
      long b = Math.min(batch, left);
      halve(b, leaf, out);
      left -= b;
    }
    return out;
  }

  private static void halve(long n, long leaf, List<Long> out) {
    if (n <= leaf) {
      out.add(n);
      return;
    }
    halve(n / 2, leaf, out);
    halve(n - n / 2, leaf, out);
  }
}
