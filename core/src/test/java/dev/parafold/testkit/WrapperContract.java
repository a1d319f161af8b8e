package dev.parafold.testkit;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import io.vavr.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The "wraps a downstream" cases of the reducer kit: every catalog reducer that feeds another
 * (groupBy, groupBy into a map factory, partition, tee, teeing, mapResult, mapping, filtering,
 * flatMapping, and nestings of them) over a random downstream from {@link #downstreams()}, checked
 * like any reducer (model, identity, associativity, split trees, laws). The downstreams depend on
 * offsets or stop early, so a wrapper that gives a downstream {@code init(0)} in the wrong chunk,
 * completes an accumulator that was never anchored at offset 0, or steps a done one fails here.
 */
public abstract class WrapperContract extends ReducerContract<Integer, Object> {

  /** The downstreams to wrap; a module with a catalog adds its index-aware and stopping ones. */
  protected List<Downstream> downstreams() {
    return Downstream.basic();
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  protected Case<Integer, Object> generate(Gen gen) {
    List<Integer> in = gen.list(60, gen.ints(0));
    Downstream d = gen.oneOf(downstreams());
    Downstream.Made made = d.make();
    Reducer<Integer, ?, Object> down = (Reducer) made.reducer;
    int m = gen.intBetween(1, 4);
    Function<Integer, Integer> key = x -> x % m;
    Reducer<Integer, ?, ?> r;
    Object want;
    switch (gen.intBetween(0, 9)) {
      case 0:
        r = Reducers.groupBy((Integer x) -> x % m, down);
        want = perGroup(in, key, d::model);
        break;
      case 1:
        r =
            Reducers.mapResult(
                Reducers.groupBy((Integer x) -> x % m, LinkedHashMap::new, down),
                g -> new ArrayList<>(g.entrySet()));
        want = new ArrayList<>(perGroup(in, key, d::model).entrySet());
        break;
      case 2:
        r = Reducers.partition((Integer x) -> x % 2 == 0, down);
        Map<Boolean, Object> sides = new LinkedHashMap<>();
        sides.put(false, d.model(filter(in, x -> x % 2 != 0)));
        sides.put(true, d.model(filter(in, x -> x % 2 == 0)));
        want = sides;
        break;
      case 3:
        r = Reducers.tee(down, Reducers.count());
        want = Tuple.of(d.model(in), (long) in.size());
        break;
      case 4:
        r = Reducers.teeing(Reducers.count(), down, (n, x) -> List.of(n, x));
        want = List.of((long) in.size(), d.model(in));
        break;
      case 5:
        r = Reducers.collectingAndThen(down, x -> List.of(x));
        want = List.of(d.model(in));
        break;
      case 6:
        r = Reducers.mapping((Integer x) -> x * 3 + 1, down);
        want = d.model(in.stream().map(x -> x * 3 + 1).collect(Collectors.toList()));
        break;
      case 7:
        r = Reducers.filtering((Integer x) -> x % 3 != 0, down);
        want = d.model(filter(in, x -> x % 3 != 0));
        break;
      case 8:
        r =
            Reducers.flatMapping(
                (Integer x) -> x % 2 == 0 ? List.of(x, x + 100) : List.<Integer>of(), down);
        List<Integer> flat = new ArrayList<>();
        for (Integer x : in) {
          if (x % 2 == 0) {
            flat.add(x);
            flat.add(x + 100);
          }
        }
        want = d.model(flat);
        break;
      default:
        r =
            Reducers.groupBy(
                (Integer x) -> x % m, Reducers.filtering((Integer x) -> x % 4 != 1, down));
        want = perGroup(in, key, g -> d.model(filter(g, x -> x % 4 != 1)));
        break;
    }
    Reducer<Integer, ?, Object> wrapped = (Reducer) r;
    Case<Integer, Object> c =
        Case.of(wrapped, in, want).andThen(() -> made.check(wrapped.describe()));
    return d.serializable() ? c : c.notSerializable();
  }

  private static List<Integer> filter(List<Integer> in, java.util.function.Predicate<Integer> p) {
    return in.stream().filter(p).collect(Collectors.toList());
  }

  /** Groups {@code in} by {@code key} in first-seen order, and models each group. */
  private static Map<Integer, Object> perGroup(
      List<Integer> in, Function<Integer, Integer> key, Function<List<Integer>, Object> model) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (Integer x : in) {
      groups.computeIfAbsent(key.apply(x), k -> new ArrayList<>()).add(x);
    }
    Map<Integer, Object> out = new LinkedHashMap<>();
    groups.forEach((k, g) -> out.put(k, model.apply(g)));
    return out;
  }
}
