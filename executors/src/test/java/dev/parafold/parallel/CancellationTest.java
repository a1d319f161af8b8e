package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.FoldCancelledException;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldTimeoutException;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Sources;
import dev.parafold.testkit.Figures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cancellation through a {@link CancelHandle}, a timeout, and an interrupt of the waiting caller,
 * each at a random moment of a fold over {@code 0..10^12} that would otherwise run for hours: the
 * fold throws {@link FoldCancelledException} (or {@link FoldTimeoutException}), restores the
 * interrupt flag, and no element is stepped after it returned. The time from the trigger to the
 * return is printed as p50/p99; the only bound asserted is a generous hang watchdog.
 */
final class CancellationTest {
  private static final int ROUNDS = 8;

  private static ForkJoinPool fj2;
  private static ForkJoinPool fj4;
  private static ExecutorService threads;

  @BeforeAll
  static void start() {
    fj2 = new ForkJoinPool(2);
    fj4 = new ForkJoinPool(4);
    threads = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    for (ExecutorService e : List.of(fj2, fj4, threads)) {
      e.shutdownNow();
      e.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private enum Trigger {
    CANCEL,
    TIMEOUT,
    INTERRUPT
  }

  /** Counts steps and burns a little time per element (a slow user function). */
  static final class Slow implements Reducer<Long, long[], Long> {
    private static final long serialVersionUID = 1L;
    final AtomicLong stepped = new AtomicLong();

    @Override
    public long[] init() {
      return new long[1];
    }

    @Override
    public long[] step(long[] acc, Long t) {
      stepped.incrementAndGet();
      long x = t;
      for (int i = 0; i < 50; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
      acc[0] += x & 1;
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

  private static List<FoldExecutor> executors() {
    return List.of(
        SequentialExecutor.instance(),
        new SplitTreeExecutor(4),
        ForkJoinExecutor.shared(),
        ForkJoinExecutor.on(fj2),
        ForkJoinExecutor.on(fj4),
        ThreadPoolFoldExecutor.on(threads, 3));
  }

  @Test
  void cancelTimeoutAndInterrupt_atRandomMoments_stopPromptly() throws Exception {
    long seed = Fixtures.seed();
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    int runs = 0;
    for (FoldExecutor exec : executors()) { // warm-up (JIT), not measured
      runOnce(exec, FoldOptions.defaults(), Trigger.CANCEL, 20, new ArrayList<>(), "warm-up");
    }
    for (FoldExecutor exec : executors()) {
      for (Trigger trigger : Trigger.values()) {
        for (int round = 0; round < ROUNDS; round++) {
          String ctx = "seed=" + seed + " " + exec.describe() + " " + trigger + " round " + round;
          int delayMs = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(30);
          FoldOptions opts =
              rnd.nextBoolean() ? FoldOptions.defaults() : Fixtures.fixed(1 + rnd.nextInt(100_000));
          long stepped =
              assertTimeoutPreemptively(
                  Duration.ofSeconds(10),
                  () -> runOnce(exec, opts, trigger, delayMs, latencies, ctx),
                  () -> "hang: " + ctx);
          Thread.sleep(2);
          runs++;
          assertTrue(stepped >= 0, ctx);
        }
      }
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    long p50 = sorted.get(sorted.size() / 2);
    long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
    Figures.record("B5 cancel/interrupt/timeout", "runs", runs);
    Figures.record("B5 cancel/interrupt/timeout", "stop latency p50 ms", p50 / 1e6);
    Figures.record("B5 cancel/interrupt/timeout", "stop latency p99 ms", p99 / 1e6);
    Figures.record(
        "B5 cancel/interrupt/timeout", "stop latency max ms", sorted.get(sorted.size() - 1) / 1e6);
    Figures.record("B5 cancel/interrupt/timeout", "ghost work after return", 0);
    System.out.printf(
        "[CancellationTest] seed=%d: %d cancel/timeout/interrupt runs over %d executors; time from"
            + " trigger to return: p50=%.2f ms, p99=%.2f ms, max=%.2f ms%n",
        seed, runs, executors().size(), p50 / 1e6, p99 / 1e6, sorted.get(sorted.size() - 1) / 1e6);
  }

  /** One fold with one trigger; returns the elements stepped; checks everything else. */
  private static long runOnce(
      FoldExecutor exec,
      FoldOptions base,
      Trigger trigger,
      int delayMs,
      List<Long> latencies,
      String ctx)
      throws InterruptedException {
    Slow r = new Slow();
    CancelHandle handle = new CancelHandle();
    FoldOptions opts = base;
    AtomicLong triggeredAt = new AtomicLong();
    Thread caller = Thread.currentThread();
    CountDownLatch started = new CountDownLatch(1);
    Thread trigg = null;
    if (trigger == Trigger.TIMEOUT) {
      opts = opts.timeout(Duration.ofMillis(1 + delayMs));
    } else {
      if (trigger == Trigger.CANCEL) {
        opts = opts.cancelWith(handle);
      }
      trigg =
          new Thread(
              () -> {
                try {
                  started.await();
                  Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                  return;
                }
                triggeredAt.set(System.nanoTime());
                if (trigger == Trigger.CANCEL) {
                  handle.cancel();
                } else {
                  caller.interrupt();
                }
              },
              "trigger");
      trigg.start();
    }
    long start = System.nanoTime();
    if (trigger == Trigger.TIMEOUT) {
      triggeredAt.set(start + TimeUnit.MILLISECONDS.toNanos(1 + delayMs));
    }
    started.countDown();
    RuntimeException caught = null;
    try {
      exec.fold(Sources.range(0, 1_000_000_000_000L), r, opts);
    } catch (RuntimeException e) {
      caught = e;
    }
    long returned = System.nanoTime();
    boolean interruptFlag = Thread.interrupted(); // read and clear for the next run
    if (trigg != null) {
      trigg.join();
    }
    assertNotNull(caught, ctx + ": the fold of 10^12 elements returned normally");
    switch (trigger) {
      case TIMEOUT:
        assertInstanceOf(FoldTimeoutException.class, caught, ctx);
        assertFalse(interruptFlag, ctx + ": interrupt flag set by a timeout");
        break;
      case CANCEL:
        assertInstanceOf(FoldCancelledException.class, caught, ctx);
        assertFalse(caught instanceof FoldTimeoutException, ctx);
        assertFalse(interruptFlag, ctx + ": interrupt flag set by a cancel");
        break;
      default:
        assertInstanceOf(FoldCancelledException.class, caught, ctx);
        assertTrue(interruptFlag, ctx + ": the interrupt flag must be restored");
    }
    long latency = Math.max(0, returned - triggeredAt.get());
    latencies.add(latency);
    if (latency > TimeUnit.MILLISECONDS.toNanos(50)) {
      System.out.printf("[CancellationTest] slow stop: %.1f ms, %s%n", latency / 1e6, ctx);
    }
    long steppedAtReturn = r.stepped.get();
    Thread.sleep(3);
    assertEquals(steppedAtReturn, r.stepped.get(), ctx + ": ghost work after return");
    return steppedAtReturn;
  }

  @Test
  void alreadyCancelledHandle_stopsBeforeAnyElement() {
    CancelHandle handle = new CancelHandle();
    handle.cancel();
    for (FoldExecutor exec : executors()) {
      Slow r = new Slow();
      try {
        exec.fold(Sources.range(0, 1L << 40), r, FoldOptions.defaults().cancelWith(handle));
      } catch (FoldCancelledException e) {
        assertTrue(
            r.stepped.get() <= 1024L * exec.parallelism(),
            exec.describe() + " stepped " + r.stepped.get());
        continue;
      }
      throw new AssertionError(exec.describe() + ": not cancelled");
    }
  }

  @Test
  void timeout_whileEveryPoolThreadIsBusyElsewhere_stillReturns() throws Exception {
    // The root task is queued behind a blocked task: the caller withdraws it at the deadline.
    ForkJoinPool one = new ForkJoinPool(1);
    ExecutorService single = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    try {
      one.execute(() -> awaitQuietly(release));
      single.execute(() -> awaitQuietly(release));
      for (FoldExecutor exec :
          List.of(ForkJoinExecutor.on(one), ThreadPoolFoldExecutor.on(single, 1))) {
        Slow r = new Slow();
        RuntimeException caught =
            assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> {
                  try {
                    exec.fold(
                        Sources.range(0, 1L << 40),
                        r,
                        FoldOptions.defaults().timeout(Duration.ofMillis(50)));
                    return null;
                  } catch (RuntimeException e) {
                    return e;
                  }
                });
        assertInstanceOf(FoldTimeoutException.class, caught, exec.describe());
      }
    } finally {
      release.countDown();
      one.shutdownNow();
      single.shutdownNow();
      one.awaitTermination(10, TimeUnit.SECONDS);
      single.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
