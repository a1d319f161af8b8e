package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.source.Source;
import dev.parafold.source.Stop;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one split-tree driver: every executor that folds in chunks on this JVM (the split tree on one
 * thread, fork/join, a plain {@code ExecutorService}) runs its folds here and gives only a {@link
 * Scheduler}. The driver sizes and splits chunks, passes exact offsets, pulls bounded batches from
 * sources of unknown size, merges chunk results in encounter order, stops to the right of an early
 * stop or a failure, polls cancellation, and decides which failure the caller sees: the one the
 * sequential fold would throw. {@link #plan} describes the chunks a fold would run, for {@code
 * explain()}.
 *
 * <p>See {@code SplitNode} for the tree walk and its invariants.
 *
 * @since 0.2
 */
public final class SplitDriver {
  private SplitDriver() {}

  /**
   * Folds {@code source} with {@code reducer} on {@code scheduler}.
   *
   * @implSpec Returns or throws only after every chunk stopped. Throws the exception of the
   *     leftmost failing element the sequential fold reaches (the same instance; failures that lost
   *     to it are attached as suppressed, at most {@link FoldRun#MAX_SUPPRESSED}); returns normally
   *     if an early stop left of every failure makes them unreachable; throws {@link
   *     FoldCancelledException} or {@link FoldTimeoutException} when the run was stopped.
   */
  public static <T, A, R> R fold(
      Source<T> source,
      Reducer<? super T, A, R> reducer,
      FoldOptions options,
      Scheduler scheduler) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reducer, "reducer");
    Objects.requireNonNull(options, "options");
    Source<T> open = source.open();
    int p = parallelism(scheduler.parallelism(), options);
    boolean capped = options.maxParallelism() > 0;
    boolean inline = SplitRun.inlineBySize(options.chunks(), open, p, capped);
    if (inline && plain(options)) {
      // small: no run state, no task, no sample (a nested fold this small ignores its outer stop)
      A acc = reducer.init(0);
      if (!(reducer.mayStop() && reducer.isDone(acc))) {
        acc = open.reduce(reducer, acc, Stop.NEVER);
      }
      return reducer.complete(acc);
    }
    FoldRun control = new FoldRun(options);
    if (!scheduler.callerIsWorker()) {
      control.watchInterruptsOf(Thread.currentThread());
    }
    SplitRun<T, A> run = new SplitRun<>(reducer, options, p, control, scheduler, open);
    SplitNode<T, A> root =
        new SplitNode<>(run, null, open, 0, 0, options.chunks().newRandom(), false);
    root.inline = inline;
    root.maySweep = true;
    scheduler.root(root, control);
    return finish(run, root, reducer);
  }

  private static boolean plain(FoldOptions o) {
    return o.cancelHandle() == null && o.timeout() == null && o.context() == null;
  }

  /** The parallelism a fold plans for: the scheduler's, capped by the options. */
  static int parallelism(int schedulerParallelism, FoldOptions options) {
    int p = Math.max(1, schedulerParallelism);
    return options.maxParallelism() > 0 ? Math.min(p, options.maxParallelism()) : p;
  }

  private static <T, A, R> R finish(
      SplitRun<T, A> run, SplitNode<T, A> root, Reducer<? super T, A, R> r) {
    FoldRun control = run.control;
    if (root.state == SplitNode.FAILED) {
      Throwable winner = root.failure;
      if (root.hasBefore && root.failedLeaf != null && dependsOnItsLeft(r)) {
        // The failed chunk ran from its own start; the sequential fold reaches it with everything
        // to its left folded in, which can change what it does before the failing element: stop
        // (a limit whose offsets were unknown), or pass on first the elements that a stateful
        // stage held back to decide at merge time (dedupe, dropWhile, partitionAll), so that an
        // earlier element fails first. Fold that chunk again from there, on this thread, to see.
        // (Its elements before the failure are stepped twice; stateless folds that never stop
        // early cannot behave differently, and are not folded again.)
        A replayed = null;
        Stop outer = FoldRun.enterChunk(control);
        try {
          replayed = root.failedLeaf.reduce(r, root.before, control);
        } catch (Throwable t) {
          winner = t; // the failure the sequential fold meets
        } finally {
          FoldRun.exitChunk(outer);
        }
        if (winner == root.failure && replayed != null && r.isDone(replayed)) {
          control.throwIfStopped();
          return r.complete(replayed);
        }
      }
      control.fail(winner, root.where());
      Map<Throwable, Boolean> seen = new IdentityHashMap<>();
      seen.put(winner, true);
      for (Throwable t : run.lost) {
        if (seen.put(t, true) == null) {
          control.fail(t, null);
        }
      }
    }
    control.throwIfStopped();
    if (root.state != SplitNode.VALUE) {
      throw new IllegalStateException(
          "fold ended without a result: reducer "
              + r.describe()
              + " reported a chunk done but its combine did not stay done");
    }
    return r.complete(root.acc);
  }

  /**
   * Whether a chunk's behaviour can depend on what is left of it: a reducer that may stop early, or
   * stages that keep state across elements (held-back prefixes, edges, seen keys).
   */
  private static boolean dependsOnItsLeft(Reducer<?, ?, ?> r) {
    return r.mayStop() || r.strategy() != Strategy.STATELESS;
  }

  /**
   * The chunks a fold of {@code source} with {@code options} on a scheduler of {@code parallelism}
   * would run, without folding anything. Opens re-runnable sources (to see how they split); never
   * opens single-pass ones.
   */
  public static ChunkPlan plan(Source<?> source, FoldOptions options, int parallelism) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    return ChunkPlanner.plan(source, options, parallelism(parallelism, options));
  }
}
