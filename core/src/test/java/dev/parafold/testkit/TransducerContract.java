package dev.parafold.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The conformance kit for transducers. A subclass gives a generated {@link Subject} (a transducer
 * and its model on plain lists); the kit checks that every way of running it agrees with the model.
 *
 * <pre>{@code
 * final class LimitContractTest extends TransducerContract<Integer, Integer> {
 *   @Override protected Subject<Integer, Integer> subject(Gen gen) {
 *     int n = gen.intBetween(0, 40);
 *     return Subject.of(Transducers.limit(n), in -> in.subList(0, Math.min(n, in.size())));
 *   }
 * }
 * }</pre>
 *
 * <p>Checks, each a test method: equals the model (empty, one element, chunk-boundary sizes, nulls
 * when the subject allows them); parallel equals sequential at chunk sizes 1, 2, 7 and n and on
 * random split trees, over sized, unsized and iterator sources, plus the {@link #parallelScenarios}
 * hook (real pools); random chains of 1-5 {@link #catalogStage} entries before and after the
 * subject; early stop by a downstream {@code first(k)} in the first, middle and last chunk; the
 * reducer lifecycle (every run goes into a {@link RecordingReducer}); fresh state per {@code apply}
 * (twice, and concurrently); the declared strategy; serializability; null arguments rejected at
 * construction naming the parameter; a user exception reaching the caller as the same instance;
 * throwing stages at random places failing exactly as the sequential fold does (the same element's
 * failure, or none when an early stop makes it unreachable). Seeds are printed on failure and
 * replayable with {@code -Dparafold.seed=}; failing inputs are shrunk by halving.
 *
 * @param <T> the subject's input elements
 * @param <U> the subject's output elements
 */
public abstract class TransducerContract<T, U> {

  /** The transducer under test, its model and its inputs. */
  public static final class Subject<T, U> {
    final Stage<T, U> stage;
    private double nullRate;
    private Function<Gen, List<T>> inputs;
    private Function<RuntimeException, Transducer<T, U>> failing;
    Lane lane;

    private Subject(Stage<T, U> stage, Function<Gen, T> element) {
      this.stage = stage;
      this.inputs = g -> g.list(60, gg -> gg.chance(nullRate) ? null : element.apply(gg));
    }

    /** A subject over small integers (with many repeats and runs). */
    public static <U> Subject<Integer, U> of(
        Transducer<Integer, U> xf, Function<List<Integer>, List<U>> model) {
      Subject<Integer, U> s = new Subject<>(Stage.of(xf, model), g -> 0);
      s.inputs = g -> g.list(60, g.ints(s.nullRate));
      return s;
    }

    /** A subject over elements from {@code element}. */
    public static <T, U> Subject<T, U> of(
        Transducer<T, U> xf, Function<List<T>, List<U>> model, Function<Gen, T> element) {
      return new Subject<>(Stage.of(xf, model), element);
    }

    /** Inputs contain nulls (about 15%): for operations that let nulls through. */
    public Subject<T, U> withNulls() {
      this.nullRate = 0.15;
      return this;
    }

    /** Inputs from {@code inputs} instead. */
    public Subject<T, U> inputs(Function<Gen, List<T>> inputs) {
      this.inputs = Objects.requireNonNull(inputs, "inputs");
      return this;
    }

    /**
     * The same operation with a user function that throws {@code e} on every call: the kit checks
     * that {@code e} itself reaches the caller.
     */
    public Subject<T, U> failing(Function<RuntimeException, Transducer<T, U>> failing) {
      this.failing = failing;
      return this;
    }

    /**
     * The subject takes unboxed elements of {@code lane} ({@code Long}s or {@code Double}s, no
     * nulls): the kit also folds its inputs from a primitive array (and a range) into terminals
     * that take the scalar step.
     */
    public Subject<T, U> on(Lane lane) {
      this.lane = Objects.requireNonNull(lane, "lane");
      return this;
    }

    List<T> input(Gen gen) {
      return inputs.apply(gen);
    }

    @Override
    public String toString() {
      return stage.toString();
    }
  }

  /** The unboxed lanes a subject's elements may run on (see {@link Subject#on}). */
  public enum Lane {
    /** {@code long} elements: {@code long[]} and range sources, {@code LongReducer}s. */
    LONGS,
    /** {@code double} elements: {@code double[]} sources, {@code DoubleReducer}s. */
    DOUBLES
  }

  /** The subject of one generated case. */
  protected abstract Subject<T, U> subject(Gen gen);

  /**
   * A random stage from unboxed elements of {@code lane} to the same lane, to chain around a
   * primitive subject; {@code null} if none. Filled by the base class in the transducers module.
   */
  protected Stage<Object, Object> primitiveStage(Gen gen, Lane lane) {
    return null;
  }

  /** Extra scenarios (real thread pools), filled by the base class in the transducers module. */
  protected List<Scenario> parallelScenarios(Gen gen, int n) {
    return List.of();
  }

  /**
   * A random catalog entry on elements of any type, to chain around the subject; {@code null} if
   * none (chains are then skipped). Filled by the base class in the transducers module.
   */
  protected <X> Stage<X, X> catalogStage(Gen gen) {
    return null;
  }

  /**
   * Whether the {@link #parallelScenarios} also run pipelines that can stop early (default yes). An
   * executor with a known early-stop defect can be excluded here, visibly, until it is fixed.
   */
  protected boolean poolsRunEarlyStops() {
    return true;
  }

  private List<Scenario> pools(Gen gen, int n, boolean mayStop) {
    return mayStop && !poolsRunEarlyStops() ? List.of() : parallelScenarios(gen, n);
  }

  private static boolean mayStop(Stage<?, ?> stage, long limit) {
    return limit != Long.MAX_VALUE || stage.xf.apply(RecordingReducer.all()).mayStop();
  }

  /** Constructions with one null argument each, by parameter name. */
  protected Map<String, Executable> nullArguments() {
    return Map.of();
  }

  /** Cases per check. */
  protected int trials() {
    return Gen.DEFAULT_TRIALS;
  }

  // ---- checks -----------------------------------------------------------------------------------

  @Test
  public void equalsModel() {
    Gen.forAll(
        name("equalsModel"),
        trials(),
        gen -> {
          Subject<T, U> s = subject(gen);
          check(s.stage, s.input(gen), Scenario.sequential(), Long.MAX_VALUE);
        });
  }

  @Test
  public void parallelEqualsSequential() {
    Gen.forAll(
        name("parallelEqualsSequential"),
        Math.max(1, trials() / 2),
        gen -> {
          Subject<T, U> s = subject(gen);
          List<T> in = s.input(gen);
          List<Scenario> all = new ArrayList<>(Scenario.splitTrees(gen, in.size()));
          all.addAll(pools(gen, in.size(), mayStop(s.stage, Long.MAX_VALUE)));
          for (Scenario sc : all) {
            check(s.stage, in, sc, Long.MAX_VALUE);
          }
        });
  }

  @Test
  public void randomChainsAroundTheSubject() {
    Assumptions.assumeTrue(catalogStage(new Gen(0)) != null, "no catalog to chain");
    Gen.forAll(
        name("randomChains"),
        trials(),
        gen -> {
          Subject<T, U> s = subject(gen);
          Stage<T, T> before = null;
          Stage<U, U> after = null;
          int k = gen.intBetween(1, 5);
          for (int i = 0; i < k; i++) {
            if (gen.chance(0.5)) {
              Stage<T, T> st = catalogStage(gen);
              before = before == null ? st : before.andThen(st);
            } else {
              Stage<U, U> st = catalogStage(gen);
              after = after == null ? st : after.andThen(st);
            }
          }
          Stage<T, U> mid = before == null ? s.stage : before.andThen(s.stage);
          Stage<T, U> whole = after == null ? mid : mid.andThen(after);
          List<T> in = s.input(gen);
          long limit = gen.chance(0.3) ? gen.intBetween(1, 10) : Long.MAX_VALUE;
          List<Scenario> pools = pools(gen, in.size(), mayStop(whole, limit));
          check(whole, in, Scenario.any(gen, in.size(), pools), limit);
        });
  }

  @Test
  public void earlyStopInFirstMiddleAndLastChunk() {
    Gen.forAll(
        name("earlyStop"),
        Math.max(1, trials() / 2),
        gen -> {
          Subject<T, U> s = subject(gen);
          List<T> in = s.input(gen);
          int out = s.stage.model(in).size();
          for (long k : new long[] {1, Math.max(1, out / 2), Math.max(1, out)}) {
            for (Scenario sc : Scenario.splitTrees(gen, in.size())) {
              check(s.stage, in, sc, k);
            }
          }
          for (Scenario sc : pools(gen, in.size(), true)) {
            check(s.stage, in, sc, Math.max(1, out / 2));
          }
        });
  }

  @Test
  public void lifecycleInOrder() {
    Gen.forAll(
        name("lifecycle"),
        trials(),
        gen -> {
          Subject<T, U> s = subject(gen);
          List<T> in = s.input(gen);
          Scenario sc = Scenario.any(gen, in.size(), List.of());
          RecordingReducer<U> rec = RecordingReducer.all();
          sc.run(in, s.stage.transducer().apply(rec));
          assertEquals(1, rec.completes(), "complete runs once");
          assertEquals(List.of(), rec.violations(), "lifecycle violations in " + sc);
        });
  }

  @Test
  public void freshStatePerApply() throws Exception {
    Gen gen0 = new Gen(System.nanoTime());
    Subject<T, U> s = subject(gen0);
    List<List<T>> inputs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      inputs.add(s.input(gen0));
    }
    // the same value twice, in a row
    for (List<T> in : inputs) {
      check(s.stage, in, Scenario.sequential(), Long.MAX_VALUE);
      check(s.stage, in, Scenario.sequential(), Long.MAX_VALUE);
    }
    // the same value on four threads at once
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long seed = gen0.nextLong();
        fs.add(
            pool.submit(
                () -> {
                  Gen g = new Gen(seed);
                  for (int r = 0; r < 10; r++) {
                    List<T> in = inputs.get(r % inputs.size());
                    check(s.stage, in, Scenario.any(g, in.size(), List.of()), Long.MAX_VALUE);
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void declaredStrategyHonoured() throws Exception {
    Gen gen = new Gen(System.nanoTime());
    Subject<T, U> s = subject(gen);
    Transducer<T, U> xf = s.stage.transducer();
    Strategy declared = xf.strategy();
    assertNotNull(declared, "strategy");
    assertNotNull(xf.describe(), "describe");
    Reducer<T, ?, List<U>> r = xf.apply(RecordingReducer.all());
    assertEquals(declared, r.strategy(), "the reducer reports the transducer's strategy");
    if (declared == Strategy.STATELESS) {
      assertTrue(
          RecordingReducer.isRec(r.init(0)) && RecordingReducer.isRec(r.init(-1)),
          "a stateless stage keeps no per-chunk state: its accumulator is the downstream's");
    }
    // serializable values run the same after a round trip
    @SuppressWarnings("unchecked")
    Transducer<T, U> copy = (Transducer<T, U>) roundTrip(xf);
    List<T> in = s.input(gen);
    Stage<T, U> copied = Stage.of(copy, s.stage.model);
    check(copied, in, Scenario.any(gen, in.size(), List.of()), Long.MAX_VALUE);
  }

  @Test
  public void nullArgumentsRejectedAtConstruction() {
    for (Map.Entry<String, Executable> e : nullArguments().entrySet()) {
      NullPointerException npe = assertThrows(NullPointerException.class, e.getValue(), e.getKey());
      assertTrue(
          npe.getMessage() != null && npe.getMessage().contains(e.getKey()),
          "message names the parameter " + e.getKey() + ": " + npe.getMessage());
    }
  }

  @Test
  public void userExceptionReachesCallerAsSameInstance() {
    Gen.forAll(
        name("userException"),
        Math.max(1, trials() / 2),
        gen -> {
          Subject<T, U> s = subject(gen);
          List<T> in = s.input(gen);
          int out = s.stage.model(in).size();
          List<Scenario> all = new ArrayList<>(Scenario.splitTrees(gen, in.size()));
          all.addAll(pools(gen, in.size(), mayStop(s.stage, Long.MAX_VALUE)));
          Scenario sc = gen.oneOf(all);
          if (out > 0) {
            RuntimeException boom = new IllegalStateException("boom from a downstream reducer");
            RecordingReducer<U> rec = RecordingReducer.failingAt(gen.intBetween(0, out - 1), boom);
            RuntimeException got =
                assertThrows(RuntimeException.class, () -> sc.run(in, s.stage.xf.apply(rec)));
            assertSame(boom, got, "the same instance reaches the caller, in " + sc);
          }
          if (s.failing != null && !in.isEmpty()) {
            RuntimeException boom = new IllegalArgumentException("boom from a user function");
            Transducer<T, U> bad = s.failing.apply(boom);
            RuntimeException got =
                assertThrows(
                    RuntimeException.class,
                    () -> sc.run(in, bad.apply(RecordingReducer.<U>all())),
                    "a user function that always throws, in " + sc);
            assertSame(boom, got, "the same instance reaches the caller, in " + sc);
          }
        });
  }

  /**
   * Random pipelines around the subject with throwing stages at random places (before and after
   * it): every scenario ends as the sequential fold does, with the same value, or by throwing the
   * failure of the same stage for the same element, as the very instance that stage threw; early
   * stops downstream make some failures unreachable, and then no scenario may throw.
   */
  @Test
  public void throwingStages_failExactlyAsTheSequentialFold() {
    Gen.forAll(
        name("deterministicFailures"),
        Math.max(1, trials() / 2),
        gen -> {
          Subject<T, U> s = subject(gen);
          Stage<T, U> whole = s.stage;
          for (int i = gen.intBetween(0, 2); i > 0; i--) {
            Stage<U, U> st = catalogStage(gen);
            if (st != null) {
              whole = whole.andThen(st);
            }
          }
          ThrowingStage<T> before = gen.chance(0.7) ? ThrowingStage.random(gen, 1) : null;
          ThrowingStage<U> after =
              before == null || gen.chance(0.5) ? ThrowingStage.random(gen, 2) : null;
          if (before != null) {
            whole = before.stage().andThen(whole);
          }
          if (after != null) {
            whole = whole.andThen(after.stage());
          }
          List<T> in = s.input(gen);
          long limit = gen.chance(0.4) ? gen.intBetween(1, 10) : Long.MAX_VALUE;
          Object want = outcome(whole, in, Scenario.sequential(), limit);
          List<Scenario> all = new ArrayList<>(Scenario.splitTrees(gen, in.size()));
          all.addAll(pools(gen, in.size(), true));
          for (Scenario sc : all) {
            Object got = outcome(whole, in, sc, limit);
            String where = "\n  pipeline: " + whole + "\n  scenario: " + sc + "\n  input: " + in;
            if (want instanceof ThrowingStage.Failure) {
              ThrowingStage.Failure w = (ThrowingStage.Failure) want;
              assertTrue(
                  got instanceof ThrowingStage.Failure
                      && ((ThrowingStage.Failure) got).samePlace(w),
                  "sequential threw " + w + ", parallel gave " + got + where);
              ThrowingStage.Failure g = (ThrowingStage.Failure) got;
              assertTrue(
                  (before != null && before.threw(g)) || (after != null && after.threw(g)),
                  "the instance a stage threw reaches the caller" + where);
            } else {
              assertEquals(want, got, "sequential returned, parallel must too" + where);
            }
          }
        });
  }

  /**
   * A primitive subject (and random primitive stages around it) over a {@code long[]}, a range or a
   * {@code double[]} into terminals that take the scalar step (sum, min, max, and the library's own
   * for {@code long}s): the model's answer on every scenario, plain and through per-pipeline
   * copies. See {@link PrimitiveLaneCheck}.
   */
  @Test
  public void primitiveSources_intoScalarTerminals_equalTheModel() {
    Assumptions.assumeTrue(subject(new Gen(0)).lane != null, "not a primitive subject");
    Gen.forAll(
        name("scalarTerminals"),
        Math.max(1, trials() / 2),
        gen -> {
          Subject<T, U> s = subject(gen);
          List<T> in = s.input(gen);
          // stages after the subject only where it stays on its lane
          boolean sameLane = PrimitiveLaneCheck.laneOf(s.stage.model(in)) == s.lane;
          Stage<T, U> whole = s.stage;
          for (int i = gen.intBetween(0, 3); i > 0; i--) {
            Stage<Object, Object> st = primitiveStage(gen, s.lane);
            if (st != null) {
              whole = addAround(whole, st, !sameLane || gen.chance(0.5));
            }
          }
          List<Scenario> all = new ArrayList<>();
          all.add(Scenario.sequential());
          all.addAll(Scenario.sizedSplitTrees(gen, in.size()));
          all.addAll(pools(gen, in.size(), false));
          PrimitiveLaneCheck.check(whole, in, s.lane, gen, all);
        });
  }

  @SuppressWarnings("unchecked")
  private static <T, U> Stage<T, U> addAround(
      Stage<T, U> stage, Stage<Object, Object> other, boolean before) {
    Stage<Object, Object> st = (Stage<Object, Object>) (Stage<?, ?>) stage;
    return (Stage<T, U>) (Stage<?, ?>) (before ? other.andThen(st) : st.andThen(other));
  }

  private static <T, U> Object outcome(Stage<T, U> stage, List<T> in, Scenario sc, long limit) {
    try {
      return sc.run(in, stage.xf.apply(RecordingReducer.<U>first(limit)));
    } catch (ThrowingStage.Failure f) {
      return f;
    }
  }

  @AfterAll
  static void reportPipelines() {
    Scenario.report();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private String name(String check) {
    return getClass().getSimpleName() + "." + check;
  }

  /** Runs {@code stage} on {@code in} in {@code sc} into a recording {@code first(limit)}. */
  static <T, U> void check(Stage<T, U> stage, List<T> in, Scenario sc, long limit) {
    String problem = problem(stage, in, sc, limit);
    if (problem != null) {
      List<T> small = Gen.shrink(in, candidate -> problem(stage, candidate, sc, limit) != null);
      fail(
          problem
              + "\n  pipeline: "
              + stage
              + "\n  scenario: "
              + sc
              + (limit == Long.MAX_VALUE ? "" : "\n  downstream: first(" + limit + ")")
              + "\n  input:    "
              + in
              + "\n  shrunk:   "
              + small
              + " -> expected "
              + expected(stage, small, limit)
              + ", got "
              + actual(stage, small, sc, limit));
    }
  }

  private static <T, U> List<U> expected(Stage<T, U> stage, List<T> in, long limit) {
    List<U> m = stage.model(in);
    return limit < m.size() ? new ArrayList<>(m.subList(0, (int) limit)) : m;
  }

  private static <T, U> Object actual(Stage<T, U> stage, List<T> in, Scenario sc, long limit) {
    try {
      return sc.run(in, stage.xf.apply(RecordingReducer.<U>first(limit)));
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static <T, U> String problem(Stage<T, U> stage, List<T> in, Scenario sc, long limit) {
    List<U> want = expected(stage, in, limit);
    RecordingReducer<U> rec = RecordingReducer.first(limit);
    List<U> got;
    try {
      got = sc.run(in, stage.xf.apply(rec));
    } catch (RuntimeException e) {
      return "threw " + e;
    }
    if (!Objects.equals(want, got)) {
      return "expected " + want + "\n  but got  " + got;
    }
    if (rec.completes() != 1 || !rec.violations().isEmpty()) {
      return "lifecycle violations: " + rec.violations() + ", completes=" + rec.completes();
    }
    return null;
  }

  private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
