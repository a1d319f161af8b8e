package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.Gen;
import dev.parafold.testkit.ReducerContract;
import dev.parafold.testkit.Scenario;
import dev.parafold.testkit.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conformance of {@code Transducers.groupBy} (a reducer): random catalog stages (limit, distinct,
 * dedupe, ...) per group, through the reducer kit, on split trees and a real pool.
 */
final class GroupByContractTest extends ReducerContract<Integer, Map<Integer, List<Integer>>> {

  @Override
  protected Case<Integer, Map<Integer, List<Integer>>> generate(Gen gen) {
    List<Integer> in = gen.list(60, gen.ints(0.1));
    int m = gen.intBetween(1, 4);
    Stage<Integer, Integer> stage = CatalogContract.stage(gen);
    if (gen.chance(0.5)) {
      stage = stage.andThen(CatalogContract.stage(gen));
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (Integer x : in) {
      groups.computeIfAbsent(x == null ? null : x % m, k -> new ArrayList<>()).add(x);
    }
    Map<Integer, List<Integer>> want = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<Integer>> e : groups.entrySet()) {
      want.put(e.getKey(), stage.model(e.getValue()));
    }
    return Case.of(
        Transducers.groupBy(
            (Integer x) -> x == null ? null : x % m, stage.transducer(), Reducers.toList()),
        in,
        want);
  }

  @Override
  protected List<Scenario> parallelScenarios(Gen gen, int n) {
    long seed = gen.nextLong();
    return List.of(
        Scenario.of(
            "fork-join shared",
            ForkJoinExecutor.shared(),
            ChunkPolicy.random(seed, 4),
            gen.oneOf(Scenario.SourceKind.values()),
            seed));
  }

  @Test
  void nullArgumentsRejectedAtConstruction() {
    assertThrows(
        NullPointerException.class,
        () -> Transducers.groupBy(null, Transducers.<Integer>limit(1), Reducers.toList()),
        "key");
    assertThrows(
        NullPointerException.class,
        () -> Transducers.groupBy((Integer x) -> x, null, Reducers.toList()),
        "xf");
    assertThrows(
        NullPointerException.class,
        () -> Transducers.groupBy((Integer x) -> x, Transducers.<Integer>limit(1), null),
        "reducer");
  }
}
