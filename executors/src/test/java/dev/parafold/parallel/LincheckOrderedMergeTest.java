package dev.parafold.parallel;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.LongPred;
import dev.parafold.parallel.Fixtures.Limit;
import dev.parafold.parallel.Fixtures.TakeWhile;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import kotlin.Unit;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Battery B12 for the fork/join split tree (the {@code SplitDriver} on {@code ForkJoinScheduler}):
 * the ordered merge of left and right accumulators and the early-stop boundary (a done leaf cancels
 * every task to its right). Each scenario runs a real fold through {@link ForkJoinExecutor} on a
 * fresh {@code ForkJoinPool(2)}, over five elements with a leaf size of 1 (so four splits, four
 * forks and five leaves), and checks that the result equals the sequential one under every
 * interleaving Lincheck explores of the pool's workers and the waiting caller.
 *
 * <p>Cost: Lincheck does drive the pool's internals (worker start, fork, steal, the caller's timed
 * wait, our helpJoin spin-then-park, shutdown), but one invocation costs about 1 to 2 s, so the PR
 * tier explores 3 interleavings per target (about 20 s for the four) and the stress tier ({@code
 * -Pstress}, or {@code -Dparafold.lincheck.forkjoin=300}) 300 per target. The FoldRun targets and
 * the planted bug ({@link LincheckFoldRunTest}, {@link LincheckPlantedBugTest}) run their 300 or
 * more invocations in the PR tier.
 *
 * <p>The reducers are named classes (Lincheck does not explore Java lambdas): a list-collecting
 * reducer that never stops, {@code limit(2)}, a takeWhile that stops inside the input, and a
 * findFirst whose match has another match to its right (a merge that let a right result win would
 * return 8 instead of 6).
 */
@Tag("lincheck") // runs in its own surefire execution (see executors/pom.xml)
final class LincheckOrderedMergeTest {
  private static final long[] DATA = {1, 6, 3, 8, 2};
  static final int FORK_JOIN_INVOCATIONS = Integer.getInteger("parafold.lincheck.forkjoin", 3);

  /** Collects every element in order; never done. */
  static final class Collect implements Reducer<Long, List<Long>, List<Long>> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Long> init() {
      return new ArrayList<>();
    }

    @Override
    public List<Long> step(List<Long> acc, Long t) {
      acc.add(t);
      return acc;
    }

    @Override
    public List<Long> combine(List<Long> left, List<Long> right) {
      left.addAll(right);
      return left;
    }

    @Override
    public List<Long> complete(List<Long> acc) {
      return acc;
    }
  }

  /** The first element above a bound, as a one-element list (empty if none); done once found. */
  static final class FirstAbove implements Reducer<Long, List<Long>, List<Long>> {
    private static final long serialVersionUID = 1L;
    private final long bound;

    FirstAbove(long bound) {
      this.bound = bound;
    }

    @Override
    public List<Long> init() {
      return new ArrayList<>(1);
    }

    @Override
    public List<Long> step(List<Long> acc, Long t) {
      if (acc.isEmpty() && t > bound) {
        acc.add(t);
      }
      return acc;
    }

    @Override
    public List<Long> combine(List<Long> left, List<Long> right) {
      return left.isEmpty() ? right : left;
    }

    @Override
    public List<Long> complete(List<Long> acc) {
      return acc;
    }

    @Override
    public boolean isDone(List<Long> acc) {
      return !acc.isEmpty();
    }

    @Override
    public boolean mayStop() {
      return true;
    }
  }

  /** {@code x < 5}. */
  static final class Below5 implements LongPred {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean test(long x) {
      return x < 5;
    }
  }

  /** One fold on a fresh ForkJoinPool(2), compared with the sequential fold. */
  static final class OrderedFoldScenario implements Function0<Unit> {
    private final Reducer<Long, ?, List<Long>> reducer;
    private final List<Long> expected;

    OrderedFoldScenario(Reducer<Long, ?, List<Long>> reducer) {
      this.reducer = reducer;
      this.expected =
          SequentialExecutor.instance().fold(Sources.longs(DATA), reducer, FoldOptions.defaults());
    }

    @Override
    public Unit invoke() {
      ForkJoinPool pool = new ForkJoinPool(2);
      try {
        List<Long> got =
            ForkJoinExecutor.on(pool).fold(Sources.longs(DATA), reducer, Fixtures.fixed(1));
        LincheckFoldRunTest.check(
            expected.equals(got), reducer.describe() + ": got " + got + ", sequential " + expected);
      } finally {
        pool.shutdownNow();
        try {
          pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Unit.INSTANCE;
    }
  }

  @Test
  void collectMergesInOrder() {
    LincheckFoldRunTest.runScenario(
        "fork/join collect", new OrderedFoldScenario(new Collect()), FORK_JOIN_INVOCATIONS);
  }

  @Test
  void firstMatchStopsAtTheBoundary() {
    LincheckFoldRunTest.runScenario(
        "fork/join findFirst", new OrderedFoldScenario(new FirstAbove(5)), FORK_JOIN_INVOCATIONS);
  }

  @Test
  void limitStopsAtTheBoundary() {
    LincheckFoldRunTest.runScenario(
        "fork/join limit(2)", new OrderedFoldScenario(new Limit(2)), FORK_JOIN_INVOCATIONS);
  }

  @Test
  void takeWhileStopsAtTheBoundary() {
    LincheckFoldRunTest.runScenario(
        "fork/join takeWhile",
        new OrderedFoldScenario(new TakeWhile(new Below5())),
        FORK_JOIN_INVOCATIONS);
  }
}
