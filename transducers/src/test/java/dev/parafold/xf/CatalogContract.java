package dev.parafold.xf;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.parallel.ThreadPoolFoldExecutor;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import dev.parafold.testkit.Scenario;
import dev.parafold.testkit.Stage;
import dev.parafold.testkit.TransducerContract;
import dev.parafold.testkit.TransducerContract.Lane;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

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

  /** The operations chained around subjects: those that pass on some of their elements. */
  static final List<Catalog.Operation> CHAINABLE = chainable();

  private static List<Catalog.Operation> chainable() {
    List<Catalog.Operation> out = new ArrayList<>();
    for (Catalog.Operation op : Catalog.of(Catalog.Elements.OBJECTS)) {
      if (op.keepsElements()) {
        out.add(op);
      }
    }
    return out;
  }

  @Override
  protected Stage<Object, Object> primitiveStage(Gen gen, Lane lane) {
    List<Catalog.Operation> ops = lane == Lane.LONGS ? LONG_TO_LONG : DOUBLE_TO_DOUBLE;
    Catalog.Instance i = gen.oneOf(ops).instance(gen);
    return Stage.of(i.transducer(), in -> i.model().apply(in));
  }

  /** The primitive operations whose output stays on their input's lane (chained by the kit). */
  static final List<Catalog.Operation> LONG_TO_LONG =
      sameLane(Catalog.Elements.LONGS, List.of(0L, 1L, 12L, 0L, 5L));

  static final List<Catalog.Operation> DOUBLE_TO_DOUBLE =
      sameLane(Catalog.Elements.DOUBLES, List.of(8.0d, 0.5d, -1.0d, 8.0d));

  private static List<Catalog.Operation> sameLane(Catalog.Elements elements, List<Object> in) {
    List<Catalog.Operation> out = new ArrayList<>();
    Class<?> type = in.get(0).getClass();
    for (Catalog.Operation op : Catalog.of(elements)) {
      for (long seed = 1; seed <= 8; seed++) {
        List<Object> got = op.instance(new Gen(seed)).model().apply(new ArrayList<>(in));
        if (!got.isEmpty() && got.stream().allMatch(x -> x.getClass() == type)) {
          out.add(op);
          break;
        }
      }
    }
    return out;
  }

  /** A random catalog entry for elements of any type, with its list model. */
  @SuppressWarnings("unchecked")
  static <X> Stage<X, X> stage(Gen gen) {
    Catalog.Instance i = gen.oneOf(CHAINABLE).instance(gen);
    return Stage.of(
        (Transducer<X, X>) (Transducer<?, ?>) i.transducer(),
        in -> (List<X>) i.model().apply((List<Object>) in));
  }

  /**
   * The subject for the catalog operation {@code name} (see {@link Catalog}): a random instance and
   * its model, over small integers (longs, doubles for the primitive operations), with nulls when
   * the operation takes them, and the operation with a throwing user function.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T> Subject<T, Object> subjectOf(String name, Gen gen) {
    Catalog.Operation op = Catalog.named(name);
    Catalog.Instance i = op.instance(gen);
    Transducer xf = i.transducer();
    Function<List<T>, List<Object>> model = in -> i.model().apply((List<Object>) in);
    Subject s;
    switch (op.elements()) {
      case LONGS:
        s = Subject.of(xf, (Function) model, Prims::small).on(Lane.LONGS);
        break;
      case DOUBLES:
        s = Subject.of(xf, (Function) model, Prims::smallDouble).on(Lane.DOUBLES);
        break;
      default:
        s = Subject.of(xf, (Function) model);
    }
    if (op.acceptsNulls()) {
      s.withNulls();
    }
    if (op.thrower() != null) {
      s.failing(e -> op.thrower().throwing((RuntimeException) e));
    }
    return s;
  }
}
