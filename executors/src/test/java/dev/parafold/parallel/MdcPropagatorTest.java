package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Opt-in MDC propagation into chunk tasks, and nothing left on workers afterwards. */
class MdcPropagatorTest {

  @Test
  void chunksSeeTheCallersMdc_andWorkersAreCleanAfterwards() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(3);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      for (FoldExecutor e :
          new FoldExecutor[] {
            ForkJoinExecutor.on(pool), ThreadPoolFoldExecutor.on(threads), ForkJoinExecutor.shared()
          }) {
        MDC.put("job", "nightly-" + e.describe());
        assertEquals("nightly-" + e.describe(), MDC.get("job"), "a real MDC adapter is bound");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        e.fold(
            Sources.range(0, 2000),
            Reducers.summingLong(
                (Long x) -> {
                  seen.add(String.valueOf(MDC.get("job")));
                  threadNames.add(Thread.currentThread().getName());
                  return x;
                }),
            FoldOptions.defaults().chunks(ChunkPolicy.fixed(50)).propagate(MdcPropagator.INSTANCE));
        assertEquals(Set.of("nightly-" + e.describe()), seen, e.describe());
        assertTrue(threadNames.size() >= 1);
        MDC.clear();
        // without propagation, and afterwards, workers carry no MDC
        Set<String> after = ConcurrentHashMap.newKeySet();
        e.fold(
            Sources.range(0, 2000),
            Reducers.summingLong(
                (Long x) -> {
                  after.add(String.valueOf(MDC.get("job")));
                  return x;
                }),
            FoldOptions.defaults().chunks(ChunkPolicy.fixed(50)));
        assertEquals(Set.of("null"), after, e.describe());
      }
      assertNull(MDC.get("job"));
    } finally {
      pool.shutdownNow();
      threads.shutdownNow();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
