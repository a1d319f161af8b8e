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

  @Nested
  final class ToMapMergingTest extends ReducerContract<Integer, Map<Integer, String>> {
    @Override
    protected Case<Integer, Map<Integer, String>> generate(Gen gen) {
      List<Integer> in = ints(gen);
      int m = gen.intBetween(1, 7);
      Map<Integer, String> want = new LinkedHashMap<>();
      for (Integer x : in) {
        want.merge(x % m, x + ",", String::concat); // associative, not commutative: order counts
      }
      return Case.of(Reducers.toMap(x -> x % m, x -> x + ",", String::concat), in, want);
    }
  }

  @Nested
  final class ToMapOrderedTest extends ReducerContract<Integer, List<Map.Entry<Integer, Integer>>> {
    @Override
    protected Case<Integer, List<Map.Entry<Integer, Integer>>> generate(Gen gen) {
      List<Integer> in = ints(gen);
      int m = gen.intBetween(1, 7);
      Map<Integer, Integer> want = new LinkedHashMap<>();
      for (Integer x : in) {
        want.merge(x % m, 1, Integer::sum);
      }
      return Case.of(
          Reducers.mapResult(
              Reducers.toMap(x -> x % m, x -> 1, Integer::sum, LinkedHashMap::new),
              r -> new ArrayList<>(r.entrySet())),
          in,
          new ArrayList<>(want.entrySet()));
    }
  }

  @Nested
  final class ToMapUniqueKeysTest extends ReducerContract<Integer, Map<Integer, Integer>> {
    @Override
    protected Case<Integer, Map<Integer, Integer>> generate(Gen gen) {
      List<Integer> in = new ArrayList<>(new java.util.LinkedHashSet<>(ints(gen)));
      return Case.of(
          Reducers.toMap(x -> x, x -> x * 2),
          in,
          in.stream().collect(Collectors.toMap(x -> x, x -> x * 2)));
    }
  }

  @Nested
  final class GroupByOrderedTest
      extends ReducerContract<Integer, List<Map.Entry<Integer, List<Integer>>>> {
    @Override
    protected Case<Integer, List<Map.Entry<Integer, List<Integer>>>> generate(Gen gen) {
      List<Integer> in = ints(gen);
      int m = gen.intBetween(1, 7);
      Map<Integer, List<Integer>> want =
          in.stream()
              .collect(Collectors.groupingBy(x -> x % m, LinkedHashMap::new, Collectors.toList()));
      return Case.of(
          Reducers.mapResult(
              Reducers.groupBy((Integer x) -> x % m, LinkedHashMap::new, Reducers.toList()),
              r -> new ArrayList<>(r.entrySet())),
          in,
          new ArrayList<>(want.entrySet()));
    }
  }

  @Nested
  final class ToCollectionTest extends ReducerContract<Integer, List<Integer>> {
    @Override
    protected Case<Integer, List<Integer>> generate(Gen gen) {
      List<Integer> in = gen.list(60, gen.ints(0.1));
      return Case.of(
          Reducers.mapResult(
              Reducers.toCollection(java.util.LinkedList::new), r -> new ArrayList<>(r)),
          in,
          new ArrayList<>(in));
    }
  }

  @Nested
  final class AveragingTest extends ReducerContract<Integer, List<Double>> {
    @Override
    protected Case<Integer, List<Double>> generate(Gen gen) {
      List<Integer> in = ints(gen);
      List<Double> want =
          List.of(
              in.stream().collect(Collectors.averagingDouble(x -> x)),
              in.stream().collect(Collectors.averagingLong(x -> x)));
      return Case.of(
          Reducers.teeing(
              Reducers.averagingDouble((Integer x) -> x),
              Reducers.averagingLong((Integer x) -> x),
              (a, b) -> List.of(a, b)),
          in,
          want);
    }
  }

  @Nested
  final class ToVectorTest extends ReducerContract<Integer, io.vavr.collection.Vector<Integer>> {
    @Override
    protected Case<Integer, io.vavr.collection.Vector<Integer>> generate(Gen gen) {
      List<Integer> in = gen.list(300, gen.ints(0.1));
      return Case.of(Reducers.toVector(), in, io.vavr.collection.Vector.ofAll(in));
    }
  }

  /** The duplicate key's message names it and both values, earlier first, as the JDK's does. */
  @org.junit.jupiter.api.Test
  void toMap_duplicateKey_namesTheKeyAndBothValues_sequentialAndParallel() {
    List<Integer> in = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      in.add(i);
    }
    in.add(150, 1007); // key 7 twice: 7 first, 1007 later
    String want = "toMap: duplicate key 7 (attempted merging values 7 and 1007)";
    for (dev.parafold.testkit.Scenario sc :
        dev.parafold.testkit.Scenario.splitTrees(new Gen(1), in.size())) {
      IllegalStateException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalStateException.class,
              () -> sc.run(in, Reducers.toMap((Integer x) -> x % 1000, x -> x)),
              sc.toString());
      org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith(want), e.getMessage());
    }
  }
}
