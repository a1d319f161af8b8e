package dev.parafold.xf;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.forkjoin.ForkJoinExecutor;
import dev.parafold.forkjoin.ThreadPoolFoldExecutor;
import dev.parafold.testkit.Gen;
import dev.parafold.testkit.Scenario;
import dev.parafold.testkit.Stage;
import dev.parafold.testkit.TransducerContract;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * The kit with this module's hooks filled in: real pools (the shared fork/join pool, a private one
 * of 3, and a plain thread pool of 3) as extra parallel scenarios, and the catalog itself as the
 * stages chained around each subject.
 */
abstract class CatalogContract<T, U> extends TransducerContract<T, U> {
  private static final ForkJoinPool POOL = new ForkJoinPool(3);
  private static final ExecutorService THREADS =
      Executors.newFixedThreadPool(3, CatalogContract::daemon);

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "catalog-contract-pool");
    t.setDaemon(true);
    return t;
  }

  @Override
  protected List<Scenario> parallelScenarios(Gen gen, int n) {
    List<Scenario> out = new ArrayList<>();
    Scenario.SourceKind kind = gen.oneOf(Scenario.SourceKind.values());
    long seed = gen.nextLong();
    out.add(
        Scenario.of("fork-join shared", ForkJoinExecutor.shared(), ChunkPolicy.fixed(1), kind, 0));
    out.add(
        Scenario.of(
            "fork-join pool(3)",
            ForkJoinExecutor.on(POOL),
            gen.oneOf(
                ChunkPolicy.fixed(2),
                ChunkPolicy.fixed(7),
                ChunkPolicy.random(seed, 4),
                ChunkPolicy.auto()),
            gen.oneOf(Scenario.SourceKind.values()),
            seed));
    out.add(
        Scenario.of(
            "thread-pool(3)",
            ThreadPoolFoldExecutor.on(THREADS, 3),
            gen.oneOf(ChunkPolicy.fixed(1), ChunkPolicy.fixed(3), ChunkPolicy.random(seed, 5)),
            gen.oneOf(Scenario.SourceKind.values()),
            seed));
    return out;
  }

  /**
   * Early-stopping pipelines run on real pools too. (They were off while FoldTask threw "broke the
   * early-termination contract" for subtrees cancelled by an early stop to their left; fixed by the
   * engine branch.) {@code -Dparafold.kit.poolEarlyStops=false} turns them off.
   */
  @Override
  protected boolean poolsRunEarlyStops() {
    return POOL_EARLY_STOPS;
  }

  /** See {@link #poolsRunEarlyStops()}; also read by the differential tests. */
  static final boolean POOL_EARLY_STOPS =
      Boolean.parseBoolean(System.getProperty("parafold.kit.poolEarlyStops", "true"));

  @Override
  protected <X> Stage<X, X> catalogStage(Gen gen) {
    return stage(gen);
  }

  /** A random catalog entry for elements of any type, with its list model. */
  static <X> Stage<X, X> stage(Gen gen) {
    int m = gen.intBetween(2, 5);
    int k = gen.intBetween(0, 12);
    switch (gen.intBetween(0, 11)) {
      case 0:
        return Stage.of(Transducers.filter(x -> h(x, m) != 0), in -> filter(in, m, true));
      case 1:
        return Stage.of(Transducers.remove(x -> h(x, m) != 0), in -> filter(in, m, false));
      case 2:
        return Stage.of(
            Transducers.limit(k), in -> new ArrayList<>(in.subList(0, Math.min(k, in.size()))));
      case 3:
        return Stage.of(
            Transducers.skip(k),
            in -> new ArrayList<>(in.subList(Math.min(k, in.size()), in.size())));
      case 4:
        return Stage.of(
            Transducers.takeWhile(x -> h(x, m) != 0),
            in -> {
              int i = 0;
              while (i < in.size() && h(in.get(i), m) != 0) {
                i++;
              }
              return new ArrayList<>(in.subList(0, i));
            });
      case 5:
        return Stage.of(
            Transducers.dropWhile(x -> h(x, m) != 0),
            in -> {
              int i = 0;
              while (i < in.size() && h(in.get(i), m) != 0) {
                i++;
              }
              return new ArrayList<>(in.subList(i, in.size()));
            });
      case 6:
        return Stage.of(Transducers.peek(x -> {}), in -> in);
      case 7:
        return Stage.of(Transducers.distinct(), in -> new ArrayList<>(new LinkedHashSet<>(in)));
      case 8:
        return Stage.of(Transducers.dedupe(), Models::dedupe);
      case 9:
        int nth = gen.intBetween(1, 3);
        return Stage.of(Transducers.takeNth(nth), in -> Models.takeNth(in, nth));
      case 10:
        long seed = gen.nextLong();
        double p = gen.unit();
        return Stage.of(Transducers.randomSample(p, seed), in -> Models.randomSample(in, p, seed));
      default:
        return Stage.of(
            Transducers.haltWhen(x -> h(x, m) == 0), in -> Models.haltWhen(in, x -> h(x, m) == 0));
    }
  }

  /** A cheap deterministic hash of any element, nulls included, into {@code [0, m)}. */
  static int h(Object x, int m) {
    return Math.floorMod(Objects.hashCode(x) * 31 + 7, m);
  }

  private static <X> List<X> filter(List<X> in, int m, boolean keep) {
    List<X> out = new ArrayList<>();
    for (X x : in) {
      if ((h(x, m) != 0) == keep) {
        out.add(x);
      }
    }
    return out;
  }
}
