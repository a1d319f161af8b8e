package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.Specializer;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.files.TextFiles;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Logging at TRACE with specialization on (the defaults of this module's tests, see {@link
 * TraceLoggingProvider}): every public path runs, and every specialized class copy answers
 * questions about its name. A copy once kept the original's {@code InnerClasses} attribute, so
 * {@code getSimpleName()} on it threw {@code IncompatibleClassChangeError} from the executor's
 * debug line for every fold of 16,384 elements or more and every file source.
 */
final class TraceLoggingTest {
  private static final int N = (int) Specializer.THRESHOLD * 3;

  @Test
  void theTestsRunWithTraceLoggingAndSpecialization() {
    assertTrue(LoggerFactory.getLogger(ForkJoinExecutor.class).isTraceEnabled());
    assertTrue(Specializer.enabled(), "specialization is on");
  }

  @Test
  void everyPublicPathFoldsWithTraceLogging(@TempDir Path dir) throws IOException {
    List<Integer> data = IntStream.range(0, N).boxed().collect(Collectors.toList());
    List<Integer> expected =
        data.stream()
            .map(x -> x * 3)
            .filter(x -> x % 2 == 0)
            .limit(N / 4)
            .collect(Collectors.toList());
    long before = TraceLoggingProvider.MESSAGES.get();

    assertEquals(expected, pipeline(Fold.from(data).parallel()));
    assertEquals(expected, pipeline(Fold.from(data).on(new SplitTreeExecutor(4))));
    assertEquals(expected, pipeline(Fold.from(data.iterator()).parallel()));
    assertEquals(expected, pipeline(Fold.from(data).parallel().chunks(ChunkPolicy.fixed(1000))));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      assertEquals(expected, pipeline(Fold.from(data).on(threads)));
    } finally {
      threads.shutdownNow();
    }
    assertEquals(
        LongStream.range(0, N).filter(x -> x % 3 == 0).map(x -> x * x).sum(),
        Fold.range(0, N).parallel().filter(x -> x % 3 == 0).map(x -> x * x).sum());

    double[] halves = IntStream.range(0, N).mapToDouble(x -> x / 2.0).toArray();
    assertEquals(
        java.util.Arrays.stream(halves).filter(x -> x > 10).count(),
        Fold.from(halves).parallel().filter(x -> x > 10).count());

    Path file = dir.resolve("lines.txt");
    Files.write(file, data.stream().map(String::valueOf).collect(Collectors.toList()));
    assertEquals(
        data.stream().filter(x -> x % 7 == 0).count(),
        Fold.from(TextFiles.lines(file))
            .parallel()
            .map(Integer::parseInt)
            .filter(x -> x % 7 == 0)
            .count());
    assertEquals((long) N, Fold.from(TextFiles.numberedLines(file)).parallel().count());

    String plan = Fold.from(data).parallel().map(x -> x + 1).limit(10).explain();
    assertTrue(plan.contains("limit(10)"), plan);

    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                Fold.from(data)
                    .parallel()
                    .map(
                        x -> {
                          if (x == N / 2) {
                            throw boom;
                          }
                          return x;
                        })
                    .toList());
    assertSame(boom, thrown);

    assertTrue(
        TraceLoggingProvider.MESSAGES.get() > before,
        "the executors logged: " + TraceLoggingProvider.last);
  }

  /** Every stage of the catalog, specialized, answers for its class name and describes itself. */
  @Test
  void specializedCopiesAnswerForTheirNames(@TempDir Path dir) throws IOException {
    for (Supplier<Reducer<Object, ?, ?>> chain : chains()) {
      Reducer<Object, ?, ?> original = chain.get();
      Reducer<Object, ?, ?> copy = Specializer.reducer(original);
      assertTrue(copy.getClass().isHidden(), "specialized: " + original.describe());
      assertEquals(original.describe(), copy.describe());
      for (Object part : reducers(copy)) {
        askForNames(part.getClass());
      }
    }
    Path file = dir.resolve("lines.txt");
    Files.write(file, List.of("a", "b"));
    Reducer<String, ?, Long> count = Reducers.count();
    for (Source<?> source :
        List.of(
            TextFiles.lines(file),
            Sources.iterable(new ArrayList<>(List.of(1, 2, 3))),
            Sources.iterator(List.of(1, 2, 3).iterator()))) {
      Source<?> opened = Specializer.source(source, count).open();
      askForNames(opened.getClass());
      assertTrue(opened.describe().length() > 0);
    }
  }

  private static void askForNames(Class<?> c) {
    c.getSimpleName();
    c.getName();
    c.getTypeName();
    c.getCanonicalName();
    c.getEnclosingClass();
    c.getDeclaringClass();
    c.getEnclosingMethod();
    c.isMemberClass();
    c.isLocalClass();
    c.isAnonymousClass();
    c.getModifiers();
    c.getNestHost();
    c.toGenericString();
  }

  /** One chain per catalog operation (every stage class), and one chain of all of them. */
  private static List<Supplier<Reducer<Object, ?, ?>>> chains() {
    List<Supplier<Reducer<Object, ?, ?>>> out = new ArrayList<>();
    dev.parafold.reduce.Transducer<Object, Object> all = dev.parafold.reduce.Transducer.identity();
    for (Catalog.Operation op : Catalog.OPERATIONS) {
      dev.parafold.reduce.Transducer<Object, Object> stage =
          op.instance(new dev.parafold.testkit.Gen(op.name().hashCode())).transducer();
      out.add(() -> stage.apply(Reducers.toList()));
      all = all.andThen(stage);
    }
    dev.parafold.reduce.Transducer<Object, Object> everything = all;
    out.add(() -> everything.apply(Reducers.toList()));
    return out;
  }

  /** The reducers reachable from {@code r} through fields (the chain and nested reducers). */
  private static List<Object> reducers(Object r) {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<Object> out = new ArrayList<>();
    List<Object> todo = new ArrayList<>(List.of(r));
    while (!todo.isEmpty()) {
      Object o = todo.remove(todo.size() - 1);
      if (o == null || seen.put(o, true) != null) {
        continue;
      }
      out.add(o);
      for (Class<?> k = o.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || !Reducer.class.isAssignableFrom(f.getType())) {
            continue;
          }
          try {
            f.setAccessible(true);
            todo.add(f.get(o));
          } catch (ReflectiveOperationException | RuntimeException e) {
            // not ours to open
          }
        }
      }
    }
    return out;
  }

  private static List<Integer> pipeline(Fold<Integer> fold) {
    return fold.map(x -> x * 3).filter(x -> x % 2 == 0).limit(N / 4).toList();
  }
}
