package dev.parafold.battery;

import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import dev.parafold.xf.Catalog;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The battery's view of the transducer catalog: every object operation of {@link Catalog} (the one
 * description of each operation, which the conformance kit and the docs tests read too), by name.
 * Elements are plain {@code Object}s: stages that change the element type (partitionAll's lists,
 * zipWithIndex's pairs, mapToDouble's doubles) feed later stages as they are, and every function
 * works on any element, nulls included, through {@link #h}. Operations, functions and models are
 * serializable, so the same pipelines can ship to Spark.
 */
final class Ops {
  private Ops() {}

  /**
   * One random pipeline stage: the catalog operation it exercises, its parameters, the transducer
   * and the list model.
   */
  record Op(String name, String detail, Transducer<Object, Object> xf, Catalog.Model model)
      implements Serializable {
    static Op of(Catalog.Instance i) {
      return new Op(i.name(), i.detail(), i.transducer(), i.model());
    }

    @Override
    public String toString() {
      return detail;
    }
  }

  /** Builds a random instance of one catalog operation. */
  interface Factory extends Serializable {
    Op make(Gen gen);
  }

  /** The catalog, by operation name; the battery asserts each one was used. */
  static final Map<String, Factory> CATALOG = catalog();

  private static Map<String, Factory> catalog() {
    Map<String, Factory> c = new LinkedHashMap<>();
    for (Catalog.Operation op : Catalog.of(Catalog.Elements.OBJECTS)) {
      c.put(op.name(), g -> Op.of(op.instance(g)));
    }
    return Collections.unmodifiableMap(c);
  }
}
