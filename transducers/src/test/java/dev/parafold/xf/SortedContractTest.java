package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.fn.Cmp;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Conformance of {@code Transducers.sorted}: natural order, and an order with many ties (by a
 * residue, nulls first) so that stability shows; the model is {@code List.sort}.
 */
final class SortedContractTest extends CatalogContract<Integer, Object> {
  @Override
  @SuppressWarnings("unchecked")
  protected Subject<Integer, Object> subject(Gen gen) {
    if (gen.chance(0.3)) {
      // natural order (no nulls): elements of one type only, so not in the catalog
      return Subject.of(
          (Transducer<Integer, Object>) (Transducer<?, ?>) Transducers.<Integer>sorted(),
          in -> new ArrayList<>(sort(in, Comparator.naturalOrder())));
    }
    return subjectOf("sorted", gen);
  }

  private static List<Integer> sort(List<Integer> in, Comparator<Integer> order) {
    List<Integer> out = new ArrayList<>(in);
    out.sort(order);
    return out;
  }

  /**
   * Large inputs (sized and iterator sources, automatic and fixed chunks, a real pool) against
   * {@code Stream.sorted}, with an order of many ties so that stability shows; stages after sorted
   * see sorted order and stop early.
   */
  @Test
  void largeInputsEqualStreamSorted() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(42);
    List<long[]> in = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      in.add(new long[] {rnd.nextInt(1000), i});
    }
    Cmp<long[]> byKey = (a, b) -> Long.compare(a[0], b[0]);
    List<long[]> want = in.stream().sorted(byKey).collect(Collectors.toList());
    for (ChunkPolicy chunks : List.of(ChunkPolicy.auto(), ChunkPolicy.fixed(1000))) {
      assertSame(want, Fold.from(in).parallel().chunks(chunks).sorted(byKey).toList());
      assertSame(want, Fold.from(in.iterator()).parallel().chunks(chunks).sorted(byKey).toList());
    }
    assertSame(want.subList(0, 10), Fold.from(in).parallel().sorted(byKey).limit(10).toList());
    assertEquals(
        in.stream().map(a -> a[0]).sorted().distinct().collect(Collectors.toList()),
        Fold.from(in).parallel().map(a -> a[0]).sorted().dedupe().toList());
  }

  @Test
  void explainSaysTheStagesAfterSortedRunOnOneThread() {
    String plan =
        Fold.from(List.of(3, 1, 2)).parallel().sorted().map(x -> x * 2).limit(2).explain();
    org.junit.jupiter.api.Assertions.assertTrue(
        plan.contains("stage:    sorted  [mergeable]")
            && plan.contains("then the stages after it run on one thread"),
        plan);
  }

  private static void assertSame(List<long[]> want, List<long[]> got) {
    assertEquals(want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      if (want.get(i) != got.get(i)) {
        throw new AssertionError(
            "at " + i + ": " + Arrays.toString(want.get(i)) + " != " + Arrays.toString(got.get(i)));
      }
    }
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of(
        "order", () -> Transducers.sorted((Cmp<Integer>) null),
        "budget", () -> Transducers.sorted(Cmp.<Integer>natural(), null));
  }
}
