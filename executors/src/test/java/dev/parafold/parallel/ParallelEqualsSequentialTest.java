package dev.parafold.parallel;

import static dev.parafold.parallel.Fixtures.filter;
import static dev.parafold.parallel.Fixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.SequentialExecutor;
import dev.parafold.parallel.Fixtures.Limit;
import dev.parafold.parallel.Fixtures.Scenario;
import dev.parafold.parallel.Fixtures.SourceKind;
import dev.parafold.parallel.Fixtures.TakeWhile;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.Figures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parallel == sequential: every executor scenario (sequential, split-tree with fixed(1), (2), (7)
 * and random trees, fork/join on the common pool and on pools of 1, 2 and 8, deterministic, a
 * parallelism cap, the thread-pool executor) over every source kind, for random pipelines that
 * include early-stopping reducers. The expected value is the sequential fold of an object array of
 * the same data, so the sources are checked against each other too. Replay a failure with the
 * printed seed: {@code -Dparafold.seed=...}.
 */
final class ParallelEqualsSequentialTest {
  private static final int TRIALS_PER_PAIR = 30;
  private static final int[] SIZES = {0, 1, 2, 3, 7, 16, 17, 100, 1000, 2500};

  private static Fixtures.Pools pools;

  @BeforeAll
  static void start() {
    pools = new Fixtures.Pools();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    pools.close();
  }

  /** A named pipeline: a reducer of longs built for input size {@code n}. */
  private record Pipeline(String name, IntFunction<Reducer<Long, ?, ?>> make) {}

  private static final List<Pipeline> TERMINALS =
      List.of(
          new Pipeline("count", n -> Reducers.count()),
          new Pipeline("sum", n -> Reducers.summingLong(x -> x)),
          new Pipeline("toList", n -> Reducers.toList()),
          new Pipeline("first", n -> Reducers.first()),
          new Pipeline("last", n -> Reducers.last()),
          new Pipeline("anyMatch(x%97==13)", n -> Reducers.anyMatch(x -> x % 97 == 13)),
          new Pipeline("allMatch(x<900)", n -> Reducers.allMatch(x -> x < 900)),
          new Pipeline("limit(5)", n -> new Limit(5)),
          new Pipeline("limit(n/2+1)", n -> new Limit(n / 2 + 1)),
          new Pipeline("takeWhile(x%50!=49)", n -> new TakeWhile(x -> x % 50 != 49)),
          new Pipeline("countBy(x%7)", n -> Reducers.countBy(x -> x % 7)),
          new Pipeline("max", n -> Reducers.max(Comparator.<Long>naturalOrder())),
          new Pipeline("topK(3)", n -> Reducers.topK(3, Comparator.<Long>naturalOrder())));

  /** Random pipeline: an optional map and/or filter in front of a terminal. */
  private static Pipeline randomPipeline(SplittableRandom rnd) {
    Pipeline t = TERMINALS.get(rnd.nextInt(TERMINALS.size()));
    switch (rnd.nextInt(4)) {
      case 0:
        return t;
      case 1:
        return new Pipeline("map(3x+1) | " + t.name, n -> map(3, 1, t.make.apply(n)));
      case 2:
        return new Pipeline(
            "filter(x%3!=0) | " + t.name, n -> filter(x -> x % 3 != 0, t.make.apply(n)));
      default:
        return new Pipeline(
            "map(x+5) | filter(x%4<2) | " + t.name,
            n -> map(1, 5, filter(x -> x % 4 < 2, t.make.apply(n))));
    }
  }

  private static long[] randomData(SplittableRandom rnd, SourceKind kind, int n) {
    long[] d = new long[n];
    int shape = kind == SourceKind.RANGE ? 0 : rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      switch (shape) {
        case 0:
          d[i] = i; // sorted, what a range gives
          break;
        case 1:
          d[i] = rnd.nextInt(1000);
          break;
        case 2:
          d[i] = 42; // duplicates
          break;
        default:
          d[i] = n - i; // reversed
      }
    }
    return d;
  }

  @Test
  void everyExecutor_overEverySource_equalsSequential() {
    long seed = Fixtures.seed();
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Scenario> scenarios = pools.scenarios(seed);
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (Scenario sc : scenarios) {
      for (SourceKind kind : SourceKind.values()) {
        for (int trial = 0; trial < TRIALS_PER_PAIR; trial++) {
          int n = SIZES[rnd.nextInt(SIZES.length)];
          long[] data = randomData(rnd, kind, n);
          Pipeline p = randomPipeline(rnd);
          Object expected =
              SequentialExecutor.instance()
                  .fold(
                      SourceKind.ARRAY.of(data),
                      p.make.apply(n),
                      dev.parafold.exec.FoldOptions.defaults());
          Object actual;
          try {
            actual = sc.fold(kind.of(data), p.make.apply(n));
          } catch (RuntimeException | Error e) {
            actual = e;
          }
          checked++;
          if (!expected.equals(actual)) {
            failures.add(
                sc
                    + " over "
                    + kind
                    + " n="
                    + n
                    + ": "
                    + p.name
                    + " gave "
                    + actual
                    + ", expected "
                    + expected);
          }
        }
      }
    }
    Figures.record("B1 engine pipelines", "folds checked", checked);
    Figures.record("B1 engine pipelines", "mismatches", failures.size());
    System.out.printf(
        "[ParallelEqualsSequentialTest] seed=%d: %d folds checked (%d scenarios x %d source kinds"
            + " x %d random pipelines), %d mismatches%n",
        seed,
        checked,
        scenarios.size(),
        SourceKind.values().length,
        TRIALS_PER_PAIR,
        failures.size());
    assertEquals(
        List.of(),
        failures.subList(0, Math.min(10, failures.size())),
        "seed=" + seed + " (replay with -Dparafold.seed=" + seed + ")");
  }

  @Test
  void everyPipeline_onEveryScenario_atChunkBoundaries() {
    // Early stop in the first, a middle and the last chunk: sizes around multiples of the leaf.
    long seed = Fixtures.seed();
    int checked = 0;
    for (Scenario sc : pools.scenarios(seed)) {
      for (int n : new int[] {6, 7, 8, 13, 14, 15, 21}) {
        long[] data = new long[n];
        for (int i = 0; i < n; i++) {
          data[i] = i;
        }
        for (long stopAt : new long[] {0, n / 2, n - 1, n}) {
          Reducer<Long, ?, ?> first = filter(x -> x >= stopAt, Reducers.first());
          Reducer<Long, ?, ?> tw = new TakeWhile(x -> x < stopAt);
          for (Reducer<Long, ?, ?> r : List.of(first, tw)) {
            Object expected =
                SequentialExecutor.instance()
                    .fold(SourceKind.ARRAY.of(data), r, dev.parafold.exec.FoldOptions.defaults());
            assertEquals(
                expected,
                sc.fold(SourceKind.RANGE.of(data), r),
                sc + " n=" + n + " stop at " + stopAt + " seed=" + seed);
            checked++;
          }
        }
      }
    }
    System.out.println("[ParallelEqualsSequentialTest] boundary early stops checked: " + checked);
  }
}
