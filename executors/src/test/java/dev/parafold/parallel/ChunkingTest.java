package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * How many chunks a fold is cut into (one {@code init} per chunk): the same tree on every executor
 * for a fixed policy, exactly p chunks under a parallelism cap, and sources whose halves lose their
 * exact size (a HashSet's spliterator) still cut near the leaf size instead of into single
 * elements.
 */
final class ChunkingTest {

  /** Counts elements and chunks (init calls). */
  static final class CountChunks implements Reducer<Object, long[], Long> {
    private static final long serialVersionUID = 1L;
    final AtomicInteger chunks = new AtomicInteger();

    @Override
    public long[] init() {
      chunks.incrementAndGet();
      return new long[1];
    }

    @Override
    public long[] step(long[] acc, Object t) {
      acc[0]++;
      return acc;
    }

    @Override
    public long[] combine(long[] left, long[] right) {
      left[0] += right[0];
      return left;
    }

    @Override
    public Long complete(long[] acc) {
      return acc[0];
    }
  }

  private static int chunks(FoldExecutor e, Source<?> s, FoldOptions o, long expectedCount) {
    CountChunks r = new CountChunks();
    @SuppressWarnings({"unchecked", "rawtypes"})
    long count = (Long) e.fold((Source) s, r, o);
    assertEquals(expectedCount, count, e.describe());
    return r.chunks.get();
  }

  @Test
  void chunkCounts_followThePolicy_onEveryExecutor() throws Exception {
    ForkJoinPool fj = new ForkJoinPool(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<FoldExecutor> execs =
          List.of(
              new SplitTreeExecutor(2),
              ForkJoinExecutor.on(fj),
              ThreadPoolFoldExecutor.on(threads, 2));
      Set<Long> hashed =
          LongStream.range(0, 100_000).boxed().collect(Collectors.toCollection(HashSet::new));
      for (FoldExecutor e : execs) {
        // 100,000 halved 7 times is 781 <= 1000: 128 chunks, whoever runs them
        assertEquals(128, chunks(e, Sources.range(0, 100_000), Fixtures.fixed(1000), 100_000));
        int capped =
            chunks(e, Sources.range(0, 100_000), FoldOptions.defaults().maxParallelism(2), 100_000);
        if (e instanceof ForkJoinExecutor) { // the thread pool caps by its window instead
          assertTrue(capped <= 2 + 1, e.describe() + ": cap 2 gave " + capped + " chunks");
        }
        int hashChunks = chunks(e, Sources.iterable(hashed), Fixtures.fixed(1000), 100_000);
        System.out.printf(
            "[ChunkingTest] %s: HashSet(100000) with fixed(1000) -> %d chunks%n",
            e.describe(), hashChunks);
        assertTrue(
            hashChunks >= 50 && hashChunks <= 1024,
            e.describe() + ": a HashSet of 100,000 cut into " + hashChunks + " chunks");
      }
    } finally {
      fj.shutdownNow();
      threads.shutdownNow();
      fj.awaitTermination(10, TimeUnit.SECONDS);
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
