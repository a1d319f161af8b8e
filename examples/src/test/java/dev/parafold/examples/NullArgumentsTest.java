package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.files.TextFiles;
import dev.parafold.parallel.ForkJoinExecutor;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweep: every public method and constructor of the published packages (core, executors,
 * transducers, files), called with {@code null} for its reference parameters, either accepts it or
 * throws a {@link NullPointerException} whose message names the parameter. A bare NPE from deep
 * inside (such as {@code List.of(null)}) or the JVM's generic "Cannot invoke ... because ..."
 * message does not tell the caller which argument was wrong.
 */
final class NullArgumentsTest {
  private static final List<String> PACKAGES =
      List.of(
          "dev.parafold",
          "dev.parafold.xf",
          "dev.parafold.reduce",
          "dev.parafold.source",
          "dev.parafold.exec",
          "dev.parafold.fn",
          "dev.parafold.parallel",
          "dev.parafold.files");

  @TempDir Path dir;

  @Test
  void everyPublicEntryPoint_namesTheNullArgument() throws Exception {
    Path file = dir.resolve("lines.txt");
    Files.writeString(file, "a\nb\n");
    // receivers for instance methods: the facades users call methods on
    List<Object> receivers =
        List.of(
            Fold.of(1, 2, 3),
            Fold.range(0, 3),
            Fold.from(new double[] {1.0}),
            TextFiles.lines(file),
            ForkJoinExecutor.shared(),
            SequentialExecutor.instance(),
            FoldOptions.defaults());
    List<String> unclear = new ArrayList<>();
    int calls = 0;
    for (String pkg : PACKAGES) {
      for (Class<?> c : publicClasses(pkg)) {
        List<Executable> targets = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
            targets.add(m);
          }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (Modifier.isPublic(k.getModifiers()) && !Modifier.isAbstract(c.getModifiers())) {
            targets.add(k);
          }
        }
        for (Executable e : targets) {
          for (int i = 0; i < e.getParameterCount(); i++) {
            if (!e.getParameterTypes()[i].isPrimitive()) {
              calls++;
              check(null, e, i, unclear);
            }
          }
        }
      }
    }
    for (Object r : receivers) {
      for (Method m : r.getClass().getMethods()) {
        if (Modifier.isStatic(m.getModifiers())
            || !m.getDeclaringClass().getName().startsWith("dev.parafold")) {
          continue;
        }
        for (int i = 0; i < m.getParameterCount(); i++) {
          if (!m.getParameterTypes()[i].isPrimitive()) {
            calls++;
            check(r, m, i, unclear);
          }
        }
      }
    }
    System.out.printf("[NullArgumentsTest] %d null arguments passed%n", calls);
    assertTrue(calls > 300, "the sweep reached the API: " + calls);
    assertEquals(List.of(), unclear, "null arguments rejected without naming them");
  }

  /** Calls {@code e} with null at {@code at} and harmless values elsewhere. */
  private static void check(Object receiver, Executable e, int at, List<String> unclear) {
    Class<?>[] types = e.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = i == at ? null : harmless(types[i]);
    }
    try {
      e.setAccessible(true);
      if (e instanceof Method) {
        ((Method) e).invoke(receiver, args);
      } else {
        ((Constructor<?>) e).newInstance(args);
      }
    } catch (InvocationTargetException ite) {
      Throwable t = ite.getCause();
      if (t instanceof NullPointerException) {
        String m = t.getMessage();
        if (m == null || m.isBlank() || m.startsWith("Cannot ")) {
          unclear.add(e + " arg " + at + ": " + m);
        }
      }
    } catch (ReflectiveOperationException | IllegalArgumentException ignored) {
      // not callable this way
    }
  }

  /** A non-null value for the non-null parameters of a call (null where nothing fits). */
  private static Object harmless(Class<?> t) {
    if (t == long.class) {
      return 1L;
    }
    if (t == int.class) {
      return 1;
    }
    if (t == double.class) {
      return 0.5;
    }
    if (t == boolean.class) {
      return false;
    }
    if (t == String.class) {
      return "x";
    }
    if (t.isArray()) {
      return java.lang.reflect.Array.newInstance(t.getComponentType(), 0);
    }
    if (t == List.class || t == Iterable.class || t == java.util.Collection.class) {
      return List.of();
    }
    return null;
  }

  private static List<Class<?>> publicClasses(String pkg) throws IOException, URISyntaxException {
    TreeSet<String> names = new TreeSet<>();
    String path = pkg.replace('.', '/');
    Enumeration<URL> urls = NullArgumentsTest.class.getClassLoader().getResources(path);
    while (urls.hasMoreElements()) {
      URL url = urls.nextElement();
      if (url.getProtocol().equals("file")) {
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .forEach(n -> names.add(pkg + "." + n.substring(0, n.length() - 6)));
        }
      } else if (url.getProtocol().equals("jar")) {
        JarURLConnection jar = (JarURLConnection) url.openConnection();
        for (JarEntry je : java.util.Collections.list(jar.getJarFile().entries())) {
          String n = je.getName();
          if (n.startsWith(path + "/")
              && n.endsWith(".class")
              && !n.contains("$")
              && n.indexOf('/', path.length() + 1) < 0) {
            names.add(n.substring(0, n.length() - 6).replace('/', '.'));
          }
        }
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      if (n.endsWith("package-info") || n.endsWith("module-info")) {
        continue;
      }
      try {
        Class<?> c = Class.forName(n, false, NullArgumentsTest.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())) {
          out.add(c);
        }
      } catch (ClassNotFoundException | LinkageError ignored) {
        // not loadable here
      }
    }
    return out;
  }
}
