package dev.parafold.spark;

import dev.parafold.reduce.Reducer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkEnv;
import org.apache.spark.serializer.SerializerInstance;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/*
 * Checks, on the driver and before any job is submitted, that what Spark will ship serializes: the
 * reducer chain and the source parts with Java serialization (Spark's closure serializer is always
 * Java serialization), and an empty accumulator with the context's result serializer. A full round
 * trip (write, then read back with the context class loader) also catches readObject and
 * readResolve failures.
 *
 * To name the failing stage, the chain of nested reducers is found by reflection (fields holding a
 * Reducer, or arrays and collections of them), in pre-order, and the stages are tried innermost
 * first: the first one that fails has serializable downstream stages, so the culprit is its own.
 */
final class SerializationCheck {
  private SerializationCheck() {}

  static final String ADVICE =
      "Build stages from parafold's function types (dev.parafold.fn.*, all Serializable) and capture"
          + " only serializable values; plain java.util.function lambdas are not serializable.";

  /** Throws {@link NotSerializableStageException} naming the innermost stage that fails. */
  static void checkReducer(Reducer<?, ?, ?> reducer) {
    Exception whole = tryRoundTrip(reducer);
    if (whole == null) {
      return;
    }
    List<Reducer<?, ?, ?>> chain = new ArrayList<>();
    Map<Reducer<?, ?, ?>, Reducer<?, ?, ?>> firstChild = new IdentityHashMap<>();
    collect(reducer, chain, firstChild, new IdentityHashMap<>());
    for (int i = chain.size() - 1; i >= 0; i--) {
      Reducer<?, ?, ?> stage = chain.get(i);
      Exception e = i == 0 ? whole : tryRoundTrip(stage);
      if (e != null) {
        String name = stageName(stage, firstChild.get(stage));
        throw new NotSerializableStageException(
            name,
            "stage '"
                + name
                + "' of pipeline '"
                + reducer.describe()
                + "' is not serializable, so it cannot be shipped to Spark executors: "
                + e
                + ". "
                + ADVICE,
            e);
      }
    }
    throw new AssertionError("unreachable");
  }

  /** Throws if a shipped source part does not serialize. */
  static void checkPart(SourcePart<?> part, String sourceName) {
    Exception e = tryRoundTrip(part);
    if (e != null) {
      throw new NotSerializableStageException(
          sourceName,
          "source '"
              + sourceName
              + "' cannot be shipped to Spark executors: its part '"
              + part.describe()
              + "' is not serializable: "
              + e,
          e);
    }
  }

  /** Throws if an element that would be shipped inside a task does not serialize. */
  static void checkElement(Object element, String sourceName) {
    Exception e = tryRoundTrip(element);
    if (e != null) {
      throw new NotSerializableStageException(
          sourceName,
          "source '"
              + sourceName
              + "' cannot be shipped to Spark executors: its elements are not serializable: "
              + e,
          e);
    }
  }

  /**
   * Throws if {@code acc} does not travel through Spark's result serializer ({@code
   * spark.serializer}; Java serialization when no context is running).
   */
  static void checkAccumulator(Reducer<?, ?, ?> reducer, Object acc) {
    SparkEnv env = SparkEnv.get();
    try {
      if (env == null) {
        Exception failure = tryRoundTrip(acc);
        if (failure != null) {
          throw failure;
        }
        return;
      }
      SerializerInstance ser = env.serializer().newInstance();
      ClassTag<Object> tag = ClassTag$.MODULE$.AnyRef();
      ser.deserialize(ser.serialize(acc, tag), tag);
    } catch (Exception e) {
      throw new NotSerializableStageException(
          reducer.describe(),
          "the accumulator of '"
              + reducer.describe()
              + "' ("
              + (acc == null ? "null" : acc.getClass().getName())
              + ") is not serializable, so partial results cannot travel from Spark executors to"
              + " the driver: "
              + e,
          e);
    }
  }

  /** Null if {@code o} survives a Java serialization round trip, else the error. */
  static Exception tryRoundTrip(Object o) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(o);
      }
      try (ObjectInputStream in = new LoaderObjectInputStream(bytes.toByteArray())) {
        in.readObject();
      }
      return null;
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return e;
    }
  }

  private static void collect(
      Reducer<?, ?, ?> r,
      List<Reducer<?, ?, ?>> out,
      Map<Reducer<?, ?, ?>, Reducer<?, ?, ?>> firstChild,
      Map<Object, Boolean> seen) {
    if (seen.put(r, Boolean.TRUE) != null) {
      return;
    }
    out.add(r);
    for (Class<?> c = r.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
          continue;
        }
        Object value;
        try {
          f.setAccessible(true);
          value = f.get(r);
        } catch (RuntimeException | IllegalAccessException e) {
          continue; // a module that does not open its package: that stage is checked as a whole
        }
        for (Reducer<?, ?, ?> child : reducersIn(value)) {
          firstChild.putIfAbsent(r, child);
          collect(child, out, firstChild, seen);
        }
      }
    }
  }

  private static List<Reducer<?, ?, ?>> reducersIn(Object value) {
    List<Reducer<?, ?, ?>> found = new ArrayList<>();
    if (value instanceof Reducer) {
      found.add((Reducer<?, ?, ?>) value);
    } else if (value instanceof Object[]) {
      for (Object o : (Object[]) value) {
        if (o instanceof Reducer) {
          found.add((Reducer<?, ?, ?>) o);
        }
      }
    } else if (value instanceof Collection) {
      for (Object o : (Collection<?>) value) {
        if (o instanceof Reducer) {
          found.add((Reducer<?, ?, ?>) o);
        }
      }
    }
    return found;
  }

  /** The stage's own name: its describe() without the " -> downstream" tail that wrappers add. */
  static String stageName(Reducer<?, ?, ?> stage, Reducer<?, ?, ?> child) {
    String d = stage.describe();
    if (child != null) {
      String tail = " -> " + child.describe();
      if (d.endsWith(tail) && d.length() > tail.length()) {
        return d.substring(0, d.length() - tail.length());
      }
    }
    return d;
  }

  /** Resolves classes with the context class loader (where user classes and lambdas live). */
  private static final class LoaderObjectInputStream extends ObjectInputStream {
    LoaderObjectInputStream(byte[] bytes) throws IOException {
      super((InputStream) new ByteArrayInputStream(bytes));
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader != null) {
        try {
          return Class.forName(desc.getName(), false, loader);
        } catch (ClassNotFoundException e) {
          // fall back to the default lookup below
        }
      }
      return super.resolveClass(desc);
    }
  }
}
