package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.Cmp;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.StateBudgetExceededException;
import dev.parafold.reduce.Strategy;
import dev.parafold.testkit.Figures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * State budgets: every budgeted operation at budget {@code n} passes with exactly {@code n} entries
 * and fails with {@code n + 1}, sequentially and on a real fork/join pool with chunks of 2 (so the
 * overflow also happens in {@code combine}); the message names the operation and the budget; the
 * instance thrown is the one the caller gets.
 */
final class StateBudgetTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(4);

  @AfterAll
  static void shutdown() {
    POOL.shutdownNow();
  }

  /** A budgeted operation over integer keys. */
  private static final class Op {
    final String name;
    final boolean countsElements; // sorted ops count elements, the others distinct keys
    final Function<StateBudget, Reducer<Integer, ?, ?>> reducer;

    Op(String name, boolean countsElements, Function<StateBudget, Reducer<Integer, ?, ?>> r) {
      this.name = name;
      this.countsElements = countsElements;
      this.reducer = r;
    }
  }

  private static final List<Op> OPS =
      List.of(
          new Op("distinct", false, b -> Transducers.<Integer>distinct(b).apply(Reducers.toList())),
          new Op(
              "distinctBy",
              false,
              b -> Transducers.<Integer, Integer>distinctBy(x -> x, b).apply(Reducers.toList())),
          new Op(
              "distinctLongs",
              false,
              b ->
                  Transducers.<Integer, Long>map(x -> (long) x)
                      .andThen(PrimitiveTransducers.distinctLongs(b))
                      .apply(Reducers.toList())),
          new Op(
              "groupBy",
              false,
              b ->
                  Transducers.groupBy(
                      (Integer x) -> x, Transducers.<Integer>limit(1), Reducers.toList(), b)),
          new Op("groupBy", false, b -> Reducers.groupBy((Integer x) -> x, Reducers.toList(), b)),
          new Op("countBy", false, b -> Reducers.countBy((Integer x) -> x, b)),
          new Op(
              "sorted",
              true,
              b -> Transducers.<Integer>sorted(Cmp.natural(), b).apply(Reducers.toList())),
          new Op("toSortedList", true, b -> Reducers.toSortedList(Cmp.<Integer>natural(), b)));

  /** {@code n} entries: n distinct keys (each twice), or n elements (with repeats) to sort. */
  private static List<Integer> entries(Op op, int n) {
    List<Integer> in = new ArrayList<>();
    if (op.countsElements) {
      for (int i = 0; i < n; i++) {
        in.add((n - i) % 5);
      }
    } else {
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < n; i++) {
          in.add(round == 0 ? i : n - 1 - i);
        }
      }
    }
    return in;
  }

  private static final int[] BUDGETS = {0, 1, 3, 10, 57};

  @Test
  void atBudgetPassesAndOneMoreFails_sequentialAndOnAPool() {
    int failuresInCombine = 0;
    for (FoldExecutor exec : List.of(SequentialExecutor.instance(), ForkJoinExecutor.on(POOL))) {
      for (Op op : OPS) {
        for (int n : BUDGETS) {
          StateBudget budget = StateBudget.entries(n);
          Object ok = run(op, budget, entries(op, n), exec, new ConcurrentLinkedQueue<>());
          Object unlimited =
              run(
                  op,
                  StateBudget.unlimited(),
                  entries(op, n),
                  SequentialExecutor.instance(),
                  new ConcurrentLinkedQueue<>());
          assertEquals(unlimited, ok, op.name + " at budget " + n + " on " + exec.describe());

          Queue<String> where = new ConcurrentLinkedQueue<>();
          Queue<RuntimeException> thrown = new ConcurrentLinkedQueue<>();
          StateBudgetExceededException e =
              assertThrows(
                  StateBudgetExceededException.class,
                  () -> run(op, budget, entries(op, n + 1), exec, thrown, where),
                  op.name + " with " + (n + 1) + " entries at budget " + n + " on " + exec);
          assertTrue(
              thrown.stream().anyMatch(t -> t == e),
              "the caller gets the instance that was thrown: " + e);
          assertEquals(op.name, e.operation());
          assertEquals(budget, e.budget());
          String want =
              String.format(
                  java.util.Locale.ROOT,
                  "%s holds more than %,d entries in one accumulator (budget %s); raise the budget"
                      + " or ",
                  op.name,
                  n,
                  budget);
          assertTrue(e.getMessage().startsWith(want), e.getMessage());
          if (exec != SequentialExecutor.instance() && n >= 2) {
            assertTrue(where.contains("combine"), op.name + " overflowed in " + where);
            failuresInCombine++;
          }
        }
      }
    }
    assertTrue(failuresInCombine >= OPS.size() * 3);
    Figures.record(
        "state budgets",
        "ops covered (budgets " + java.util.Arrays.toString(BUDGETS) + ", seq + pool fixed(2))",
        OPS.stream().map(o -> o.name).distinct().collect(Collectors.joining(" ")));
    Figures.record("state budgets", "overflows caught in combine on the pool", failuresInCombine);
  }

  private static Object run(
      Op op, StateBudget b, List<Integer> in, FoldExecutor exec, Queue<RuntimeException> thrown) {
    return run(op, b, in, exec, thrown, new ConcurrentLinkedQueue<>());
  }

  private static Object run(
      Op op,
      StateBudget b,
      List<Integer> in,
      FoldExecutor exec,
      Queue<RuntimeException> thrown,
      Queue<String> where) {
    return Fold.from(in)
        .on(exec)
        .chunks(ChunkPolicy.fixed(2))
        .reduce(catching(op.reducer.apply(b), thrown, where));
  }

  private static <T, A, R> Reducer<T, A, R> catching(
      Reducer<T, A, R> r, Queue<RuntimeException> thrown, Queue<String> where) {
    return new Catching<>(r, thrown, where);
  }

  /** Records the budget exceptions thrown by step and combine (and where), and rethrows them. */
  private static final class Catching<T, A, R> implements Reducer<T, A, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<T, A, R> r;
    private final transient Queue<RuntimeException> thrown;
    private final transient Queue<String> where;

    Catching(Reducer<T, A, R> r, Queue<RuntimeException> thrown, Queue<String> where) {
      this.r = r;
      this.thrown = thrown;
      this.where = where;
    }

    @Override
    public A init() {
      return r.init();
    }

    @Override
    public A init(long offset) {
      return r.init(offset);
    }

    @Override
    public A step(A acc, T t) {
      try {
        return r.step(acc, t);
      } catch (StateBudgetExceededException e) {
        thrown.add(e);
        where.add("step");
        throw e;
      }
    }

    @Override
    public A combine(A left, A right) {
      try {
        return r.combine(left, right);
      } catch (StateBudgetExceededException e) {
        thrown.add(e);
        where.add("combine");
        throw e;
      }
    }

    @Override
    public R complete(A acc) {
      try {
        return r.complete(acc);
      } catch (StateBudgetExceededException e) {
        thrown.add(e);
        where.add("complete");
        throw e;
      }
    }

    @Override
    public boolean isDone(A acc) {
      return r.isDone(acc);
    }

    @Override
    public boolean mayStop() {
      return r.mayStop();
    }

    @Override
    public Strategy strategy() {
      return r.strategy();
    }
  }

  @Test
  void fluentOverloadsCarryTheBudget() {
    for (FoldExecutor exec : List.of(SequentialExecutor.instance(), ForkJoinExecutor.on(POOL))) {
      Fold<Integer> three = Fold.of(1, 2, 3, 2, 1).on(exec).chunks(ChunkPolicy.fixed(1));
      StateBudget two = StateBudget.entries(2);
      assertEquals(
          "distinct",
          assertThrows(StateBudgetExceededException.class, () -> three.distinct(two).toList())
              .operation());
      assertEquals(
          "distinctBy",
          assertThrows(
                  StateBudgetExceededException.class, () -> three.distinctBy(x -> x, two).toList())
              .operation());
      assertEquals(
          "sorted",
          assertThrows(StateBudgetExceededException.class, () -> three.sorted(two).toList())
              .operation());
      assertEquals(
          "groupBy",
          assertThrows(
                  StateBudgetExceededException.class,
                  () ->
                      three.groupBy(x -> x, Transducers.<Integer>limit(1), Reducers.toList(), two))
              .operation());
      assertEquals(
          "distinctLongs",
          assertThrows(
                  StateBudgetExceededException.class,
                  () ->
                      Fold.from(new long[] {1, 2, 3})
                          .on(exec)
                          .chunks(ChunkPolicy.fixed(1))
                          .distinct(two)
                          .toArray())
              .operation());
      assertEquals(List.of(1, 2, 3), three.distinct(StateBudget.entries(3)).toList());
      assertEquals(List.of(1, 1, 2, 2, 3), three.sorted(StateBudget.entries(5)).toList());
    }
  }

  @Test
  void everNewKeysFromAnInfiniteIteratorFailQuicklyInsteadOfRunningOutOfMemory() {
    for (FoldExecutor exec : List.of(SequentialExecutor.instance(), ForkJoinExecutor.on(POOL))) {
      StateBudgetExceededException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () ->
                  assertThrows(
                      StateBudgetExceededException.class,
                      () ->
                          Fold.from(infinite())
                              .on(exec)
                              .distinct(StateBudget.entries(100_000))
                              .count()));
      assertTrue(
          e.getMessage().startsWith("distinct holds more than 100,000 entries"), e.getMessage());
    }
  }

  private static Iterator<Long> infinite() {
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Long next() {
        return next++;
      }
    };
  }

  @Test
  void budgetValues() {
    assertEquals("StateBudget.entries(1000)", StateBudget.entries(1000).toString());
    assertEquals("StateBudget.unlimited()", StateBudget.unlimited().toString());
    assertSame(StateBudget.unlimited(), StateBudget.entries(Long.MAX_VALUE));
    assertTrue(StateBudget.unlimited().isUnlimited());
    assertEquals(StateBudget.entries(3), StateBudget.entries(3));
    assertThrows(IllegalArgumentException.class, () -> StateBudget.entries(-1));
    StateBudgetExceededException e =
        assertThrows(
            StateBudgetExceededException.class,
            () -> StateBudget.entries(1_000_000).check("distinctBy", 1_000_001));
    assertEquals(
        "distinctBy holds more than 1,000,000 entries in one accumulator (budget"
            + " StateBudget.entries(1000000)); raise the budget or reduce the key space",
        e.getMessage());
  }

  @Test
  void naturalOrderRejectsNullsNamingSorted() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Fold.of(2, null, 1).sorted().toList());
    assertTrue(e.getMessage().startsWith("sorted: null element"), e.getMessage());
    Cmp<Integer> nullsFirst =
        (a, b) -> a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    assertEquals(
        java.util.Arrays.asList(null, 1, 2), Fold.of(2, null, 1).sorted(nullsFirst).toList());
  }
}
