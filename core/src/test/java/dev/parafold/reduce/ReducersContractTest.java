package dev.parafold.reduce;

import dev.parafold.testkit.Gen;
import dev.parafold.testkit.ReducerContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;

/** The built-in reducers against models, through the reducer kit. */
final class ReducersContractTest {

  private static List<Integer> ints(Gen gen) {
    return gen.list(60, gen.ints(0));
  }

  @Nested
  final class ToListTest extends ReducerContract<Integer, List<Integer>> {
    @Override
    protected Case<Integer, List<Integer>> generate(Gen gen) {
      List<Integer> in = gen.list(60, gen.ints(0.1));
      return Case.of(Reducers.toList(), in, new ArrayList<>(in));
    }
  }

  @Nested
  final class CountTest extends ReducerContract<Integer, Long> {
    @Override
    protected Case<Integer, Long> generate(Gen gen) {
      List<Integer> in = ints(gen);
      return Case.of(Reducers.count(), in, (long) in.size());
    }
  }

  @Nested
  final class JoiningTest extends ReducerContract<Integer, String> {
    @Override
    protected Case<Integer, String> generate(Gen gen) {
      List<Integer> in = ints(gen);
      String want = in.stream().map(String::valueOf).collect(Collectors.joining(","));
      return Case.of(Reducers.joining(","), in, want);
    }
  }

  @Nested
  final class FirstTest extends ReducerContract<Integer, Optional<Integer>> {
    @Override
    protected Case<Integer, Optional<Integer>> generate(Gen gen) {
      List<Integer> in = ints(gen);
      return Case.of(Reducers.first(), in, in.stream().findFirst());
    }
  }

  @Nested
  final class AnyMatchTest extends ReducerContract<Integer, Boolean> {
    @Override
    protected Case<Integer, Boolean> generate(Gen gen) {
      List<Integer> in = ints(gen);
      int k = gen.intBetween(0, 12);
      return Case.of(Reducers.anyMatch(x -> x == k), in, in.stream().anyMatch(x -> x == k));
    }
  }

  @Nested
  final class GroupByTest extends ReducerContract<Integer, Map<Integer, Long>> {
    @Override
    protected Case<Integer, Map<Integer, Long>> generate(Gen gen) {
      List<Integer> in = ints(gen);
      Map<Integer, Long> want =
          in.stream()
              .collect(
                  Collectors.groupingBy(x -> x % 3, LinkedHashMap::new, Collectors.counting()));
      return Case.of(Reducers.countBy(x -> x % 3), in, want);
    }
  }

  @Nested
  final class TopKTest extends ReducerContract<Integer, List<Integer>> {
    @Override
    protected Case<Integer, List<Integer>> generate(Gen gen) {
      List<Integer> in = ints(gen);
      int k = gen.intBetween(0, 5);
      List<Integer> want =
          in.stream()
              .sorted(java.util.Comparator.reverseOrder())
              .limit(k)
              .collect(Collectors.toList());
      return Case.of(Reducers.topK(k, java.util.Comparator.naturalOrder()), in, want);
    }
  }

  @Nested
  final class ToSortedListTest extends ReducerContract<Integer, List<Integer>> {
    @Override
    protected Case<Integer, List<Integer>> generate(Gen gen) {
      List<Integer> in = gen.list(60, gen.ints(0.1));
      int m = gen.intBetween(1, 5);
      dev.parafold.fn.Cmp<Integer> byResidue =
          (a, b) ->
              a == null
                  ? (b == null ? 0 : -1)
                  : b == null ? 1 : Integer.compare(Math.floorMod(a, m), Math.floorMod(b, m));
      List<Integer> want = new ArrayList<>(in);
      want.sort(byResidue); // stable: List.sort's order of equal elements
      StateBudget budget = gen.chance(0.5) ? StateBudget.unlimited() : StateBudget.entries(60);
      return Case.of(Reducers.toSortedList(byResidue, budget), in, want);
    }
  }
}
