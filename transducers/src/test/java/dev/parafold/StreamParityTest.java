package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of {@code Stream}, {@code IntStream}, {@code LongStream} and {@code
 * DoubleStream} (this JDK's, inherited ones included) has a parafold counterpart of the same name
 * on {@link Fold}, {@link IntFold}, {@link LongFold} or {@link DoubleFold}, or is listed in
 * README.md's table of what is left out on purpose, with the reason; and the table lists nothing
 * that has since arrived.
 */
final class StreamParityTest {
  /** JDK names that parafold spells differently (the fold is not a stream). */
  private static final Map<String, String> RENAMED =
      Map.of("asLongStream", "asLongs", "asDoubleStream", "asDoubles");

  private static final Map<Class<?>, Class<?>> PAIRS =
      Map.of(
          Stream.class, Fold.class,
          IntStream.class, IntFold.class,
          LongStream.class, LongFold.class,
          DoubleStream.class, DoubleFold.class);

  private static Set<String> publicNames(Class<?> c) {
    Set<String> out = new TreeSet<>();
    for (Method m : c.getMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
        out.add(m.getName());
      }
    }
    if (!c.isInterface()) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
          out.add(m.getName());
        }
      }
    }
    return out;
  }

  /** {@code Type.method} entries of README's "left out on purpose" table. */
  private static Set<String> leftOutInReadme() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf("### Left out on purpose");
    int end = text.indexOf("\n#", start + 10);
    String section = text.substring(start, end < 0 ? text.length() : end);
    Set<String> out = new TreeSet<>();
    for (String line : section.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String first = line.substring(1, line.indexOf('|', 1));
      Matcher m = Pattern.compile("`((?:Int|Long|Double)?Stream)\\.(\\w+)").matcher(first);
      while (m.find()) {
        out.add(m.group(1) + "." + m.group(2));
      }
    }
    return out;
  }

  @Test
  void everyStreamMethodHasACounterpartOrIsListedInReadme() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (Map.Entry<Class<?>, Class<?>> pair : PAIRS.entrySet()) {
      Set<String> ours = publicNames(pair.getValue());
      for (String name : publicNames(pair.getKey())) {
        if (!ours.contains(RENAMED.getOrDefault(name, name))) {
          missing.add(pair.getKey().getSimpleName() + "." + name);
        }
      }
    }
    Set<String> listed = leftOutInReadme();
    List<String> unexplained =
        missing.stream().filter(m -> !listed.contains(m)).collect(Collectors.toList());
    List<String> stale =
        listed.stream().filter(m -> !missing.contains(m)).collect(Collectors.toList());
    assertEquals(List.of(), unexplained, "stream methods without a counterpart, not in README");
    assertEquals(List.of(), stale, "README lists as left out what parafold now has");
  }
}
