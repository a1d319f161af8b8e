package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.testkit.ReducerContract;
import dev.parafold.testkit.TransducerContract;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The sweep (after Rayon's {@code tests/clones.rs}): every public factory of {@link Transducers}
 * and {@link PrimitiveTransducers} has a {@code <Name>ContractTest} in this package that extends
 * the kit.
 */
final class CatalogCompletenessTest {

  @Test
  void everyPublicFactoryHasAContractTest() {
    Set<String> missing = new TreeSet<>();
    Set<String> factories = new TreeSet<>();
    for (Method m : factoryMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      factories.add(m.getName());
      String test =
          "dev.parafold.xf."
              + Character.toUpperCase(m.getName().charAt(0))
              + m.getName().substring(1)
              + "ContractTest";
      try {
        Class<?> c = Class.forName(test);
        assertTrue(
            TransducerContract.class.isAssignableFrom(c)
                || ReducerContract.class.isAssignableFrom(c),
            test + " must extend the kit");
      } catch (ClassNotFoundException e) {
        missing.add(m.getName() + " (expected " + test + ")");
      }
    }
    assertTrue(factories.size() > 30, "found the factories: " + factories);
    assertEquals(List.of(), List.copyOf(missing), "factories without a contract test");
  }

  private static List<Method> factoryMethods() {
    List<Method> out = new java.util.ArrayList<>();
    for (Class<?> c : Catalog.FACTORY_CLASSES) {
      out.addAll(List.of(c.getDeclaredMethods()));
    }
    return out;
  }
}
