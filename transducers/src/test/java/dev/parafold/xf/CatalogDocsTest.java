package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The docs' operation tables agree with {@link Catalog}: every operation has a row in the table of
 * docs/design-catalog.md and in the {@code xf} package javadoc that gives its strategy and whether
 * it may stop early, and appears in DESIGN.md's summary table.
 */
final class CatalogDocsTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void designCatalogTable() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/design-catalog.md"));
    String section = between(doc, "## 2. Per-operation strategy", "\n## ");
    List<List<String>> rows = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("|") && !line.startsWith("|---")) {
        rows.add(cells(line.substring(1), "\\|"));
      }
    }
    // columns: operation | Clojure / java.util.stream | strategy | may stop | combine keeps
    assertEquals(List.of(), mismatches(rows, 0, 2, 3), "docs/design-catalog.md section 2");
  }

  @Test
  void packageJavadocTable() throws IOException {
    String doc =
        Files.readString(Path.of("src/main/java/dev/parafold/xf/package-info.java"))
            .replaceAll("\n \\*", " ");
    List<List<String>> rows = new ArrayList<>();
    for (String row : between(doc, "<table>", "</table>").split("<tr>")) {
      if (row.contains("<td>")) {
        rows.add(cells(row.replace("</td>", "").replace("</tr>", ""), "<td>"));
      }
    }
    // columns: operation | strategy | may stop | combine keeps
    assertEquals(List.of(), mismatches(rows, 0, 1, 2), "xf package-info");
  }

  @Test
  void designSummaryTable() throws IOException {
    String doc = Files.readString(ROOT.resolve("DESIGN.md"));
    String section = between(doc, "## 6. Stateful transducers", "\n## ");
    List<String> missing = new ArrayList<>();
    for (Catalog.Operation op : Catalog.OPERATIONS) {
      if (!word(op.name()).matcher(section).find()) {
        missing.add(op.name());
      }
    }
    assertEquals(List.of(), missing, "DESIGN.md section 6 table");
  }

  /** Operations without a row, or whose row's strategy or early stop disagree. */
  private static List<String> mismatches(
      List<List<String>> rows, int opColumn, int strategyColumn, int stopColumn) {
    List<String> out = new ArrayList<>();
    for (Catalog.Operation op : Catalog.OPERATIONS) {
      List<String> row = null;
      for (List<String> r : rows) {
        if (r.size() > stopColumn && word(op.name()).matcher(r.get(opColumn)).find()) {
          row = r;
          break;
        }
      }
      if (row == null) {
        out.add(op.name() + ": no row");
        continue;
      }
      String strategy = op.strategy().name().toLowerCase(Locale.ROOT);
      if (!row.get(strategyColumn).contains(strategy)) {
        out.add(op.name() + ": strategy " + strategy + ", row says " + row.get(strategyColumn));
      }
      boolean saysStops = row.get(stopColumn).startsWith("yes");
      if (saysStops != op.mayStop()) {
        out.add(op.name() + ": may stop " + op.mayStop() + ", row says " + row.get(stopColumn));
      }
    }
    return out;
  }

  private static Pattern word(String name) {
    return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])");
  }

  private static List<String> cells(String row, String separator) {
    List<String> out = new ArrayList<>();
    for (String c : row.split(separator)) {
      out.add(c.trim());
    }
    if (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    return out;
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    if (start < 0) {
      throw new AssertionError("no \"" + from + "\"");
    }
    int end = text.indexOf(to, start + from.length());
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
