package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.Specializer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Stages name themselves by their operation: explain output, debug logs and error messages read
 * {@code map -> filter -> limit(10) -> toList}, never {@code Step -> Step -> ...}.
 */
final class StageNamesTest {
  private static final Pattern CLASS_WORDS = Pattern.compile("Step|State|Reducer|Transducer|/0x");

  @Test
  void aChainOfEveryCatalogOperationDescribesItselfByOperations() {
    List<String> names = new ArrayList<>();
    Transducer<Object, Object> chain = Transducer.identity();
    for (Catalog.Operation op : Catalog.OPERATIONS) {
      Transducer<Object, Object> stage = op.instance(new Gen(7)).transducer();
      chain = chain.andThen(stage);
      for (Transducer<?, ?> one : stage.stages()) {
        names.add(one.describe());
      }
    }
    Reducer<Object, ?, ?> reducer = chain.apply(Reducers.toList());
    String described = reducer.describe();
    assertNoClassWords(described);
    assertNoClassWords(Specializer.reducer(reducer).describe());
    assertEquals(Specializer.reducer(reducer).describe(), described);
    assertTrue(described.endsWith(" -> toList"), described);
    for (String name : names) {
      assertTrue(described.contains(name), name + " in " + described);
    }
    String plan = Fold.from(List.<Object>of(1, 2, 3)).parallel().via(chain).explain();
    assertNoClassWords(plan.replace("Strategy.", ""));
  }

  @Test
  void theDescriptionOfTheIssueReadsAsOperations() {
    Reducer<Integer, ?, List<Integer>> r =
        Transducers.<Integer, Integer>map(x -> x)
            .andThen(Transducers.filter(x -> true))
            .andThen(Transducers.limit(10))
            .apply(Reducers.toList());
    assertEquals("map -> filter -> limit(10) -> toList", r.describe());
  }

  /** No class of the catalog is called Step or State, or shadows a java.util name. */
  @Test
  void nestedClassesSayWhatTheyAre() {
    List<String> bad = new ArrayList<>();
    for (Class<?> top : Catalog.catalogClasses()) {
      for (Class<?> c : top.getDeclaredClasses()) {
        String n = c.getSimpleName();
        if (n.equals("Step") || n.equals("State") || n.equals("Map") || n.equals("Filter")) {
          bad.add(c.getName());
        }
        if (Modifier.isStatic(c.getModifiers()) && n.endsWith("Step")) {
          bad.add(c.getName());
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  private static void assertNoClassWords(String text) {
    assertFalse(CLASS_WORDS.matcher(text).find(), text);
  }
}
