package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldTimeoutException;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.xf.Transducers;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * What clusters do to running jobs, on a real standalone cluster on loopback with two Workers (one
 * executor of one core each): an executor JVM killed with SIGKILL in the middle of a job, a Worker
 * killed likewise, and a driver-side deadline. Spark re-runs the partitions whose attempts were
 * lost; the fold's result must be identical to the sequential fold's (no partial lost or counted
 * twice), for an ordered toList, an early-stopping limit and a countBy.
 *
 * <p>Every scenario checks that its fault really hit a running task (the scheduler reported an
 * attempt lost with its executor), so it cannot pass by the kill landing between jobs. Knob: {@code
 * -Dparafold.spark.faultRounds=N} repeats each executor-loss scenario N times (default 1; the
 * stress tier runs 10).
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES) // hang guard: executor restarts on a busy machine
final class ClusterFaultsTest {
  private static final int ROUNDS = Integer.getInteger("parafold.spark.faultRounds", 1);

  /** Per element; a partition of 100 elements takes about 0.3 s, so kills land inside tasks. */
  private static final long ELEMENT_NANOS = 3_000_000;

  private static LocalSparkCluster cluster;
  private static JavaSparkContext sc;
  private static SparkExecutor spark;
  private static final TaskLog log = new TaskLog();
  private static final ExecutorService killer = Executors.newSingleThreadExecutor();

  @BeforeAll
  @Timeout(value = 170, unit = TimeUnit.SECONDS)
  static void start() throws Exception {
    LocalSpark.stop(); // one active context per JVM
    cluster = new LocalSparkCluster(Paths.get("target", "spark-faults"));
    try {
      cluster.layout(name -> name.startsWith("vavr") || name.startsWith("parafold-"));
      cluster.start(2, 1);
      sc = new JavaSparkContext(cluster.driverConf("parafold-faults-test", 1, 2));
      sc.sc().addSparkListener(log);
      spark = SparkExecutor.on(sc).withPartitions(24);
    } catch (Exception | Error e) {
      stop();
      throw e;
    }
  }

  @AfterAll
  static void stop() {
    killer.shutdownNow();
    try {
      if (sc != null) {
        sc.stop();
      }
    } finally {
      sc = null;
      if (cluster != null) {
        cluster.close();
        assertEquals(List.of(), cluster.alive(), "every cluster process has ended");
      }
    }
  }

  /** Both executors registered (after a kill, the Master has the Worker fork a new one). */
  @BeforeEach
  void twoExecutorsUp() throws InterruptedException {
    awaitExecutors(2);
    log.reset();
  }

  private static void awaitExecutors(int n) throws InterruptedException {
    long end = System.currentTimeMillis() + 90_000;
    while (sc.statusTracker().getExecutorInfos().length - 1 < n) { // minus the driver
      assertTrue(System.currentTimeMillis() < end, "executors did not come up: " + n);
      Thread.sleep(100);
    }
  }

  /** 2400 slow elements in 24 partitions of 100: about 3.6 s on two one-core executors. */
  private static Source<Long> slowSource() {
    return SparkSources.range(0, 2400);
  }

  private static <R> Reducer<Long, ?, R> slow(Reducer<Long, ?, R> downstream) {
    return Transducers.<Long, Long>map(
            x -> {
              LockSupport.parkNanos(ELEMENT_NANOS);
              return x;
            })
        .apply(downstream);
  }

  /**
   * Folds on the cluster while a helper waits for {@code succeededFirst} task attempts to succeed
   * and an attempt to have run for 50 ms, then SIGKILLs that attempt's executor JVM (or, with
   * {@code wholeWorker}, the Worker that forked it). Returns the result; the fault must have hit.
   */
  private static <R> R foldKilling(
      Reducer<Long, ?, R> reducer, int succeededFirst, boolean wholeWorker) throws Exception {
    Future<Long> kill =
        killer.submit(
            () -> {
              long end = System.currentTimeMillis() + 60_000;
              while (System.currentTimeMillis() < end) {
                String executor =
                    log.succeeded.get() >= succeededFirst ? log.executorRunningFor(50) : null;
                long pid = executor == null ? -1 : cluster.executorPid(executor);
                if (pid > 0) {
                  ProcessHandle victim =
                      wholeWorker
                          ? cluster.workerOf(pid).toHandle()
                          : ProcessHandle.of(pid).orElseThrow();
                  victim.destroyForcibly(); // SIGKILL
                  return pid;
                }
                Thread.sleep(5);
              }
              throw new IllegalStateException("no running task to kill: " + log);
            });
    R result = spark.fold(slowSource(), reducer, FoldOptions.defaults());
    long executorPid = kill.get(10, TimeUnit.SECONDS);
    awaitAtLeast(() -> log.executorLost.get(), 1);
    assertTrue(log.executorLost.get() >= 1, "an attempt was lost with its executor: " + log);
    assertEquals(0, log.otherFailures.get(), log.toString());
    awaitGone(executorPid);
    System.out.printf(
        "killed %s of executor %d mid-job: %s%n",
        wholeWorker ? "the Worker" : "the JVM", executorPid, log);
    return result;
  }

