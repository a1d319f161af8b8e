package dev.parafold.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parafold.Fold;
import dev.parafold.battery.SoakPipelines.Data;
import dev.parafold.battery.SoakPipelines.SourceKind;
import dev.parafold.battery.SoakPipelines.Step;
import dev.parafold.battery.SoakPipelines.Terminal;
import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldCancelledException;
import dev.parafold.exec.FoldException;
import dev.parafold.exec.FoldTimeoutException;
import dev.parafold.exec.Specializer;
import dev.parafold.testkit.Figures;
import dev.parafold.testkit.Pools;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * B15, the soak: one long-lived {@link ForkJoinPool} (parallelism 4) runs, until the time is up, a
 * random mix of
 *
 * <ul>
 *   <li>random pipelines (catalog stages incl. stateful and early-stopping ones, terminals incl.
 *       short-circuiting ones, sources incl. an iterator and a stream of unknown size, random chunk
 *       policies), each compared with the sequential result over a list; some of them run with a
 *       cancel or a short timeout, and then either match or fail with the right exception;
 *   <li>injected faults (RuntimeException, Error, a checked exception through {@code mapChecked},
 *       sometimes several throwers) whose thrown instance must reach the caller;
 *   <li>folds over 10^12 elements stopped by a cancel or a timeout of a few milliseconds.
 * </ul>
 *
 * Each fold runs on a caller thread under a 30 s watchdog (a hang fails with a thread dump), and no
 * element may pass the first stage after its fold returned (ghost elements). Every few seconds the
 * heap in use after {@code System.gc()} and the live thread count are sampled. At the end: no
 * mismatch, hang or ghost, live threads back to the start, heap flat (see {@link #HEAP_SLACK}).
 *
 * <p>Knobs: {@code -Dparafold.soak.seconds} (default 20, the CI tier; the stress tier runs 1200),
 * {@code -Dparafold.seed}. Figures go to {@link Figures} under "B15 soak".
 */
final class SoakTest {
  private static final String B15 = "B15 soak";
  private static final int SECONDS = Integer.getInteger("parafold.soak.seconds", 20);
  private static final long WATCHDOG_SECONDS = 30;
  private static final int PARALLELISM = 4;
  private static final long MIB = 1L << 20;

  /**
   * Heap after GC may drift by this much between the first and the last quarter of the run without
   * being called a leak: 5% of the first-quarter median or 8 MiB, whichever is larger. A full GC
   * leaves only live objects, but "live" still includes things that settle late and then stay
   * bounded: JIT-generated lambda forms and method-handle caches, class-loading side tables,
   * fork/join work-queue arrays that grow to the largest backlog seen, surefire's buffered output,
   * and the G1 region granularity (1-4 MiB) of what {@code getUsed()} reports. None of these grows
   * with the number of folds; a leak of even a few hundred bytes per fold does, and passes 8 MiB
   * well within the stress tier's 20 minutes (about 10^5-10^6 folds).
   */
  private static final String HEAP_SLACK = "max(5%, 8 MiB)";

  /** A new instance per injected Error, for identity checks. */
  static final class InjectedError extends Error {
    private static final long serialVersionUID = 1L;

    InjectedError(String m) {
      super(m);
    }
  }

  private enum Fault {
    RUNTIME,
    ERROR,
    CHECKED
  }

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private ForkJoinPool pool;
  private ExecutorService caller;
  private ScheduledExecutorService trigger;

  // figures
  private long folds;
  private long checked;
  private long mismatches;
  private long faults;
  private long faultFolds;
  private long severalThrowers;
  private long cancels;
  private long timeouts;
  private long stoppedRuns;
  private long ghosts;
  private long heapBeforeShapes;
  private int shapesAfterWarmUp;
  private long metaspaceBeforeShapes;
  private double shapeFillSeconds;
  private final List<String> mismatchReports = new ArrayList<>();
  private final List<String> ghostReports = new ArrayList<>();

  /** Folds that returned, with the count of first-stage elements at their return. */
  private final ArrayDeque<long[]> pendingGhostChecks = new ArrayDeque<>();

  private final ArrayDeque<AtomicLong> pendingCounters = new ArrayDeque<>();
  private final ArrayDeque<String> pendingContexts = new ArrayDeque<>();

  @Test
  // JUnit needs a constant: this one fits the stress tier (1200 s). The test bounds itself more
  // tightly below: the soak's duration, plus one fold watchdog, plus the warm-up (at most 15 s to
  // fill the shape cache) and the settling at the end (at most 20 s).
  @Timeout(value = 25, unit = TimeUnit.MINUTES)
  void soak_randomPipelinesFaultsAndCancels_onOneLongLivedPool() throws Exception {
    assertTimeoutPreemptively(
        Duration.ofSeconds(SECONDS + WATCHDOG_SECONDS + 60), this::soak, "the soak overran");
  }

  private void soak() throws Exception {
    long seed = Long.getLong("parafold.seed", System.nanoTime());
    SplittableRandom rnd = new SplittableRandom(seed);
    System.out.printf(
        "[SoakTest] seed=%d, %d s, pool parallelism %d%n", seed, SECONDS, PARALLELISM);
    pool = new ForkJoinPool(PARALLELISM);
    caller = Executors.newSingleThreadExecutor(r -> new Thread(r, "soak-caller"));
    trigger = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "soak-trigger"));
    try {
      run(seed, rnd);
    } finally {
      caller.shutdownNow();
      trigger.shutdownNow();
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private void run(long seed, SplittableRandom rnd) throws Exception {
    warmUp(rnd);
    int threadsStart = liveThreads();
    long metaspaceStart = metaspace();
    int threadsMax = threadsStart;
    List<Long> heap = new ArrayList<>();
    heap.add(heapAfterGc());
    long sampleEveryNanos = TimeUnit.SECONDS.toNanos(Math.max(1, Math.min(15, SECONDS / 20)));
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
    long nextSample = start + sampleEveryNanos;
    long iteration = 0;
    while (System.nanoTime() < end) {
      String ctx = "seed=" + seed + " iteration=" + iteration++;
      int what = rnd.nextInt(100);
      if (what < 60) {
        randomPipeline(rnd, ctx);
      } else if (what < 85) {
        injectedFault(rnd, ctx);
      } else {
        longFoldStopped(rnd, ctx);
      }
      checkGhosts(false);
      if (System.nanoTime() >= nextSample) {
        heap.add(heapAfterGc());
        threadsMax = Math.max(threadsMax, liveThreads());
        nextSample += sampleEveryNanos;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Thread.sleep(50);
    checkGhosts(true);
    heap.add(heapAfterGc());
    threadsMax = Math.max(threadsMax, liveThreads());
    int threadsEnd = settle(threadsStart);
    assertTrue(pool.awaitQuiescence(10, TimeUnit.SECONDS), "pool quiescent at the end");

    int q = Math.max(1, heap.size() / 4);
    long firstQuarter = median(heap.subList(0, q));
    long lastQuarter = median(heap.subList(heap.size() - q, heap.size()));
    long slack = Math.max(firstQuarter / 20, 8 * MIB);
    long heapMax = Collections.max(heap);

    Figures.record(B15, "seed", seed);
    Figures.record(B15, "duration s", String.format("%.1f", seconds));
    Figures.record(B15, "folds", folds);
    Figures.record(B15, "pipelines checked against sequential", checked);
    Figures.record(B15, "mismatches", mismatches);
    Figures.record(B15, "fault folds", faultFolds);
    Figures.record(B15, "faults injected (throws)", faults);
    Figures.record(B15, "fault folds with several throws", severalThrowers);
    Figures.record(B15, "hangs", 0);
    Figures.record(B15, "ghost elements", ghosts);
    Figures.record(B15, "cancels", cancels);
    Figures.record(B15, "timeouts", timeouts);
    Figures.record(B15, "runs stopped by cancel/timeout", stoppedRuns);
    Map<?, ?> shapes = specializerShapes();
    Figures.record(
        B15,
        "specializer shapes cached after warm-up / at the end",
        shapesAfterWarmUp + " / " + (shapes == null ? -1 : shapes.size()));
    Figures.record(B15, "heap after GC before the shape cache filled MiB", mib(heapBeforeShapes));
    Figures.record(B15, "shape cache fill s", String.format("%.1f", shapeFillSeconds));
    Figures.record(
        B15,
        "metaspace used before shape fill / start / end MiB",
        mib(metaspaceBeforeShapes) + " / " + mib(metaspaceStart) + " / " + mib(metaspace()));
    Figures.record(B15, "heap samples", heap.size());
    Figures.record(
        B15,
        "heap after GC samples MiB",
        heap.stream().map(SoakTest::mib).collect(java.util.stream.Collectors.joining(" ")));
    Figures.record(B15, "heap after GC first MiB", mib(heap.get(0)));
    Figures.record(B15, "heap after GC last MiB", mib(heap.get(heap.size() - 1)));
    Figures.record(B15, "heap after GC max MiB", mib(heapMax));
    Figures.record(
        B15,
        "heap after GC median first/last quarter MiB",
        mib(firstQuarter) + " / " + mib(lastQuarter));
    Figures.record(B15, "threads start", threadsStart);
    Figures.record(B15, "threads end", threadsEnd);
    Figures.record(B15, "threads max", threadsMax);
    Figures.record(B15, "pool size end", pool.getPoolSize());

    assertEquals(0, mismatches, "mismatches (seed=" + seed + "): " + mismatchReports);
    assertEquals(0, ghosts, "ghost elements (seed=" + seed + "): " + ghostReports);
    assertTrue(
        threadsEnd <= threadsStart,
        "threads leaked: " + threadsStart + " -> " + threadsEnd + "\n" + threadDump());
    // spares the JDK adds while a worker waits in a join may outlive a fold, at most one here
    assertTrue(
        pool.getPoolSize() <= PARALLELISM + 1,
        "pool of " + PARALLELISM + " grew to " + pool.getPoolSize());
    assertTrue(
        Math.abs(lastQuarter - firstQuarter) <= slack,
        String.format(
            "heap after GC not flat (%s): median of the first quarter %.1f MiB, of the last %.1f"
                + " MiB; samples %s",
            HEAP_SLACK, firstQuarter / (double) MIB, lastQuarter / (double) MIB, heap));
  }

  // ---- the three kinds of rounds ---------------------------------------------------------------

  /** A random pipeline in parallel against the sequential one, maybe with a cancel or timeout. */
  private void randomPipeline(SplittableRandom rnd, String ctx) throws Exception {
    randomPipeline(rnd, ctx, new Data(rnd));
  }

  private void randomPipeline(SplittableRandom rnd, String ctx, Data d) throws Exception {
    SourceKind kind = SourceKind.values()[rnd.nextInt(SourceKind.values().length)];
    List<Step> steps = steps(rnd, d.n);
    Terminal terminal = SoakPipelines.terminal(rnd);
    int stop = rnd.nextInt(20); // 0: cancel, 1: short timeout, 2: both armed but never firing
    CancelHandle handle = new CancelHandle();
    long delayMs = rnd.nextInt(4);
    Fold<Long> par = parallel(rnd, kind.of(d));
    if (stop == 0) {
      par = par.cancelWith(handle);
      cancels++;
    } else if (stop == 1) {
      par = par.withTimeout(Duration.ofMillis(1 + delayMs));
      timeouts++;
    } else if (stop == 2) {
      par = par.withTimeout(Duration.ofSeconds(WATCHDOG_SECONDS)).cancelWith(handle); // never fires
    }
    AtomicLong touched = new AtomicLong();
    Fold<Long> f = par.peek(x -> touched.incrementAndGet());
    for (Step s : steps) {
      f = s.f.apply(f);
    }
    String what = ctx + " " + d + " " + kind + " " + steps + " " + terminal;
    Fold<Long> run = f;
    if (stop == 0) {
      trigger.schedule(handle::cancel, delayMs, TimeUnit.MILLISECONDS);
    }
    Object[] outcome = call(() -> terminal.f.apply(run), what);
    folds++;
    pendingGhost(touched, what);
    Throwable thrown = (Throwable) outcome[1];
    if (thrown != null) {
      boolean expected =
          stop == 0
              ? thrown instanceof FoldCancelledException
                  && !(thrown instanceof FoldTimeoutException)
              : stop == 1 && thrown instanceof FoldTimeoutException;
      if (!expected) {
        mismatch(what + ": threw " + stackTrace(thrown));
      } else {
        stoppedRuns++;
      }
      return;
    }
    Fold<Long> s = Fold.from(d.list());
    for (Step st : steps) {
      s = st.f.apply(s);
    }
    Fold<Long> seq = s;
    Object[] expected = call(() -> terminal.f.apply(seq), "sequential " + what);
    folds++;
    checked++;
    if (expected[1] != null) {
      mismatch(what + ": the sequential reference threw " + stackTrace((Throwable) expected[1]));
    } else if (!Objects.equals(expected[0], outcome[0])) {
      mismatch(what + ": parallel " + clip(outcome[0]) + " != sequential " + clip(expected[0]));
    }
  }

  /** A random pipeline with one or two throwing stages: the thrown instance must reach us. */
  private void injectedFault(SplittableRandom rnd, String ctx) throws Exception {
    Data d = new Data(rnd);
    SourceKind kind = SourceKind.values()[rnd.nextInt(SourceKind.values().length)];
    List<Step> steps = steps(rnd, d.n);
    Terminal terminal = SoakPipelines.terminal(rnd);
    Set<Throwable> thrown =
        Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    AtomicLong touched = new AtomicLong();
    int throwers = rnd.nextInt(4) == 0 ? 2 : 1;
    List<Step> withFaults = new ArrayList<>(steps);
    List<Fault> kinds = new ArrayList<>();
    for (int k = 0; k < throwers; k++) {
      Fault fault = Fault.values()[rnd.nextInt(Fault.values().length)];
      kinds.add(fault);
      // sparse faults: about 1 to 4 throwing elements among distinct values, more where they
      // repeat;
      // dense faults (1 in 2..21) make several chunks throw at once
      long rate =
          rnd.nextInt(4) == 0 ? 2 + rnd.nextInt(20) : Math.max(1, d.n / (1 + rnd.nextInt(4)));
      withFaults.add(
          rnd.nextInt(withFaults.size() + 1), thrower(fault, rnd.nextLong(), rate, thrown));
    }
    Fold<Long> f = parallel(rnd, kind.of(d)).peek(x -> touched.incrementAndGet());
    for (Step s : withFaults) {
      f = s.f.apply(f);
    }
    String what =
        ctx + " faults " + kinds + " " + d + " " + kind + " " + withFaults + " " + terminal;
    Fold<Long> run = f;
    Object[] outcome = call(() -> terminal.f.apply(run), what);
    folds++;
    faultFolds++;
    pendingGhost(touched, what);
    Throwable caught = (Throwable) outcome[1];
    int fired = thrown.size();
    faults += fired;
    severalThrowers += fired > 1 ? 1 : 0;
    if (fired == 0) {
      if (caught != null) {
        mismatch(what + ": nothing was injected but the fold threw " + stackTrace(caught));
      }
      // no fault fired: the fold must still be right (the throwers passed every element through)
      Fold<Long> s = Fold.from(d.list());
      for (Step st : steps) {
        s = st.f.apply(s);
      }
      Fold<Long> seq = s;
      Object[] expected = call(() -> terminal.f.apply(seq), "sequential " + what);
      folds++;
      checked++;
      if (caught == null && !Objects.equals(expected[0], outcome[0])) {
        mismatch(what + ": parallel " + clip(outcome[0]) + " != sequential " + clip(expected[0]));
      }
      return;
    }
    // A fold fails exactly as its sequential run does: the same element's fault, or none when an
    // early stop left of every fault makes them unreachable (the throwers hit by element value).
    Set<Throwable> ours = new HashSet<>(thrown);
    Fold<Long> s = Fold.from(d.list());
    for (Step st : withFaults) {
      s = st.f.apply(s);
    }
    Fold<Long> seq = s;
    Object[] expected = call(() -> terminal.f.apply(seq), "sequential " + what);
    folds++;
    checked++;
    Throwable wanted = (Throwable) expected[1];
    if (wanted == null) {
      if (caught != null) {
        mismatch(
            what
                + ": the sequential fold returned "
                + clip(expected[0])
                + " but the parallel one threw "
                + stackTrace(caught));
      } else if (!Objects.equals(expected[0], outcome[0])) {
        mismatch(what + ": parallel " + clip(outcome[0]) + " != sequential " + clip(expected[0]));
      }
      return;
    }
    if (caught == null) {
      mismatch(
          what
              + ": "
              + fired
              + " injected fault(s) fired, the sequential fold threw "
              + wanted
              + ", but the parallel fold returned "
              + clip(outcome[0]));
      return;
    }
    Throwable injected =
        caught.getClass() == FoldException.class
                || caught.getClass() == java.io.UncheckedIOException.class
            ? caught.getCause()
            : caught;
    if (!ours.contains(injected)) {
      mismatch(
          what
              + ": the caller got another throwable than the injected ones: "
              + stackTrace(caught));
      return;
    }
    Throwable wantedInjected =
        wanted.getClass() == FoldException.class
                || wanted.getClass() == java.io.UncheckedIOException.class
            ? wanted.getCause()
            : wanted;
    if (!Objects.equals(wantedInjected.getMessage(), injected.getMessage())) {
      mismatch(
          what
              + ": the sequential fold failed "
              + wantedInjected.getMessage()
              + ", the parallel one "
              + injected.getMessage());
    }
  }

  /**
   * A fold over 10^12 elements (a range or an endless iterator), stopped by a cancel or timeout.
   */
  private void longFoldStopped(SplittableRandom rnd, String ctx) throws Exception {
    boolean iterator = rnd.nextBoolean();
    Fold<Long> src = iterator ? Fold.from(endless()) : Fold.range(0, 1_000_000_000_000L).boxed();
    boolean cancel = rnd.nextBoolean();
    long delayMs = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(15);
    CancelHandle handle = new CancelHandle();
    Fold<Long> f = parallel(rnd, src);
    f = cancel ? f.cancelWith(handle) : f.withTimeout(Duration.ofMillis(1 + delayMs));
    AtomicLong touched = new AtomicLong();
    f = f.peek(x -> touched.incrementAndGet());
    // only stages that never end the fold early
    int n = rnd.nextInt(3);
    List<Step> steps = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      steps.add(
          List.of(
                  new Step("map(slow)", (Fold<Long> g) -> g.map(SoakTest::slow)),
                  new Step("filter(x%3!=0)", (Fold<Long> g) -> g.filter(x -> x % 3 != 0)),
                  new Step("scan", (Fold<Long> g) -> g.scan(0L, Long::sum)),
                  new Step("dedupe", Fold::dedupe),
                  new Step(
                      "window(3,2)", (Fold<Long> g) -> g.window(3, 2).map(SoakPipelines::digest)),
                  new Step("mapIndexed", (Fold<Long> g) -> g.mapIndexed((i, x) -> i + x)))
              .get(rnd.nextInt(6)));
      f = steps.get(k).f.apply(f);
    }
    String what =
        ctx
            + (cancel ? " cancel" : " timeout")
            + " after "
            + delayMs
            + " ms over "
            + (iterator ? "an endless iterator " : "range(0, 10^12) ")
            + steps;
    Fold<Long> run = f;
    if (cancel) {
      cancels++;
      if (delayMs == 0) {
        handle.cancel();
      } else {
        trigger.schedule(handle::cancel, delayMs, TimeUnit.MILLISECONDS);
      }
    } else {
      timeouts++;
    }
    boolean count = rnd.nextBoolean();
    Object[] outcome = call(() -> count ? run.count() : run.reduce(0L, Long::sum), what);
    folds++;
    pendingGhost(touched, what);
    Throwable caught = (Throwable) outcome[1];
    boolean expected =
        cancel
            ? caught instanceof FoldCancelledException && !(caught instanceof FoldTimeoutException)
            : caught instanceof FoldTimeoutException;
    if (!expected) {
      mismatch(
          what
              + ": expected "
              + (cancel ? "a cancel" : "a timeout")
              + ", got "
              + (caught == null ? "result " + outcome[0] : stackTrace(caught)));
    } else {
      stoppedRuns++;
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static List<Step> steps(SplittableRandom rnd, int n) {
    int count = rnd.nextInt(6);
    List<Step> steps = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      steps.add(SoakPipelines.stage(rnd, n));
    }
    return steps;
  }

  /** On the long-lived pool, with a random chunk policy or parallelism cap. */
  private Fold<Long> parallel(SplittableRandom rnd, Fold<Long> f) {
    Fold<Long> on = f.on(pool);
    switch (rnd.nextInt(5)) {
      case 0:
        return on.chunks(ChunkPolicy.fixed(1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 3000)));
      case 1:
        return on.chunks(ChunkPolicy.random(rnd.nextLong(), 1 + rnd.nextInt(500)));
      case 2:
        return on.maxParallelism(1 + rnd.nextInt(PARALLELISM));
      default:
        return on;
    }
  }

  private static Step thrower(Fault fault, long salt, long rate, Set<Throwable> thrown) {
    String name = "throw" + fault + "(1 in " + rate + ")";
    switch (fault) {
      case RUNTIME:
        return unchecked(
            name, salt, rate, thrown, x -> new IllegalStateException("injected at " + x));
      case ERROR:
        return unchecked(name, salt, rate, thrown, x -> new InjectedError("injected at " + x));
      default:
        return new Step(
            name,
            f ->
                f.mapChecked(
                    x -> {
                      if (hit(x, salt, rate)) {
                        IOException e = new IOException("injected at " + x);
                        thrown.add(e);
                        throw e;
                      }
                      return x;
                    }));
    }
  }

  /** A {@code map} stage that throws what {@code make} builds (a RuntimeException or an Error). */
  private static Step unchecked(
      String name, long salt, long rate, Set<Throwable> thrown, LongFunction<Throwable> make) {
    return new Step(
        name,
        f ->
            f.map(
                x -> {
                  if (hit(x, salt, rate)) {
                    Throwable e = make.apply(x);
                    thrown.add(e);
                    if (e instanceof Error) {
                      throw (Error) e;
                    }
                    throw (RuntimeException) e;
                  }
                  return x;
                }));
  }

  private static boolean hit(long x, long salt, long rate) {
    return Math.floorMod(SoakPipelines.mix(x ^ salt), rate) == 0;
  }

  private static long slow(long x) {
    for (int i = 0; i < 20; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x;
  }

  private static Iterator<Long> endless() {
    return new Iterator<Long>() {
      private long i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Long next() {
        return i++;
      }
    };
  }

  /**
   * Runs {@code body} on the caller thread and waits at most {@link #WATCHDOG_SECONDS}; returns
   * {result, throwable}. A hang fails the test at once, with a dump of every thread.
   */
  private Object[] call(Callable<Object> body, String what) throws InterruptedException {
    Future<Object[]> fut =
        caller.submit(
            () -> {
              try {
                return new Object[] {body.call(), null};
              } catch (Throwable t) { // we check what was thrown
                return new Object[] {null, t};
              } finally {
                Thread.interrupted(); // no interrupt is sent, but never carry one to the next fold
              }
            });
    try {
      return fut.get(WATCHDOG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      String dump = threadDump();
      Figures.record(B15, "hangs", 1);
      fail("hang (no return within " + WATCHDOG_SECONDS + " s): " + what + "\n" + dump);
      throw new AssertionError("unreachable");
    } catch (ExecutionException e) {
      throw new AssertionError(what, e.getCause());
    }
  }

  private void pendingGhost(AtomicLong touched, String what) {
    pendingCounters.add(touched);
    pendingGhostChecks.add(new long[] {touched.get(), System.nanoTime()});
    pendingContexts.add(what);
  }

  /** Compares each returned fold's element count with the count at its return, 2 ms later. */
  private void checkGhosts(boolean all) {
    long now = System.nanoTime();
    while (!pendingGhostChecks.isEmpty()
        && (all || now - pendingGhostChecks.peek()[1] > TimeUnit.MILLISECONDS.toNanos(2))) {
      long atReturn = pendingGhostChecks.poll()[0];
      long later = pendingCounters.poll().get();
      String what = pendingContexts.poll();
      if (later != atReturn) {
        ghosts += later - atReturn;
        if (ghostReports.size() < 5) {
          ghostReports.add(what + ": " + atReturn + " elements at return, " + later + " later");
        }
      }
    }
  }

  private void mismatch(String report) {
    mismatches++;
    if (mismatchReports.size() < 5) {
      mismatchReports.add(report);
    }
    System.out.println("[SoakTest] MISMATCH " + report);
  }

  /** Starts every worker of the pool and every helper thread, so that the baseline is stable. */
  private void warmUp(SplittableRandom rnd) throws Exception {
    Pools.startEveryWorker(pool);
    trigger.schedule(() -> {}, 0, TimeUnit.MILLISECONDS).get();
    SplittableRandom warm = rnd.split();
    for (int i = 0; i < 200; i++) {
      randomPipeline(warm, "warm-up " + i);
    }
    heapBeforeShapes = heapAfterGc();
    metaspaceBeforeShapes = metaspace();
    long fillStart = System.nanoTime();
    // Fill the Specializer's shape cache: folds of THRESHOLD elements or more get per-shape class
    // copies, cached up to MAX_SHAPES shapes and then never more. Random pipelines reach that cap
    // in 10-20 s, about 8 MiB of heap (and 20 MiB of metaspace); taken before the baseline, that
    // bounded growth does not count against the heap-flat check, which is after growth that goes
    // on with the folds. The fill stops after 15 s (CI cost); a slow machine then finishes the
    // last part during the soak, well within the slack.
    Map<?, ?> shapes = specializerShapes();
    int cap = specializerMaxShapes();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    for (int i = 0; shapes != null && shapes.size() < cap && System.nanoTime() < until; i++) {
      randomPipeline(warm, "warm-up (shapes) " + i, new Data(warm, (int) Specializer.THRESHOLD));
    }
    shapesAfterWarmUp = shapes == null ? -1 : shapes.size();
    shapeFillSeconds = (System.nanoTime() - fillStart) / 1e9;
    checkGhosts(true);
  }

  /** The Specializer's cache of per-shape class copies (private; read for the soak's figures). */
  private static Map<?, ?> specializerShapes() {
    try {
      Field f = Specializer.class.getDeclaredField("COPIES");
      f.setAccessible(true);
      return (Map<?, ?>) f.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static int specializerMaxShapes() {
    try {
      Field f = Specializer.class.getDeclaredField("MAX_SHAPES");
      f.setAccessible(true);
      return f.getInt(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 4096;
    }
  }

  private long heapAfterGc() {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static long metaspace() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getName().equals("Metaspace")) {
        return p.getUsage().getUsed();
      }
    }
    return -1;
  }

  private static int liveThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  /** Waits up to 10 s for the live thread count to come back to {@code target}. */
  private static int settle(int target) throws InterruptedException {
    int now = liveThreads();
    for (int k = 0; k < 200 && now > target; k++) {
      Thread.sleep(50);
      now = liveThreads();
    }
    return now;
  }

  private static String threadDump() {
    StringBuilder sb = new StringBuilder("thread dump:\n");
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      Thread t = e.getKey();
      sb.append('"')
          .append(t.getName())
          .append("\" ")
          .append(t.getState())
          .append(t instanceof ForkJoinWorkerThread ? " (fork/join worker)" : "")
          .append('\n');
      for (StackTraceElement f : e.getValue()) {
        sb.append("    at ").append(f).append('\n');
      }
    }
    return sb.toString();
  }

  private static long median(List<Long> xs) {
    long[] a = xs.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    return a[a.length / 2];
  }

  private static String mib(long bytes) {
    return String.format("%.1f", bytes / (double) MIB);
  }

  private static String clip(Object o) {
    String s = String.valueOf(o);
    return s.length() > 300 ? s.substring(0, 300) + "...(" + s.length() + " chars)" : s;
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    String s = w.toString();
    return s.length() > 3000 ? s.substring(0, 3000) + "..." : s;
  }
}
