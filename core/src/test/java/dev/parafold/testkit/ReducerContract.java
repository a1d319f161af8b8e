package dev.parafold.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.reduce.Reducer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for reducers: a subclass gives a generated reducer, its inputs and a model of
 * its result; the kit checks identity, associativity over random split points and random split
 * trees, and that parallel scenarios equal the model.
 *
 * <p>Chunks are folded as an executor would: a fresh {@code init(offset)} per chunk (exact offsets
 * or {@link Reducer#UNKNOWN_OFFSET} for chunks after the first), steps until {@code isDone}.
 *
 * @param <T> element type
 * @param <R> result type
 */
public abstract class ReducerContract<T, R> {

  /** A reducer, an input and the expected result. */
  public static final class Case<T, R> {
    final Reducer<? super T, ?, R> reducer;
    final List<T> input;
    final R expected;
    final Runnable after;
    final boolean serializable;

    private Case(
        Reducer<? super T, ?, R> reducer,
        List<T> input,
        R expected,
        Runnable after,
        boolean serializable) {
      this.reducer = reducer;
      this.input = input;
      this.expected = expected;
      this.after = after;
      this.serializable = serializable;
    }

    /** {@code reducer} folding {@code input} gives {@code expected}. */
    public static <T, R> Case<T, R> of(
        Reducer<? super T, ?, R> reducer, List<T> input, R expected) {
      return new Case<>(reducer, input, expected, () -> {}, true);
    }

    /** This case, with {@code check} run after every fold of it (a recording downstream's). */
    public Case<T, R> andThen(Runnable check) {
      return new Case<>(reducer, input, expected, check, serializable);
    }

    /** This case, left out of the serialization check (its reducer records in memory). */
    public Case<T, R> notSerializable() {
      return new Case<>(reducer, input, expected, after, false);
    }

    @Override
    public String toString() {
      return reducer.describe() + " on " + input + " -> " + expected;
    }
  }

  /** One generated case. */
  protected abstract Case<T, R> generate(Gen gen);

  /** Extra scenarios (real thread pools), filled by subclasses that have them. */
  protected List<Scenario> parallelScenarios(Gen gen, int n) {
    return List.of();
  }

  /** Cases per check. */
  protected int trials() {
    return Gen.DEFAULT_TRIALS;
  }

  @Test
  void equalsModelSequentially() {
    Gen.forAll(
        getClass().getSimpleName() + ".equalsModel",
        trials(),
        gen -> {
          Case<T, R> c = generate(gen);
          assertEquals(c.expected, Scenario.sequential().run(c.input, c.reducer), c.toString());
          c.after.run();
        });
  }

  @Test
  void initIsAnIdentityOfCombine() {
    Gen.forAll(
        getClass().getSimpleName() + ".identity",
        trials(),
        gen -> {
          Case<T, R> c = generate(gen);
          assertEquals(c.expected, identity(c.reducer, c.input, gen.chance(0.5)), c.toString());
          c.after.run();
        });
  }

  @Test
  void combineIsAssociative() {
    Gen.forAll(
        getClass().getSimpleName() + ".associativity",
        trials(),
        gen -> {
          Case<T, R> c = generate(gen);
          int n = c.input.size();
          int i = gen.intBetween(0, n);
          int j = gen.intBetween(i, n);
          boolean exact = gen.chance(0.5);
          assertEquals(c.expected, threeWay(c.reducer, c.input, i, j, exact, true), "(ab)c " + c);
          assertEquals(c.expected, threeWay(c.reducer, c.input, i, j, exact, false), "a(bc) " + c);
          c.after.run();
        });
  }

  @Test
  void parallelEqualsSequential() {
    Gen.forAll(
        getClass().getSimpleName() + ".parallel",
        Math.max(1, trials() / 2),
        gen -> {
          Case<T, R> c = generate(gen);
          List<Scenario> all = new ArrayList<>(Scenario.splitTrees(gen, c.input.size()));
          all.addAll(parallelScenarios(gen, c.input.size()));
          for (Scenario sc : all) {
            assertEquals(c.expected, sc.run(c.input, c.reducer), sc + ": " + c);
          }
          c.after.run();
        });
  }

  @Test
  void lawsHoldPerReducerLaws() {
    Gen.forAll(
        getClass().getSimpleName() + ".reducerLaws",
        Math.max(1, trials() / 4),
        gen -> {
          Case<T, R> c = generate(gen);
          Scenario.PIPELINES.incrementAndGet();
          dev.parafold.reduce.ReducerLaws.check(c.reducer, c.input);
        });
  }

  /**
   * The reducer, and the accumulators of two chunks, survive Java serialization (a Spark executor
   * ships the reducer to its workers and partial accumulators back), and the fold still equals the
   * model.
   */
  @Test
  void reducerAndAccumulatorsSurviveSerialization() {
    Gen.forAll(
        getClass().getSimpleName() + ".serialization",
        Math.max(1, trials() / 4),
        gen -> {
          Case<T, R> c = generate(gen);
          if (!c.serializable) {
            return;
          }
          int n = c.input.size();
          int i = gen.intBetween(0, n);
          boolean exact = gen.chance(0.5);
          assertEquals(c.expected, shipped(c.reducer, c.input, i, exact), "serialized " + c);
        });
  }

  @SuppressWarnings("unchecked")
  private static <T, A, R> R shipped(Reducer<? super T, A, R> r, List<T> in, int i, boolean exact) {
    Scenario.PIPELINES.incrementAndGet();
    Reducer<? super T, A, R> copy = (Reducer<? super T, A, R>) roundTrip(r);
    A a = (A) roundTrip(chunk(copy, in, 0, i, 0));
    A b = (A) roundTrip(chunk(copy, in, i, in.size(), exact ? i : Reducer.UNKNOWN_OFFSET));
    return copy.complete(copy.combine(a, b));
  }

  private static Object roundTrip(Object o) {
    try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(o);
      }
      try (java.io.ObjectInputStream in =
          new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        return in.readObject();
      }
    } catch (java.io.IOException | ClassNotFoundException e) {
      throw new AssertionError("does not survive serialization: " + o, e);
    }
  }

  @AfterAll
  static void reportPipelines() {
    Scenario.report();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static <T, A, R> A chunk(
      Reducer<? super T, A, R> r, List<T> in, int from, int to, long offset) {
    A acc = r.init(offset);
    boolean mayStop = r.mayStop();
    for (int k = from; k < to; k++) {
      if (mayStop && r.isDone(acc)) {
        break;
      }
      acc = r.step(acc, in.get(k));
    }
    return acc;
  }

  private static <T, A, R> R identity(Reducer<? super T, A, R> r, List<T> in, boolean left) {
    Scenario.PIPELINES.incrementAndGet();
    if (left) {
      A empty = r.init(0);
      A all = chunk(r, in, 0, in.size(), Reducer.UNKNOWN_OFFSET);
      return r.complete(r.combine(empty, all));
    }
    A all = chunk(r, in, 0, in.size(), 0);
    A empty = r.init(in.size());
    return r.complete(r.combine(all, empty));
  }

  private static <T, A, R> R threeWay(
      Reducer<? super T, A, R> r, List<T> in, int i, int j, boolean exact, boolean leftFirst) {
    Scenario.PIPELINES.incrementAndGet();
    A a = chunk(r, in, 0, i, 0);
    A b = chunk(r, in, i, j, exact ? i : Reducer.UNKNOWN_OFFSET);
    A c = chunk(r, in, j, in.size(), exact ? j : Reducer.UNKNOWN_OFFSET);
    A whole = leftFirst ? r.combine(r.combine(a, b), c) : r.combine(a, r.combine(b, c));
    return r.complete(whole);
  }
}