  private static void awaitAtLeast(Supplier<Integer> count, int n) throws InterruptedException {
    long end = System.currentTimeMillis() + 10_000; // listener events are asynchronous
    while (count.get() < n && System.currentTimeMillis() < end) {
      Thread.sleep(20);
    }
  }

  private static void awaitGone(long pid) throws InterruptedException {
    long end = System.currentTimeMillis() + 30_000;
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      assertTrue(System.currentTimeMillis() < end, "executor " + pid + " still runs");
      Thread.sleep(50);
    }
  }

  private static <R> R sequential(Reducer<Long, ?, R> r) {
    return SequentialExecutor.instance().fold(slowSource(), r, FoldOptions.defaults());
  }

  @Test
  @Order(1)
  void executorKilled_orderedToList_isIdentical() throws Exception {
    Reducer<Long, ?, List<Long>> r = slow(Reducers.toList());
    List<Long> expected = sequential(Reducers.toList());
    for (int round = 0; round < ROUNDS; round++) {
      log.reset();
      awaitExecutors(2);
      assertEquals(expected, foldKilling(r, 4, false));
    }
  }

  @Test
  @Order(2)
  void executorKilled_earlyStoppingLimit_isIdentical() throws Exception {
    // 2 matches per partition of 100: the limit is reached in partition 13 of 24, after batches
    // of 2 and 8 partitions and part of a third; the kill lands in the second batch.
    Reducer<Long, ?, List<Long>> r =
        slow(
            Transducers.<Long>filter(x -> x % 50 == 7)
                .andThen(Transducers.<Long>limit(25))
                .apply(Reducers.toList()));
    List<Long> expected = sequential(r);
    assertEquals(25, expected.size());
    for (int round = 0; round < ROUNDS; round++) {
      log.reset();
      awaitExecutors(2);
      assertEquals(expected, foldKilling(r, 3, false));
      assertTrue(spark.lastRun().contains("merged prefix done after"), spark.lastRun());
    }
  }

  @Test
  @Order(3)
  void executorKilled_countBy_isIdentical() throws Exception {
    Reducer<Long, ?, Map<Long, Long>> r = slow(Reducers.countBy((Long x) -> x % 7));
    Map<Long, Long> expected = sequential(Reducers.countBy((Long x) -> x % 7));
    for (int round = 0; round < ROUNDS; round++) {
      log.reset();
      awaitExecutors(2);
      assertEquals(expected, foldKilling(r, 4, false));
    }
  }

  @Test
  @Order(4)
  void deadline_cancelsTheJobGroup_andLeavesNoTaskRunning() throws Exception {
    // about 36 s of work per partition pair; the deadline comes after 1.5 s
    Source<Long> longJob = SparkSources.range(0, 24_000);
    Reducer<Long, ?, Long> r = slow(Reducers.count());
    long t0 = System.nanoTime();
    assertThrows(
        FoldTimeoutException.class,
        () -> spark.fold(longJob, r, FoldOptions.defaults().timeout(Duration.ofMillis(1500))));
    long returned = System.nanoTime();
    long end = System.currentTimeMillis() + 30_000;
    while (!log.running().isEmpty() || sc.statusTracker().getActiveJobIds().length > 0) {
      assertTrue(
          System.currentTimeMillis() < end,
          "tasks still running after the deadline: " + log + " " + log.running());
      Thread.sleep(20);
    }
    long quiet = System.nanoTime();
    assertEquals(0, log.succeeded.get(), "no partition ran to its end: " + log);
    assertTrue(log.killed.get() >= 2, "the running attempts were killed: " + log);
    assertEquals(0, sc.statusTracker().getActiveStageIds().length);
    System.out.printf(
        "deadline 1.5 s: fold threw after %.2f s, no task running after %.2f s (%s)%n",
        (returned - t0) / 1e9, (quiet - t0) / 1e9, log);
    assertEquals(2400L, (long) spark.fold(slowSource(), Reducers.count(), FoldOptions.defaults()));
  }

  @Test
  @Order(5)
  void workerKilled_orderedToList_isIdentical() throws Exception {
    Reducer<Long, ?, List<Long>> r = slow(Reducers.toList());
    List<Long> expected = sequential(Reducers.toList());
    assertEquals(expected, foldKilling(r, 4, true));
    // the killed Worker's executor ended with it (above); a new Worker restores two executors
    cluster.startWorker(1);
    awaitExecutors(2);
    assertEquals(expected, spark.fold(slowSource(), r, FoldOptions.defaults()));
  }
}
