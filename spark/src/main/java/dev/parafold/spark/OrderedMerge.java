package dev.parafold.spark;

import dev.parafold.exec.FoldRun;
import dev.parafold.reduce.Reducer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/*
 * Runs the jobs that fold the partitions and merges their partial accumulators in partition order.
 *
 * Three modes, chosen by SparkJobPlan:
 *  - BATCHES (the reducer may stop early): like RDD.take, partitions run in growing batches in
 *    index order (first batch = the executor's parallelism, then x scaleUp); after each batch the
 *    partials are combined left to right onto the merged prefix, and no further batch is submitted
 *    once reducer.isDone(prefix). The result equals the local fold because combine(done, x) is done
 *    and ignores x (Reducer contract), so dropping the partitions to the right changes nothing.
 *  - ONE_JOB: a single job over all partitions; the (index, acc) partials are collected, sorted by
 *    index and combined left to right on the driver.
 *  - TREE (many partitions): partials are grouped by index / fanIn with a shuffle, each group
 *    sorted and combined on an executor, level by level, until few enough remain to collect. Each
 *    group is a run of adjacent partitions, so combine still only merges a chunk with its right
 *    neighbour. (Spark's treeAggregate groups by index modulo the level's width, which is not
 *    adjacent, and RDD.fold merges in finish order: neither keeps order.)
 *
 * A partial may carry a failure instead (its task threw on the last attempt Spark allows): in
 * every mode the merge stops at the first failure in index order unless the prefix before it is
 * done, so the fold throws exactly the failure the sequential fold reaches, or none.
 *
 * Every job runs on a helper thread inside its own Spark job group; the caller polls its FoldRun
 * (cancel handle, deadline, interrupt) and cancels the group when asked to stop. No accumulators
 * are used: partials come back only as task results, which Spark keeps exactly once per partition
 * even when a task is retried or speculated.
 */
final class OrderedMerge {
  private OrderedMerge() {}

  static <A> A run(
      JavaSparkContext sc,
      JavaRDD<Partial<A>> partials,
      SparkJobPlan plan,
      Reducer<?, A, ?> r,
      FoldRun run,
      String description) {
    int n = plan.partitions;
    switch (plan.mode) {
      case BATCHES:
        {
          A prefix = null;
          boolean any = false;
          int next = 0;
          int batch = Math.max(1, plan.firstBatch);
          while (next < n) {
            int size = Math.min(batch, n - next);
            int[] ids = new int[size];
            for (int i = 0; i < size; i++) {
              ids[i] = next + i;
            }
            plan.recordBatch(size);
            List<Partial<A>>[] got =
                await(
                    sc,
                    description + " partitions " + next + ".." + (next + size - 1),
                    () -> partials.collectPartitions(ids),
                    run);
            next += size;
            long t0 = System.nanoTime();
            int merged = 0;
            for (List<Partial<A>> list : got) {
              for (Partial<A> p : list) {
                if (any && r.isDone(prefix)) {
                  break; // a failure to the right of a done prefix is not reached
                }
                if (p.failure != null) {
                  throw SparkFailures.ofPartition(p.failure);
                }
                prefix = any ? r.combine(prefix, p.acc) : p.acc;
                any = true;
                merged++;
              }
            }
            plan.recordDriverMerge(merged, System.nanoTime() - t0);
            if (any && r.isDone(prefix)) {
              plan.recordStop(next);
              return prefix;
            }
            batch = (int) Math.min((long) batch * plan.scaleUp, Integer.MAX_VALUE);
          }
          return any ? prefix : r.init(0);
        }
      case TREE:
        {
          JavaRDD<Partial<A>> level = partials;
          int count = n;
          int fanIn = plan.fanIn;
          while (count > plan.treeAbove) {
            int groups = (count + fanIn - 1) / fanIn;
            level = mergeLevel(level, r, fanIn, groups);
            count = groups;
            plan.recordTreeLevel(groups);
          }
          JavaRDD<Partial<A>> top = level;
          plan.recordBatch(n);
          return timedMerge(await(sc, description, top::collect, run), r, plan);
        }
      default:
        plan.recordBatch(n);
        return timedMerge(await(sc, description, partials::collect, run), r, plan);
    }
  }

  private static <A> A timedMerge(
      List<Partial<A>> partials, Reducer<?, A, ?> r, SparkJobPlan plan) {
    long t0 = System.nanoTime();
    A acc = mergeOnDriver(partials, r);
    plan.recordDriverMerge(partials.size(), System.nanoTime() - t0);
    return acc;
  }

  private static <A> JavaRDD<Partial<A>> mergeLevel(
      JavaRDD<Partial<A>> level, Reducer<?, A, ?> r, int fanIn, int groups) {
    return level
        .mapToPair(p -> new Tuple2<>(p.index / fanIn, p))
        .groupByKey(groups)
        .map(
            group -> {
              List<Partial<A>> parts = new ArrayList<>();
              group._2().forEach(parts::add);
              return mergeInOrder(parts, r, group._1());
            });
  }

  /**
   * Sorts by index and combines left to right; throws the first failure that the sequential fold
   * would reach (none once the prefix is done).
   */
  static <A> A mergeOnDriver(List<Partial<A>> partials, Reducer<?, A, ?> r) {
    Partial<A> merged = mergeInOrder(partials, r, 0);
    if (merged.failure != null) {
      throw SparkFailures.ofPartition(merged.failure);
    }
    return merged.acc;
  }

  /**
   * Sorts by index and combines left to right into one partial keyed {@code index}: the combined
   * accumulator, or the first failure not preceded by a done prefix.
   */
  static <A> Partial<A> mergeInOrder(List<Partial<A>> partials, Reducer<?, A, ?> r, int index) {
    List<Partial<A>> sorted = new ArrayList<>(partials);
    Collections.sort(sorted, Comparator.comparingInt(p -> p.index));
    A acc = null;
    boolean any = false;
    for (Partial<A> p : sorted) {
      if (any && r.isDone(acc)) {
        break;
      }
      if (p.failure != null) {
        return Partial.failed(index, p.failure);
      }
      acc = any ? r.combine(acc, p.acc) : p.acc;
      any = true;
    }
    return new Partial<>(index, any ? acc : r.init(0));
  }

  /**
   * Runs {@code job} in its own job group on a helper thread; cancels it when {@code run} stops.
   */
  static <X> X await(JavaSparkContext sc, String description, Callable<X> job, FoldRun run) {
    String group = "parafold-" + UUID.randomUUID();
    CompletableFuture<X> result = new CompletableFuture<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                sc.setJobGroup(group, description, true);
                result.complete(job.call());
              } catch (Throwable t) {
                result.completeExceptionally(t);
              } finally {
                sc.clearJobGroup();
              }
            },
            "parafold-spark-job");
    worker.setDaemon(true);
    worker.start();
    boolean cancelled = false;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          X x = result.get(50, TimeUnit.MILLISECONDS);
          if (cancelled) {
            run.throwIfStopped();
          }
          return x;
        } catch (TimeoutException e) {
          if (!cancelled && run.stopRequested()) {
            sc.cancelJobGroup(group);
            cancelled = true;
          }
        } catch (InterruptedException e) {
          interrupted = true;
          run.interrupted();
          if (!cancelled) {
            sc.cancelJobGroup(group);
            cancelled = true;
          }
        } catch (ExecutionException e) {
          if (cancelled) {
            run.throwIfStopped();
          }
          throw SparkFailures.rethrow(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
