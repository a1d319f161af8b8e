package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.Fixtures.SourceKind;
import dev.parafold.reduce.Reducer;
import dev.parafold.testkit.Figures;
import dev.parafold.testkit.Pools;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault injection (reliability battery B4, CI tier): a RuntimeException or an Error thrown at a
 * random element, chunk ({@code init}) or merge ({@code combine}), by one or several throwers, at
 * random parallelism and chunk policy. Each injection checks: no hang (10 s watchdog), the thrown
 * instance reaches the caller (identity), no element is stepped after the call returned, the next
 * fold on the same executor succeeds. At the end, live threads are back to where they were.
 */
final class FaultInjectionTest {
  private static final int INJECTIONS = Integer.getInteger("parafold.injections", 240);

  private static final List<ForkJoinPool> FJ = new ArrayList<>();
  private static ExecutorService threads;

  @BeforeAll
  static void start() throws InterruptedException {
    for (int p : new int[] {1, 2, 4, 8}) {
      FJ.add(new ForkJoinPool(p));
    }
    threads = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    for (ExecutorService e : FJ) {
      e.shutdownNow();
      e.awaitTermination(10, TimeUnit.SECONDS);
    }
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** Thrown by injected faults; each throw is a new instance, recorded for identity checks. */
  static final class InjectedError extends Error {
    private static final long serialVersionUID = 1L;

    InjectedError(String m) {
      super(m);
    }
  }

  /** A counting reducer that throws where it is told and counts every step. */
  static final class Faulty implements Reducer<Long, long[], Long> {
    private static final long serialVersionUID = 1L;
    final Set<Long> throwAtElements;
    final int throwAtInit; // the k-th init call throws (0: never)
    final int throwAtCombine; // the k-th combine call throws (0: never)
    final boolean error;
    final AtomicLong stepped = new AtomicLong();

    /** Elements stepped after the first fault was thrown (when the run's stop flag goes up). */
    final AtomicLong steppedAfterFirstThrow = new AtomicLong();

    volatile boolean threw;
    final AtomicInteger inits = new AtomicInteger();
    final AtomicInteger combines = new AtomicInteger();
    final Set<Throwable> thrown =
        Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    Faulty(Set<Long> throwAtElements, int throwAtInit, int throwAtCombine, boolean error) {
      this.throwAtElements = throwAtElements;
      this.throwAtInit = throwAtInit;
      this.throwAtCombine = throwAtCombine;
      this.error = error;
    }

    private RuntimeException boom(String where) {
      Throwable t = error ? new InjectedError(where) : new IllegalStateException(where);
      thrown.add(t);
      threw = true;
      if (t instanceof Error) {
        throw (Error) t;
      }
      return (RuntimeException) t;
    }

    @Override
    public long[] init() {
      if (inits.incrementAndGet() == throwAtInit) {
        throw boom("init #" + throwAtInit);
      }
      return new long[1];
    }

    @Override
    public long[] step(long[] acc, Long t) {
      stepped.incrementAndGet();
      if (threw) {
        steppedAfterFirstThrow.incrementAndGet();
      }
      if (throwAtElements.contains(t)) {
        throw boom("element " + t);
      }
      acc[0]++;
      return acc;
    }

    @Override
    public long[] combine(long[] left, long[] right) {
      if (combines.incrementAndGet() == throwAtCombine) {
        throw boom("combine #" + throwAtCombine);
      }
      left[0] += right[0];
      return left;
    }

    @Override
    public Long complete(long[] acc) {
      return acc[0];
    }
  }

  private FoldExecutor executor(SplittableRandom rnd) {
    switch (rnd.nextInt(7)) {
      case 0:
        return SequentialExecutor.instance();
      case 1:
        return new SplitTreeExecutor(4);
      case 2:
        return ForkJoinExecutor.shared();
      case 3:
        return ThreadPoolFoldExecutor.on(threads, 3);
      default:
        return ForkJoinExecutor.on(FJ.get(rnd.nextInt(FJ.size())));
    }
  }

  private static FoldOptions options(SplittableRandom rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        return FoldOptions.defaults();
      case 1:
        return Fixtures.fixed(1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 3000));
      case 2:
        return FoldOptions.defaults()
            .chunks(ChunkPolicy.random(rnd.nextLong(), 1 + rnd.nextInt(500)));
      default:
        return FoldOptions.defaults().maxParallelism(1 + rnd.nextInt(4));
    }
  }

  @Test
  void injectedFaults_reachTheCaller_andLeaveNothingRunning() throws Exception {
    long seed = Fixtures.seed();
    SplittableRandom rnd = new SplittableRandom(seed);
    warmUp();
    int threadsBefore = threadsOutsidePools();
    int[] kinds = new int[3];
    int several = 0;
    List<Long> afterThrow = new ArrayList<>();
    for (int i = 0; i < INJECTIONS; i++) {
      String ctx = "seed=" + seed + " injection=" + i;
      FoldExecutor exec = executor(rnd);
      FoldOptions opts = options(rnd);
      SourceKind kind = SourceKind.values()[rnd.nextInt(SourceKind.values().length)];
      int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 20_000);
      long[] data = new long[n];
      for (int k = 0; k < n; k++) {
        data[k] = k;
      }
      int where = rnd.nextInt(10); // 0..6 elements, 7..8 init, 9 combine
      Set<Long> at = new java.util.HashSet<>();
      int initAt = 0;
      int combineAt = 0;
      if (where <= 6) {
        int throwers = rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(6) : 1;
        for (int k = 0; k < throwers; k++) {
          at.add((long) rnd.nextInt(n));
        }
        kinds[0]++;
        several += at.size() > 1 ? 1 : 0;
      } else if (where <= 8) {
        initAt = 1 + rnd.nextInt(3);
        kinds[1]++;
      } else {
        combineAt = 1;
        kinds[2]++;
      }
      Faulty r = new Faulty(at, initAt, combineAt, rnd.nextBoolean());
      Throwable caught =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> {
                try {
                  exec.fold(kind.of(data), r, opts);
                  return null;
                } catch (Throwable t) {
                  return t;
                }
              },
              () -> "hang: " + ctx);
      long steppedAtReturn = r.stepped.get();
      afterThrow.add(r.steppedAfterFirstThrow.get());
      if (r.thrown.isEmpty()) {
        // a combine fault needs two chunks; an init fault beyond the number of chunks never fires
        assertTrue(caught == null, ctx + ": nothing thrown but the fold failed: " + caught);
        assertTrue(initAt > 0 || combineAt > 0, ctx + ": an element fault did not fire");
      } else {
        assertNotNull(caught, ctx + ": a fault fired but the fold returned normally");
        assertTrue(
            r.thrown.contains(caught), ctx + ": the caller got a different instance: " + caught);
        if (r.thrown.size() == 1) {
          assertSame(r.thrown.iterator().next(), caught, ctx);
        }
        assertTrue(
            caught.getSuppressed().length <= FoldRun.MAX_SUPPRESSED + 2,
            ctx + ": too many suppressed: " + caught.getSuppressed().length);
      }
      Thread.sleep(rnd.nextInt(3));
      assertEquals(steppedAtReturn, r.stepped.get(), ctx + ": elements stepped after return");
      // the same executor still works
      long count = exec.fold(SourceKind.RANGE.of(new long[1000]), Reducers0.count(), opts);
      assertEquals(1000, count, ctx + ": next fold on the same executor");
    }
    Thread.sleep(50);
    int threadsAfter = settle(threadsBefore);
    System.out.printf(
        "[FaultInjectionTest] seed=%d: %d injections (%d element, of which %d with several"
            + " throwers; %d init; %d combine), 0 hangs, live threads %d -> %d%n",
        seed, INJECTIONS, kinds[0], several, kinds[1], kinds[2], threadsBefore, threadsAfter);
    assertTrue(
        threadsAfter <= threadsBefore, "threads leaked: " + threadsBefore + " -> " + threadsAfter);
    // every injection above asserted identity, no ghost elements and a working next fold
    Figures.record("B4 faults", "injections", INJECTIONS);
    Figures.record("B4 faults", "with several throwers", several);
    Figures.record("B4 faults", "hangs (10 s watchdog)", 0);
    Figures.record(
        "B4 faults", "thrown instance reached the caller", INJECTIONS + " of " + INJECTIONS);
    Figures.record("B4 faults", "elements stepped after return (ghosts)", 0);
    Collections.sort(afterThrow);
    Figures.record(
        "B4 faults",
        "elements stepped after the first throw, p50 / p99 / max (all chunks; polled every "
            + dev.parafold.source.Stop.CHECK_INTERVAL
            + ")",
        afterThrow.get(afterThrow.size() / 2)
            + " / "
            + afterThrow.get((int) Math.ceil(afterThrow.size() * 0.99) - 1)
            + " / "
            + afterThrow.get(afterThrow.size() - 1));
    Figures.record(
        "B4 faults", "live threads before -> after", threadsBefore + " -> " + threadsAfter);
    for (ForkJoinPool p : FJ) {
      assertTrue(p.awaitQuiescence(10, TimeUnit.SECONDS), "pool quiescent");
      // fork/join workers are the pool's own; a spare the JDK added while a worker waited in a
      // join may live on for the pool's keep-alive time, but never more than one per pool here
      assertTrue(
          p.getPoolSize() <= p.getParallelism() + 1,
          "pool of " + p.getParallelism() + " grew to " + p.getPoolSize());
    }
    assertEquals(3, ((ThreadPoolExecutor) threads).getPoolSize());
  }

  /** Starts every worker of every pool, so that the thread baseline is stable. */
  private static void warmUp() throws InterruptedException {
    for (ForkJoinPool p : FJ) {
      Pools.startEveryWorker(p);
    }
    CountDownLatch three = new CountDownLatch(3);
    for (int k = 0; k < 3; k++) {
      threads.execute(
          () -> {
            three.countDown();
            try {
              three.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    three.await(10, TimeUnit.SECONDS);
    ForkJoinExecutor.shared()
        .fold(SourceKind.RANGE.of(new long[100_000]), Reducers0.count(), Fixtures.fixed(100));
  }

  /**
   * Waits up to 10 s for the number of live threads that are not fork/join workers (those are
   * bounded by their pools and checked separately) to come back to {@code target}.
   */
  private static int settle(int target) throws InterruptedException {
    int now = threadsOutsidePools();
    for (int k = 0; k < 200 && now > target; k++) {
      Thread.sleep(50);
      now = threadsOutsidePools();
    }
    return now;
  }

  private static int threadsOutsidePools() {
    int n = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && !(t instanceof java.util.concurrent.ForkJoinWorkerThread)) {
        n++;
      }
    }
    return n;
  }

  /** Local alias so the test reads well. */
  private static final class Reducers0 {
    static Reducer<Long, ?, Long> count() {
      return dev.parafold.reduce.Reducers.count();
    }
  }

  @Test
  void oneThrower_isRethrownAlone_withItsStackTrace() {
    for (FoldExecutor exec :
        List.of(
            SequentialExecutor.instance(),
            new SplitTreeExecutor(4),
            ForkJoinExecutor.shared(),
            ForkJoinExecutor.on(FJ.get(2)),
            ThreadPoolFoldExecutor.on(threads, 3))) {
      Faulty r = new Faulty(Set.of(777L), 0, 0, false);
      try {
        exec.fold(SourceKind.RANGE.of(new long[5000]), r, Fixtures.fixed(100));
        fail(exec.describe() + ": no exception");
      } catch (IllegalStateException e) {
        assertSame(r.thrown.iterator().next(), e, exec.describe());
        assertEquals("element 777", e.getMessage());
        assertTrue(e.getStackTrace().length > 0, "stack trace kept");
        assertTrue(
            e.getSuppressed().length <= 1,
            exec.describe() + ": only a context note may be attached");
      }
    }
  }
}
