package dev.parafold.exec;

/**
 * What an executor gives the {@link SplitDriver}: a way to run two halves of a split, possibly in
 * parallel, after Rayon's {@code join_context}. Everything else (leaf sizing, offsets, batches,
 * early stop, ordered merge, failures, cancellation) is the driver's.
 *
 * @implSpec
 *     <ul>
 *       <li>{@link #join} runs {@code left} on the calling thread and {@code right} on the calling
 *           thread or another one, and returns only after both returned. It tells {@code right}
 *           whether it ran on a thread other than the caller ({@code stolen}), which is where
 *           adaptive splitting splits once more.
 *       <li>Tasks never throw: the driver records every failure in the tree.
 *       <li>A {@code join} called from inside a task must not wait in a way that needs another
 *           thread to make progress (run the right half itself if nobody has started it), so nested
 *           joins and saturated pools cannot deadlock.
 *     </ul>
 *
 * @since 0.2
 */
public interface Scheduler {

  /** One half of a join. */
  @FunctionalInterface
  interface Task {
    /** Runs the half; {@code stolen} when it runs on a thread other than the one that joined. */
    void run(boolean stolen);

    /** What the task folds, for error messages (a root task names the opened source). */
    default String describe() {
      return "a fold";
    }
  }

  /** How many tasks may run at once: sizes chunks under {@link ChunkPolicy#auto()}. */
  int parallelism();

  /** Runs both halves, {@code right} possibly in parallel; returns when both returned. */
  void join(Task left, Task right);

  /**
   * Runs the root task of a fold and returns when it returned, or when {@code run} was stopped
   * before any thread started it (then it never runs). The default runs it on the caller.
   */
  default void root(Task root, FoldRun run) {
    root.run(false);
  }

  /**
   * Whether the calling thread is one of this scheduler's workers (a nested fold): its interrupt
   * flag is then the pool's business, not a request to stop the fold.
   */
  default boolean callerIsWorker() {
    return false;
  }
}
