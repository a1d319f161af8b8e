package dev.parafold.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/guide.md and {@link GuideExamplesTest} together. Every {@code ```java} block of the
 * guide must be preceded by one marker:
 *
 * <ul>
 *   <li>{@code <!-- tested: GuideExamplesTest#method -->}: the method exists, is a test, holds
 *       every line of the block's code (comments and whitespace aside), and holds every result that
 *       a comment of the block states as a literal ({@code // [a, b]}, {@code // {k=1}}, {@code //
 *       (5, 2)}, {@code // Optional[x]}, {@code // Right(7)}, {@code // 5050});
 *   <li>{@code <!-- declared in: GuideExamplesTest -->}: the test class holds every line (shared
 *       sample data);
 *   <li>{@code <!-- not compiled: reason -->}: a block that cannot run in this module (Spark, JDK
 *       24), with its reason.
 * </ul>
 *
 * And every test method of {@link GuideExamplesTest} is the test of exactly one block, so neither
 * side can change without the other.
 */
class GuideMarkersTest {
  private static final Path GUIDE = Path.of("..", "docs", "guide.md");
  private static final Path EXAMPLES =
      Path.of("src", "test", "java", "dev", "parafold", "guide", "GuideExamplesTest.java");
  private static final Pattern TESTED =
      Pattern.compile("<!-- tested: GuideExamplesTest#(\\w+) -->");
  private static final Pattern NOT_COMPILED = Pattern.compile("<!-- not compiled: (.+\\S) -->");
  private static final String DECLARED = "<!-- declared in: GuideExamplesTest -->";

  /** A java block of the guide: its marker line, its code, where it starts. */
  record Block(String marker, List<String> code, int line) {}

  static List<Block> javaBlocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      if (fence.equals("```java")) {
        int m = i - 1;
        while (m >= 0 && lines.get(m).isBlank()) {
          m--;
        }
        String marker = m >= 0 ? lines.get(m).strip() : "";
        blocks.add(new Block(marker, List.copyOf(lines.subList(i + 1, end)), i + 1));
      }
      i = end; // skip the block's body, whatever its language
    }
    return blocks;
  }

  /** {@code line} without its {@code //} comment (not inside a string) and without whitespace. */
  static String code(String line) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    boolean inChar = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!inString && !inChar && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        break;
      }
      if (c == '\\' && (inString || inChar) && i + 1 < line.length()) {
        out.append(c).append(line.charAt(++i));
        continue;
      }
      if (c == '"' && !inChar) {
        inString = !inString;
      } else if (c == '\'' && !inString) {
        inChar = !inChar;
      }
      if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The lines of method {@code name} of the test class. */
  static List<String> method(List<String> source, String name) {
    List<String> lines = new ArrayList<>();
    boolean opened = false;
    int depth = 0;
    for (String line : source) {
      if (lines.isEmpty() && !line.contains(" void " + name + "(")) {
        continue;
      }
      lines.add(line);
      String c = code(line);
      depth += braces(c);
      opened |= c.contains("{");
      if (opened && depth == 0) {
        break;
      }
    }
    return lines;
  }

  /** The text after {@code //} on {@code line}, outside strings, or null. */
  static String comment(String line) {
    boolean inString = false;
    boolean inChar = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && (inString || inChar)) {
        i++;
      } else if (c == '"' && !inChar) {
        inString = !inString;
      } else if (c == '\'' && !inString) {
        inChar = !inChar;
      } else if (!inString && !inChar && line.startsWith("//", i)) {
        return line.substring(i + 2).strip();
      }
    }
    return null;
  }

  /**
   * The literal result at the start of a comment ({@code [..]}, {@code {..}}, {@code (..)}, {@code
   * Optional[..]}, {@code Left(..)}, {@code Right(..)}, or a number), or null for prose.
   */
  static String result(String comment) {
    if (comment == null || comment.isEmpty()) {
      return null;
    }
    char first = comment.charAt(0);
    if (Character.isDigit(first)) {
      Matcher m = Pattern.compile("[0-9][0-9_.]*").matcher(comment);
      m.lookingAt();
      return m.group().replaceAll("\\.$", "");
    }
    int open = -1;
    if (first == '[' || first == '{' || first == '(') {
      open = 0;
    } else if (comment.startsWith("Optional[")
        || comment.startsWith("Left(")
        || comment.startsWith("Right(")) {
      open = comment.indexOf(comment.startsWith("Optional") ? '[' : '(');
    }
    if (open < 0) {
      return null;
    }
    int depth = 0;
    for (int i = open; i < comment.length(); i++) {
      char c = comment.charAt(i);
      depth += (c == '[' || c == '{' || c == '(') ? 1 : (c == ']' || c == '}' || c == ')') ? -1 : 0;
      if (depth == 0) {
        return comment.substring(0, i + 1);
      }
    }
    return null; // unbalanced: a result that continues on the next line is not checked
  }

  /**
   * For comparing a stated result with test source: no whitespace, no digit grouping, no escapes.
   */
  static String normal(String s) {
    return s.replaceAll("\\s", "").replace("_", "").replace("\\\"", "\"");
  }

  /** Opening minus closing braces outside string and char literals. */
  static int braces(String code) {
    int d = 0;
    boolean inString = false;
    boolean inChar = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\\' && (inString || inChar)) {
        i++;
      } else if (c == '"' && !inChar) {
        inString = !inString;
      } else if (c == '\'' && !inString) {
        inChar = !inChar;
      } else if (!inString && !inChar) {
        d += c == '{' ? 1 : c == '}' ? -1 : 0;
      }
    }
    return d;
  }

  static Set<String> testMethods() {
    Set<String> names = new TreeSet<>();
    for (Method m : GuideExamplesTest.class.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Test.class)) {
        names.add(m.getName());
      }
    }
    return names;
  }

  @Test
  void everyJavaBlock_isTestedOrSaysWhyNot() throws IOException {
    List<String> guide = Files.readAllLines(GUIDE);
    List<String> source = Files.readAllLines(EXAMPLES);
    String wholeSource = String.join("", source.stream().map(GuideMarkersTest::code).toList());
    Set<String> tests = testMethods();
    Map<String, Integer> referenced = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<Block> blocks = javaBlocks(guide);
    assertTrue(
        blocks.size() >= 30, "the guide lost its snippets: " + blocks.size() + " java blocks");

    for (Block b : blocks) {
      Matcher tested = TESTED.matcher(b.marker());
      String where;
      if (tested.matches()) {
        String method = tested.group(1);
        referenced.merge(method, 1, Integer::sum);
        if (!tests.contains(method)) {
          problems.add("line " + b.line() + ": no test GuideExamplesTest#" + method);
          continue;
        }
        List<String> lines = method(source, method);
        where = String.join("", lines.stream().map(GuideMarkersTest::code).toList());
        String raw = normal(String.join("", lines));
        for (String line : b.code()) {
          String value = result(comment(line));
          if (value != null && !raw.contains(normal(value))) {
            problems.add(
                "line " + b.line() + " (" + b.marker() + "): the test does not check " + value);
          }
        }
      } else if (b.marker().equals(DECLARED)) {
        where = wholeSource;
      } else if (NOT_COMPILED.matcher(b.marker()).matches()) {
        continue;
      } else {
        problems.add(
            "line " + b.line() + ": a java block without a tested/declared/not-compiled marker");
        continue;
      }
      for (String line : b.code()) {
        String c = code(line);
        if (!c.isEmpty() && !where.contains(c)) {
          problems.add(
              "line " + b.line() + " (" + b.marker() + "): not in the test: " + line.strip());
        }
      }
    }
    for (String t : tests) {
      int n = referenced.getOrDefault(t, 0);
      if (n != 1) {
        problems.add("GuideExamplesTest#" + t + " is the test of " + n + " blocks, not 1");
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
  }

  @Test
  void markerCheck_catchesDrift() {
    List<String> guide =
        List.of(
            "<!-- tested: GuideExamplesTest#gettingStarted_firstPipeline -->",
            "```java",
            "long n = Fold.range(0, 10).count(); // 10",
            "```",
            "",
            "```java",
            "int unmarked = 1;",
            "```",
            "<!-- not compiled: needs parafold-spark -->",
            "```java",
            "SparkExecutor.on(sc);",
            "```");
    List<Block> blocks = javaBlocks(guide);
    assertEquals(3, blocks.size());
    assertEquals("longn=Fold.range(0,10).count();", code(blocks.get(0).code().get(0)));
    assertEquals("```", blocks.get(1).marker()); // the fence before it: not a marker
    assertTrue(NOT_COMPILED.matcher(blocks.get(2).marker()).matches());
    assertEquals("Strings=\"a//b\";", code("String s = \"a//b\"; // a comment"));
    assertEquals(0, braces("if(x){s=\"{\";}"));
    assertEquals("[a, b]", result(comment("List<String> r = f(); // [a, b]: in order")));
    assertEquals("{k=[1, 2]}", result(comment("  x(); // {k=[1, 2]} and prose")));
    assertEquals("Right(7)", result(comment("// Right(7)")));
    assertEquals("166666833333", result("166666833333; more"));
    assertEquals(null, comment("s = \"// [not, a, comment]\";"));
    assertEquals(null, result("both equal"));
    assertEquals("1500", normal(result("1_500")));
  }
}
