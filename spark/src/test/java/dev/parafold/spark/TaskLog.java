package dev.parafold.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.TaskKilled;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;

/**
 * What the driver's scheduler saw of task attempts (a listener; events arrive asynchronously): the
 * attempts running now, and how ended ones ended.
 */
final class TaskLog extends SparkListener {
  private final Map<Long, TaskInfo> running = new ConcurrentHashMap<>();
  final AtomicInteger succeeded = new AtomicInteger();
  final AtomicInteger executorLost = new AtomicInteger();
  final AtomicInteger killed = new AtomicInteger();
  final AtomicInteger otherFailures = new AtomicInteger();

  @Override
  public void onTaskStart(SparkListenerTaskStart start) {
    running.put(start.taskInfo().taskId(), start.taskInfo());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    running.remove(end.taskInfo().taskId());
    if (end.taskInfo().successful()) {
      succeeded.incrementAndGet();
    } else if (end.reason() instanceof ExecutorLostFailure) {
      executorLost.incrementAndGet();
    } else if (end.reason() instanceof TaskKilled) {
      killed.incrementAndGet();
    } else {
      otherFailures.incrementAndGet();
    }
  }

  /** Forgets the counts (not the running attempts). */
  void reset() {
    succeeded.set(0);
    executorLost.set(0);
    killed.set(0);
    otherFailures.set(0);
  }

  /** Attempts started and not yet ended. */
  List<TaskInfo> running() {
    return new ArrayList<>(running.values());
  }

  /** The executor of an attempt that has been running for at least {@code millis}, or null. */
  String executorRunningFor(long millis) {
    long now = System.currentTimeMillis();
    for (TaskInfo t : running.values()) {
      if (now - t.launchTime() >= millis) {
        return t.executorId();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "succeeded "
        + succeeded
        + ", lost with their executor "
        + executorLost
        + ", killed "
        + killed
        + ", other failures "
        + otherFailures
        + ", running "
        + running.size();
  }
}
