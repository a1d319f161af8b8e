package dev.parafold;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.parallel.ThreadPoolFoldExecutor;
import dev.parafold.testkit.Gen;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * The executors every stream-parity check runs on, so parallel results are compared with sequential
 * ones (and with {@code java.util.stream}) on each: sequential, the split-tree executor with random
 * splits, fork/join (shared pool with one-element chunks, a private pool with random chunks) and a
 * plain thread pool.
 */
final class EveryExecutor {
  private EveryExecutor() {}

  private static final ForkJoinPool POOL = new ForkJoinPool(3);
  private static final ExecutorService THREADS =
      Executors.newFixedThreadPool(
          3,
          r -> {
            Thread t = new Thread(r, "parity-test");
            t.setDaemon(true);
            return t;
          });

  /** One way to run a fold. */
  record Run(String name, FoldExecutor executor, ChunkPolicy chunks) {}

  static List<Run> runs(Gen gen) {
    long seed = gen.nextLong();
    return List.of(
        new Run("sequential", SequentialExecutor.instance(), ChunkPolicy.auto()),
        new Run("split-tree(4) random", new SplitTreeExecutor(4), ChunkPolicy.random(seed, 7)),
        new Run("fork-join shared fixed(1)", ForkJoinExecutor.shared(), ChunkPolicy.fixed(1)),
        new Run(
            "fork-join pool(3)",
            ForkJoinExecutor.on(POOL),
            gen.oneOf(ChunkPolicy.fixed(2), ChunkPolicy.random(seed, 5), ChunkPolicy.auto())),
        new Run("thread pool(3)", ThreadPoolFoldExecutor.on(THREADS, 3), ChunkPolicy.fixed(3)));
  }
}
