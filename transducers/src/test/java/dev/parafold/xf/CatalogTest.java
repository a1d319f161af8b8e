package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Strategy;
import dev.parafold.testkit.Gen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The one description of the catalog ({@link Catalog}) tells the truth: it names every factory,
 * each instance declares the strategy and early stop the description says, and its transducer and
 * model survive serialization (so battery pipelines can ship to Spark) and still agree.
 */
final class CatalogTest {

  @Test
  void everyTransducerFactoryIsDescribedOnce() {
    Set<String> factories = new TreeSet<>();
    java.util.Map<String, Class<?>> owners = new java.util.HashMap<>();
    for (Class<?> c : Catalog.FACTORY_CLASSES) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && Modifier.isStatic(m.getModifiers())
            && m.getReturnType() == dev.parafold.reduce.Transducer.class) {
          factories.add(m.getName());
          assertEquals(c, owners.computeIfAbsent(m.getName(), k -> c), "one class per name");
        }
      }
    }
    Set<String> described = new TreeSet<>();
    for (Catalog.Operation op : Catalog.OPERATIONS) {
      assertTrue(described.add(op.name()), "described twice: " + op);
    }
    assertEquals(factories, described);
  }

  @Test
  void instancesDeclareTheDescribedStrategyAndStop() {
    Gen.forAll(
        "catalog declarations",
        20,
        gen -> {
          for (Catalog.Operation op : Catalog.OPERATIONS) {
            Catalog.Instance i = op.instance(gen);
            Strategy declared = i.transducer().strategy();
            assertEquals(op.strategy(), op.strategy().max(declared), op + " declares " + declared);
            if (!op.name().equals("window")) {
              assertEquals(op.strategy(), declared, op.name());
            }
            assertEquals(
                op.mayStop(), i.transducer().apply(Reducers.toList()).mayStop(), op.name());
          }
        });
  }

  @Test
  void instancesAndModelsSurviveSerialization() {
    Gen.forAll(
        "catalog serialization",
        10,
        gen -> {
          List<Object> input = input(gen);
          for (Catalog.Operation op : Catalog.OPERATIONS) {
            Catalog.Instance i = op.instance(gen);
            List<Object> in = op.elements() == Catalog.Elements.OBJECTS ? input : numbers(op, gen);
            Catalog.Instance copy = roundTrip(i);
            List<Object> want = i.model().apply(new ArrayList<>(in));
            assertEquals(want, copy.model().apply(new ArrayList<>(in)), i.detail());
            assertEquals(want, Fold.from(in).via(copy.transducer()).toList(), i.detail());
          }
        });
  }

  private static List<Object> input(Gen gen) {
    List<Object> in = new ArrayList<>();
    for (Integer x : gen.list(40, gen.ints(0.15))) {
      in.add(x);
    }
    return in;
  }

  private static List<Object> numbers(Catalog.Operation op, Gen gen) {
    List<Object> in = new ArrayList<>();
    for (int k = gen.size(40); k > 0; k--) {
      if (op.elements() == Catalog.Elements.LONGS) {
        in.add(Prims.small(gen));
      } else {
        in.add(Prims.smallDouble(gen));
      }
    }
    return in;
  }

  private static Catalog.Instance roundTrip(Catalog.Instance i) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(i);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (Catalog.Instance) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(i.detail() + " does not serialize: " + e, e);
    }
  }

  @Test
  void everyOperationHasAContractTestThatReadsTheCatalog() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Catalog.Operation op : Catalog.OPERATIONS) {
      String test = Character.toUpperCase(op.name().charAt(0)) + op.name().substring(1);
      java.nio.file.Path file =
          java.nio.file.Path.of("src/test/java/dev/parafold/xf", test + "ContractTest.java");
      if (!java.nio.file.Files.readString(file).contains("subjectOf(\"" + op.name() + "\"")) {
        missing.add(op.name());
      }
    }
    assertEquals(List.of(), missing, "contract tests that write their own model");
    assertTrue(Arrays.asList(Catalog.Elements.values()).size() == 3);
  }
}
