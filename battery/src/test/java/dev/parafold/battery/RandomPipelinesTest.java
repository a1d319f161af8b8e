package dev.parafold.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.parallel.ThreadPoolFoldExecutor;
import dev.parafold.testkit.Figures;
import dev.parafold.testkit.Gen;
import dev.parafold.xf.SwapCombine;
import dev.parafold.xf.Terminals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability battery B1, random pipelines at scale: random pipelines of depth 1 to 6 drawn from
 * every object operation of the transducer catalog ({@link Ops#CATALOG}: stateless, stateful,
 * positional and early-stopping), ending in a random terminal ({@link Terminals#CATALOG}: toList,
 * count, first, last, sums, an associative non-commutative reduce, countBy, groupBy, anyMatch,
 * allMatch), each run over every {@link SourceKind} (15: arrays of objects, ints, longs and
 * doubles, a long range, ArrayList, LinkedList, HashSet, TreeSet, an iterator of unknown size, a
 * spliterator, a stream, vavr List and Vector, the lines of a temp file) with data of every {@link
 * Shape} (empty, one, all duplicates, sorted, reversed, random, sawtooth, with nulls). For every
 * (pipeline, source) pair the sequential result must equal the plain-list model, and each of {@code
 * parafold.battery.parallelRuns} runs on a random parallel executor (split tree, fork/join pools of
 * 1, 2 and 8 and the shared one, a thread pool) with a random chunk policy (fixed 1..64, random
 * split points, auto) must equal both. Exceptions count as results: {@code first} of a null must
 * throw the same exception type everywhere.
 *
 * <p>Knobs: {@code -Dparafold.battery.pipelines=N} (default 2000; the stress tier uses 50000),
 * {@code -Dparafold.battery.parallelRuns=K} (parallel folds per pair, default 2). A failure prints
 * the pipeline, terminal, source, shape, input, executor, chunk policy and seed; replay it with
 * {@code -Dparafold.seed=<seed> -Dparafold.trials=1} (thread timing aside, a case is a pure
 * function of its seed). Figures go to {@code target/battery-figures.tsv} via {@link Figures}. No
 * timing thresholds: the test has a 30-minute hang guard instead of the build's 60-second default
 * watchdog, which a busy machine (and the stress tier, always) would exceed.
 */
class RandomPipelinesTest {
  static final String TEST = "B1 random pipelines";
  static final int PIPELINES = Integer.getInteger("parafold.battery.pipelines", 2000);
  static final int PARALLEL_RUNS = Integer.getInteger("parafold.battery.parallelRuns", 2);
  private static final boolean REPLAYING = System.getProperty("parafold.seed") != null;

  private static ForkJoinPool pool1;
  private static ForkJoinPool pool2;
  private static ForkJoinPool pool8;
  private static ExecutorService threads;
  private static List<Battery.Exec> executors;

  @BeforeAll
  static void startPools() {
    pool1 = new ForkJoinPool(1);
    pool2 = new ForkJoinPool(2);
    pool8 = new ForkJoinPool(8);
    threads = Executors.newFixedThreadPool(4);
    executors =
        List.of(
            new Battery.Exec("split-tree(4)", new SplitTreeExecutor(4)),
            new Battery.Exec("fork-join pool(1)", ForkJoinExecutor.on(pool1)),
            new Battery.Exec("fork-join pool(2)", ForkJoinExecutor.on(pool2)),
            new Battery.Exec("fork-join pool(8)", ForkJoinExecutor.on(pool8)),
            new Battery.Exec("fork-join shared", ForkJoinExecutor.shared()),
            new Battery.Exec("thread-pool(4)", ThreadPoolFoldExecutor.on(threads, 4)));
  }

  @AfterAll
  static void stopPools() throws InterruptedException {
    for (ExecutorService s : List.of(pool1, pool2, pool8, threads)) {
      s.shutdownNow();
      s.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /**
   * The build's default watchdog (60 s per test) is shorter than this test may take on two busy
   * cores; this one is a hang guard only, as long as the stress profile's.
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void randomPipelinesAgreeWithModelAndSequentialOnEveryExecutor(@TempDir Path dir) {
    Battery b = new Battery(Ops.CATALOG, Terminals.CATALOG, executors, PARALLEL_RUNS, dir);
    long start = System.nanoTime();
    try {
      Gen.forAll(
          TEST,
          PIPELINES,
          gen -> {
            List<String> found = b.runCase(gen);
            if (!found.isEmpty()) {
              throw new AssertionError(
                  found.size()
                      + " mismatching runs in this case; the first:\n"
                      + found.get(0)
                      + (found.size() > 1 ? "\nthe second:\n" + found.get(1) : ""));
            }
          });
    } finally {
      Figures.record(TEST, "pipelines generated", b.pipelines);
      Figures.record(TEST, "(pipeline, source) pairs checked", b.pairs);
      Figures.record(TEST, "folds run", b.folds);
      Figures.record(TEST, "mismatches", b.mismatches);
      Figures.record(TEST, "pairs with a non-empty pipeline output", b.nonEmptyOutputs);
      Figures.record(
          TEST, "pairs whose result is an exception (first/last of null)", b.throwingPairs);
      Figures.record(
          TEST,
          "distinct operations covered",
          b.opsUsed.size() + " of " + Ops.CATALOG.size() + " " + b.opsUsed);
      Figures.record(TEST, "terminals covered", b.terminalsUsed.size() + " " + b.terminalsUsed);
      Figures.record(TEST, "source kinds", b.sourcesUsed.size() + " " + b.sourcesUsed);
      Figures.record(TEST, "executors", b.executorsUsed.size() + " " + b.executorsUsed);
      Figures.record(TEST, "chunk policies", b.chunkKindsUsed);
      Figures.record(
          TEST, "elapsed seconds", String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }
    assertEquals(0, b.mismatches, "mismatches");
    assertEquals(PIPELINES == 0 || REPLAYING ? b.pipelines : PIPELINES, b.pipelines);
    assertEquals(b.pipelines * SourceKind.values().length, b.pairs, "pairs");
    if (!REPLAYING && PIPELINES >= 500) {
      // Coverage must not shrink silently.
      assertEquals(Ops.CATALOG.keySet(), b.opsUsed.keySet(), "catalog operations used");
      assertEquals(Terminals.CATALOG.keySet(), b.terminalsUsed, "terminals used");
      assertEquals(names(SourceKind.values()), b.sourcesUsed, "source kinds used");
      assertEquals(names(Shape.values()), b.shapesUsed, "shapes used");
      assertEquals(
          executors.stream().map(Battery.Exec::name).collect(Collectors.toCollection(TreeSet::new)),
          b.executorsUsed,
          "executors used");
      assertEquals(3, b.chunkKindsUsed.size(), "chunk policy kinds used");
      assertTrue(SourceKind.values().length >= 12);
    }
  }

  /**
   * The battery has teeth: a stage that is right on one chunk but merges chunks in the wrong order
   * (declared STATELESS, its combine swaps left and right) is reported, as a parallel mismatch and
   * never as a sequential one.
   */
  @Test
  void plantedBrokenStageIsReported(@TempDir Path dir) {
    Map<String, Ops.Factory> broken =
        Map.of(
            "swapCombine",
            g -> new Ops.Op("swapCombine", "swapCombine", new SwapCombine(), in -> in));
    Map<String, Terminals.Factory> toList = Map.of("toList", Terminals.CATALOG.get("toList"));
    Battery b = new Battery(broken, toList, executors, 2, dir);
    List<String> found = new ArrayList<>();
    for (long seed = 1; seed <= 30; seed++) {
      found.addAll(b.runCase(new Gen(seed)));
    }
    Figures.record(TEST, "planted swapCombine: mismatches found in 30 cases", b.mismatches);
    assertTrue(b.mismatches > 0, "the battery missed a combine that swaps chunks");
    for (String f : found) {
      assertTrue(f.startsWith("parallel != sequential"), f);
      assertTrue(f.contains("swapCombine") && f.contains("seed: "), f);
    }
  }

  private static TreeSet<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }
}
