package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
import dev.parafold.testkit.Figures;
import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Chunks leave nothing behind in their workers' thread-locals: after many folds (plain, nested,
 * failing, with MDC propagation), every worker of the pool holds exactly the thread-local entries
 * it held after the first fold. Reads {@code Thread.threadLocals} by reflection (the executors
 * module's tests open java.lang for it).
 */
final class ThreadLocalHygieneTest {

  @Test
  void workersHoldNoNewThreadLocals_afterManyFolds() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(3);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    int workersChecked = 0;
    try {
      for (FoldExecutor exec :
          new FoldExecutor[] {ForkJoinExecutor.on(pool), ThreadPoolFoldExecutor.on(threads)}) {
        folds(exec, 3); // starts every worker and whatever thread-locals the JDK itself keeps
        Map<Thread, Integer> before = snapshot(workersOf(exec));
        folds(exec, 60);
        Map<Thread, Integer> after = snapshot(new ArrayList<>(before.keySet()));
        assertEquals(before, after, exec.describe() + ": live thread-local entries per worker");
        assertTrue(before.size() >= 1, "workers found");
        workersChecked += before.size();
      }
    } finally {
      pool.shutdownNow();
      threads.shutdownNow();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
    Figures.record(
        "thread context",
        "workers whose thread-locals are unchanged after 60 folds",
        workersChecked);
  }

  /** Plain, nested, failing and MDC-propagating folds on {@code exec}. */
  private static void folds(FoldExecutor exec, int n) {
    FoldOptions opts = FoldOptions.defaults().chunks(ChunkPolicy.fixed(64));
    for (int i = 0; i < n; i++) {
      long sum = exec.fold(Sources.range(0, 5_000), Reducers.sumLongs(), opts);
      assertEquals(4_999L * 5_000 / 2, sum);
      long nested =
          exec.fold(
              Sources.range(0, 16),
              Reducers.summingLong(
                  (Long x) -> exec.fold(Sources.range(0, 100), Reducers.sumLongs(), opts)),
              opts);
      assertEquals(16L * 4_950, nested);
      try {
        exec.fold(
            Sources.range(0, 1_000),
            Reducers.summingLong(
                (Long x) -> {
                  if (x == 777) {
                    throw new IllegalStateException("boom at 777");
                  }
                  return x;
                }),
            opts);
      } catch (IllegalStateException expected) {
        // the failure is the point
      }
      MDC.put("job", "hygiene-" + i);
      try {
        exec.fold(
            Sources.range(0, 2_000), Reducers.sumLongs(), opts.propagate(MdcPropagator.INSTANCE));
      } finally {
        MDC.remove("job");
      }
    }
  }

  private static List<Thread> workersOf(FoldExecutor exec) {
    // worker threads of both pools are named by the JDK: ForkJoinPool-N-worker-M, pool-N-thread-M
    List<Thread> out = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      String name = t.getName();
      boolean fj = exec instanceof ForkJoinExecutor && name.startsWith("ForkJoinPool-");
      boolean tp = exec instanceof ThreadPoolFoldExecutor && name.matches("pool-\\d+-thread-\\d+");
      if ((fj && !name.startsWith("ForkJoinPool.commonPool")) || tp) {
        out.add(t);
      }
    }
    return out;
  }

  /** Live (not yet collected) thread-local entries of each thread. */
  private static Map<Thread, Integer> snapshot(List<Thread> threads) throws Exception {
    Map<Thread, Integer> out = new LinkedHashMap<>();
    for (Thread t : threads) {
      out.put(t, liveEntries(t));
    }
    return out;
  }

  private static int liveEntries(Thread t) throws Exception {
    Field f = Thread.class.getDeclaredField("threadLocals");
    f.setAccessible(true);
    Object map = f.get(t);
    if (map == null) {
      return 0;
    }
    Field tableField = map.getClass().getDeclaredField("table");
    tableField.setAccessible(true);
    Object table = tableField.get(map);
    int live = 0;
    for (int i = 0; i < Array.getLength(table); i++) {
      Object e = Array.get(table, i);
      if (e != null && ((Reference<?>) e).get() != null) {
        live++;
      }
    }
    return live;
  }
}
