package dev.parafold.forkjoin;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Folds on a plain {@link ExecutorService} that the caller supplies, for applications that must run
 * their work on their own threads (a container-managed pool, threads with a security or logging
 * context). Use {@link ForkJoinExecutor} otherwise: it splits adaptively and helps instead of
 * waiting.
 *
 * <pre>{@code
 * ExecutorService threads = Executors.newFixedThreadPool(4);
 * FoldExecutor exec = ThreadPoolFoldExecutor.on(threads, 4);
 * long n = exec.fold(Sources.range(0, 1_000_000), Reducers.count(), FoldOptions.defaults());
 * }</pre>
 *
 * @implSpec
 *     <ul>
 *       <li>The caller splits the source into leaf chunks by the chunk policy (the same split tree
 *           as {@link SplitTreeExecutor} and {@link ForkJoinExecutor} for a {@code fixed} or {@code
 *           random} policy), submits at most {@code 2 x parallelism} of them at a time (or {@code
 *           maxParallelism}), and merges their accumulators with {@link Reducer#combine} in the
 *           tree order, left then right. Results equal sequential ones.
 *       <li>While it waits for the next chunk in encounter order, the caller runs that chunk itself
 *           if no pool thread has started it yet, so a busy or saturated pool cannot stall the
 *           fold; a chunk the pool rejects also runs on the caller.
 *       <li>Early stop: when a chunk's accumulator is {@link Reducer#isDone done}, every chunk to
 *           its right stops at its next poll or is never started; chunks to its left finish.
 *       <li>The first exception a chunk throws stops every other chunk and is rethrown as the same
 *           instance (later ones suppressed); a {@link dev.parafold.exec.CancelHandle}, a timeout
 *           or an interrupt of the waiting caller end the fold with {@link
 *           dev.parafold.exec.FoldCancelledException} or {@link
 *           dev.parafold.exec.FoldTimeoutException} (the interrupt flag is restored).
 *       <li>The call returns or throws only after every chunk it submitted has finished or was
 *           withdrawn before starting: no element is stepped after it returned.
 *       <li>A fold started from inside a chunk that this executor runs (a nested fold) runs inline
 *           on the current thread as a {@link SplitTreeExecutor} would, so nested folds can never
 *           deadlock by waiting for threads of a saturated pool.
 *       <li>Sources of unknown size ({@link Source#batched() iterators}) are pulled on the caller
 *           thread in batches of 256 growing to 65536 elements, at most {@code 2 x parallelism}
 *           chunks in flight, so memory stays bounded.
 *     </ul>
 *
 * @implNote The service is never shut down by this executor. Waiting is by short timed waits (20
 *     ms) so that a cancel handle or a deadline is noticed even when every pool thread is busy
 *     elsewhere.
 * @since 0.1
 */
public final class ThreadPoolFoldExecutor implements FoldExecutor {
  private static final int FIRST_BATCH = 256;
  private static final int MAX_BATCH = 1 << 16;
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  /** The services whose chunks the current thread is running (nested folds run inline). */
  private static final ThreadLocal<ExecutorService> RUNNING_IN = new ThreadLocal<>();

  private final ExecutorService service;
  private final int parallelism;

  private ThreadPoolFoldExecutor(ExecutorService service, int parallelism) {
    this.service = service;
    this.parallelism = parallelism;
  }

  /**
   * An executor on {@code service}, assuming {@code parallelism} threads.
   *
   * @throws IllegalArgumentException if {@code parallelism < 1}
   */
  public static ThreadPoolFoldExecutor on(ExecutorService service, int parallelism) {
    Objects.requireNonNull(service, "service");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    return new ThreadPoolFoldExecutor(service, parallelism);
  }

  /**
   * An executor on {@code service}; its parallelism is the maximum pool size of a {@link
   * ThreadPoolExecutor} (at most the number of processors times 4), the parallelism of a {@link
   * ForkJoinPool}, and the number of processors otherwise.
   */
  public static ThreadPoolFoldExecutor on(ExecutorService service) {
    Objects.requireNonNull(service, "service");
    int cpus = Runtime.getRuntime().availableProcessors();
    int p = cpus;
    if (service instanceof ThreadPoolExecutor) {
      p = Math.min(((ThreadPoolExecutor) service).getMaximumPoolSize(), 4 * cpus);
    } else if (service instanceof ForkJoinPool) {
      p = ((ForkJoinPool) service).getParallelism();
    }
    return new ThreadPoolFoldExecutor(service, Math.max(1, p));
  }

  @Override
  public <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> r, FoldOptions options) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(r, "reducer");
    Objects.requireNonNull(options, "options");
    if (RUNNING_IN.get() == service) {
      return new SplitTreeExecutor(parallelism).fold(source, r, options);
    }
    FoldRun control = new FoldRun(options);
    control.watchInterruptsOf(Thread.currentThread());
    Source<T> open = source.open();
    int p =
        options.maxParallelism() > 0
            ? Math.min(parallelism, options.maxParallelism())
            : parallelism;
    int window = options.maxParallelism() > 0 ? p : 2 * p;
    Run<T, A> run = new Run<>(this, r, control, open, options.chunks(), p, window);
    A acc = null;
    try {
      acc = run.execute();
    } catch (Throwable e) { // splitting, pulling a batch or combine threw on the calling thread
      control.fail(e, "on the calling thread, splitting or merging " + open.describe());
    } finally {
      run.awaitAll();
    }
    control.throwIfStopped();
    return r.complete(acc);
  }

  @Override
  public int parallelism() {
    return parallelism;
  }

  @Override
  public String describe() {
    return "thread-pool("
        + service.getClass().getSimpleName()
        + ", parallelism "
        + parallelism
        + ")";
  }

  // ---- one fold run ----------------------------------------------------------------------------

  /**
   * The caller's side of one fold. The split tree is walked depth first into a post-order program
   * of {@code LEAF} and {@code COMBINE} steps; leaves are submitted ahead (a bounded window), and
   * the caller evaluates the program on a value stack, so the merge tree is exactly the split tree.
   */
  private static final class Run<T, A> {
    private static final Object IGNORED = new Object(); // a leaf right of an early stop

    final ThreadPoolFoldExecutor exec;
    final Reducer<? super T, A, ?> r;
    final FoldRun control;
    final Source<T> source;
    final ChunkPolicy policy;
    final long leafSize;
    final int window;

    /** Index of the leftmost leaf whose accumulator is done; leaves right of it stop. */
    final AtomicLong stopIndex = new AtomicLong(Long.MAX_VALUE);

    final ArrayDeque<Object> program = new ArrayDeque<>(); // Leaf or COMBINE, not yet evaluated
    final ArrayDeque<Leaf<T, A>> submitted = new ArrayDeque<>(); // handed out, not evaluated
    final ArrayDeque<Node<T>> splitStack = new ArrayDeque<>();
    long nextLeafIndex;
    int inFlight;
    long batchOffset;
    int batch = FIRST_BATCH;
    boolean sourceExhausted;
    boolean interrupted;

    Run(
        ThreadPoolFoldExecutor exec,
        Reducer<? super T, A, ?> r,
        FoldRun control,
        Source<T> source,
        ChunkPolicy policy,
        int parallelism,
        int window) {
      this.exec = exec;
      this.r = r;
      this.control = control;
      this.source = source;
      this.policy = policy;
      this.window = window;
      long n = source.size();
      boolean auto = policy.kind() == ChunkPolicy.Kind.AUTO;
      if (n >= 0) {
        this.leafSize = policy.leafSize(n, parallelism);
      } else {
        this.leafSize = auto ? MAX_BATCH : policy.leafSize(MAX_BATCH, parallelism);
      }
      if (!source.batched()) {
        splitStack.push(new Node<>(source, 0, 0, policy.newRandom(), false));
        sourceExhausted = true;
      }
    }

    /** Evaluates the program; returns the accumulator of the whole input. */
    @SuppressWarnings("unchecked")
    A execute() {
      ArrayDeque<Object> values = new ArrayDeque<>();
      while (!control.stopRequested()) {
        fill();
        Object step = program.poll();
        if (step == null) {
          break;
        }
        if (step == IGNORED) {
          values.push(IGNORED);
          continue;
        }
        if (step == COMBINE) {
          Object right = values.pop();
          Object left = values.pop();
          if (right == IGNORED || left == IGNORED || r.isDone((A) left)) {
            values.push(left);
          } else {
            values.push(r.combine((A) left, (A) right));
          }
          continue;
        }
        Leaf<T, A> leaf = (Leaf<T, A>) step;
        if (leaf.index > stopIndex.get()) {
          withdraw(leaf);
          values.push(IGNORED);
          continue;
        }
        await(leaf);
        if (!leaf.ok) {
          values.push(IGNORED); // stopped: the run is stopped or a leaf to the left is done
          continue;
        }
        values.push(leaf.result);
      }
      if (control.stopRequested()) {
        return null; // throwIfStopped will throw
      }
      if (values.isEmpty()) {
        return r.init(0); // an empty source of unknown size: no batch at all
      }
      if (values.size() != 1 || values.peek() == IGNORED) {
        throw new IllegalStateException(
            "fold ended without a result: reducer "
                + r.describe()
                + " reported a chunk done but its combine did not stay done");
      }
      return (A) values.pop();
    }

    /** Walks the split tree (and pulls batches) until the window is full or the tree is done. */
    private void fill() {
      while (true) {
        // Once a leaf is done, every leaf still to come is right of it: the rest of the tree is
        // emitted unsplit as IGNORED, so that the pending COMBINE steps still pair up.
        boolean skipping = nextLeafIndex > stopIndex.get();
        if (!skipping && (inFlight >= window || control.stopRequested())) {
          return;
        }
        if (splitStack.isEmpty() && (skipping || sourceExhausted || !nextBatch())) {
          return;
        }
        Node<T> node = splitStack.pop();
        if (node == COMBINE_NODE) {
          program.add(COMBINE);
          continue;
        }
        if (skipping) {
          program.add(IGNORED);
          if (node.combineAfter) {
            program.add(COMBINE);
          }
          continue;
        }
        Split<T> split = trySplit(node);
        if (split == null) {
          Leaf<T, A> leaf = new Leaf<>(this, node.source, node.offset, nextLeafIndex++);
          program.add(leaf);
          submit(leaf);
          if (node.combineAfter) {
            program.add(COMBINE);
          }
          continue;
        }
        long leftSize = split.left().size();
        long rightOffset =
            node.offset >= 0 && leftSize >= 0 ? node.offset + leftSize : Reducer.UNKNOWN_OFFSET;
        SplittableRandom rightRandom = node.random == null ? null : node.random.split();
        // post-order: left, right, combine (then the parent's pending combine, if any)
        if (node.combineAfter) {
          splitStack.push(comboMarker());
        }
        splitStack.push(comboMarker());
        splitStack.push(new Node<>(split.right(), rightOffset, node.depth + 1, rightRandom, false));
        splitStack.push(new Node<>(split.left(), node.offset, node.depth + 1, node.random, false));
      }
    }

    @SuppressWarnings("unchecked")
    private Node<T> comboMarker() {
      return (Node<T>) COMBINE_NODE;
    }

    /** Pulls the next batch of an unknown-size source; false when it is exhausted. */
    private boolean nextBatch() {
      Source<T> b = source.nextBatch(batch);
      if (b == null) {
        sourceExhausted = true;
        return false;
      }
      boolean first = batchOffset == 0;
      splitStack.push(new Node<>(b, batchOffset, 0, policy.newRandom(), !first));
      batchOffset += b.size();
      batch = Math.min(MAX_BATCH, batch * 2);
      return true;
    }

    private Split<T> trySplit(Node<T> node) {
      long n = node.source.size();
      if (node.depth >= ChunkPolicy.MAX_DEPTH || n == 0 || n == 1 || (n > 0 && n <= leafSize)) {
        return null;
      }
      if (node.source.sized()) {
        return node.source.splitAt(policy.splitPoint(n, node.random));
      }
      return node.source.split();
    }

    private void submit(Leaf<T, A> leaf) {
      submitted.add(leaf);
      inFlight++;
      try {
        exec.service.execute(leaf);
      } catch (RejectedExecutionException e) {
        leaf.run(); // the pool said no: the caller folds this chunk itself
      }
    }

    /** Waits for {@code leaf}, running it here if no pool thread has started it. */
    private void await(Leaf<T, A> leaf) {
      if (leaf.claim()) {
        leaf.runClaimed();
      }
      waitFinished(leaf);
      retire(leaf);
    }

    private void retire(Leaf<T, A> leaf) {
      if (submitted.poll() != leaf) {
        throw new AssertionError("leaves are evaluated in the order they were submitted");
      }
      inFlight--;
    }

    /** Takes back a leaf that is no longer needed, or waits until it stops. */
    private void withdraw(Leaf<T, A> leaf) {
      if (!leaf.claim()) {
        waitFinished(leaf);
      }
      retire(leaf);
    }

    private void waitFinished(Leaf<T, A> leaf) {
      while (true) {
        try {
          if (leaf.finished.await(POLL_NANOS, TimeUnit.NANOSECONDS)) {
            return;
          }
          control.stopRequested(); // notices a cancel handle or a deadline while the pool is busy
        } catch (InterruptedException e) {
          interrupted = true; // await() cleared the flag: stop the run directly
          control.interrupted();
        }
      }
    }

    /** Runs last: withdraws or waits for every leaf still out, then restores the interrupt. */
    void awaitAll() {
      for (Leaf<T, A> leaf : submitted) {
        if (!leaf.claim()) {
          waitFinished(leaf);
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    /** A leaf whose accumulator is done: every leaf right of it stops. */
    void doneAt(long index) {
      stopIndex.accumulateAndGet(index, Math::min);
    }
  }

  private static final Object COMBINE = new Object();
  private static final Node<?> COMBINE_NODE = new Node<>(null, 0, 0, null, false);

  /**
   * A part of the split tree still to be split; {@code combineAfter} for batches after the first.
   */
  private static final class Node<T> {
    final Source<T> source;
    final long offset;
    final int depth;
    final SplittableRandom random;
    final boolean combineAfter;

    Node(Source<T> source, long offset, int depth, SplittableRandom random, boolean combineAfter) {
      this.source = source;
      this.offset = offset;
      this.depth = depth;
      this.random = random;
      this.combineAfter = combineAfter;
    }
  }

  // ---- one chunk --------------------------------------------------------------------------------

  /** One chunk: runs on a pool thread or on the caller, whichever claims it first. */
  private static final class Leaf<T, A> implements Runnable, Stop {
    private static final int NEW = 0;
    private static final int CLAIMED = 1;

    final Run<T, A> run;
    final Source<T> source;
    final long offset;
    final long index;
    final AtomicInteger state = new AtomicInteger(NEW);
    final CountDownLatch finished = new CountDownLatch(1);
    A result; // published by finished.countDown()
    boolean ok;

    Leaf(Run<T, A> run, Source<T> source, long offset, long index) {
      this.run = run;
      this.source = source;
      this.offset = offset;
      this.index = index;
    }

    boolean claim() {
      return state.compareAndSet(NEW, CLAIMED);
    }

    @Override
    public void run() {
      if (claim()) {
        runClaimed();
      }
    }

    @Override
    public boolean stopRequested() {
      return index > run.stopIndex.get() || run.control.stopRequested();
    }

    void runClaimed() {
      ExecutorService outer = RUNNING_IN.get();
      RUNNING_IN.set(run.exec.service);
      try {
        if (stopRequested()) {
          return;
        }
        Reducer<? super T, A, ?> r = run.r;
        A acc = source.reduce(r, r.init(offset), this);
        boolean done = r.isDone(acc);
        if (!done && stopRequested()) {
          return; // cut short: a partial accumulator must not be merged
        }
        result = acc;
        ok = true;
        if (done) {
          run.doneAt(index);
        }
      } catch (Throwable e) {
        run.control.fail(e, "chunk at offset " + offset + " of " + source.describe());
      } finally {
        if (outer == null) {
          RUNNING_IN.remove();
        } else {
          RUNNING_IN.set(outer);
        }
        finished.countDown();
      }
    }
  }
}
