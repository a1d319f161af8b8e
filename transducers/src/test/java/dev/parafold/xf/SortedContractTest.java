package dev.parafold.xf;

import dev.parafold.fn.Cmp;
import dev.parafold.reduce.StateBudget;
import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * Conformance of {@code Transducers.sorted}: natural order, and an order with many ties (by a
 * residue, nulls first) so that stability shows; the model is {@code List.sort}.
 */
final class SortedContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    if (gen.chance(0.3)) {
      return Subject.of(Transducers.<Integer>sorted(), in -> sort(in, Comparator.naturalOrder()));
    }
    int m = gen.intBetween(1, 5);
    Cmp<Integer> byResidue =
        (a, b) ->
            a == null
                ? (b == null ? 0 : -1)
                : b == null ? 1 : Integer.compare(Math.floorMod(a, m), Math.floorMod(b, m));
    StateBudget budget = gen.chance(0.5) ? StateBudget.unlimited() : StateBudget.entries(60);
    return Subject.of(Transducers.sorted(byResidue, budget), in -> sort(in, byResidue)).withNulls();
  }

  private static List<Integer> sort(List<Integer> in, Comparator<Integer> order) {
    List<Integer> out = new ArrayList<>(in);
    out.sort(order);
    return out;
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of(
        "order", () -> Transducers.sorted((Cmp<Integer>) null),
        "budget", () -> Transducers.sorted(Cmp.<Integer>natural(), null));
  }
}
