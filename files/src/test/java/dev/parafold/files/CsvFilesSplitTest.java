package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.forkjoin.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * B11 for CSV: adversarial quoted fields (line breaks of every kind, doubled quotes, delimiters,
 * lines that look like records) split at every byte offset give the records of a whole-text
 * reference parser, with their line numbers.
 */
final class CsvFilesSplitTest {
  @TempDir Path dir;

  private static final String[] VALUES = {
    "",
    "a",
    "plain text",
    "x,y",
    "say \"\"hi\"\"",
    "line1\nline2",
    "a\r\nb",
    "cr\ronly",
    "\n",
    "\r\n",
    "\"\"",
    "1,2\n3,4",
    "\u00e9\u65e5\uD83D\uDE00",
    "\"\"\n\"\"",
    " , ",
  };

  /** A random CSV text: quoted when needed (and sometimes when not). */
  static String csv(SplittableRandom rnd, int records, int cols, String eol, boolean finalEol) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < records; r++) {
      for (int c = 0; c < cols; c++) {
        if (c > 0) {
          sb.append(',');
        }
        String v = VALUES[rnd.nextInt(VALUES.length)];
        boolean needs = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        if (needs || rnd.nextInt(4) == 0) {
          sb.append('"').append(v).append('"'); // VALUES already double their quotes
        } else {
          sb.append(v);
        }
      }
      if (r < records - 1 || finalEol) {
        sb.append(eol);
      }
    }
    return sb.toString();
  }

  /** Reference: one state machine over the whole text; records with their first line number. */
  static List<List<String>> reference(String s, List<Long> lineNumbers) {
    List<List<String>> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean inQ = false;
    boolean any = false;
    long line = 1;
    long recLine = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inQ) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else {
            inQ = false;
          }
        } else {
          if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
            line++;
          }
          f.append(c);
        }
      } else if (c == '"') {
        inQ = true;
        any = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || f.length() > 0) {
          fields.add(f.toString());
          out.add(fields);
          lineNumbers.add(recLine);
        }
        fields = new ArrayList<>();
        f.setLength(0);
        any = false;
        line++;
        recLine = line;
      } else {
        f.append(c);
        any = true;
      }
    }
    if (any || f.length() > 0) {
      fields.add(f.toString());
      out.add(fields);
      lineNumbers.add(recLine);
    }
    return out;
  }

  private static List<List<String>> fields(List<CsvRecord> recs) {
    List<List<String>> out = new ArrayList<>();
    for (CsvRecord r : recs) {
      out.add(r.fields());
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void quotedLineBreaks_everySplitOffset_sameRecords(long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    String eol = new String[] {"\n", "\r\n", "\r"}[(int) (seed % 3)];
    String text = csv(rnd, 2 + rnd.nextInt(20), 1 + rnd.nextInt(4), eol, seed % 2 == 0);
    Charset cs = seed == 7 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
    byte[] bytes = text.getBytes(cs);
    if (seed == 5) { // with a BOM
      byte[] b = new byte[bytes.length + 3];
      b[0] = (byte) 0xEF;
      b[1] = (byte) 0xBB;
      b[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, b, 3, bytes.length);
      bytes = b;
    }
    Path f = dir.resolve("q.csv");
    Files.write(f, bytes);
    List<Long> lines = new ArrayList<>();
    List<List<String>> expected = reference(text, lines);
    FileSource<CsvRecord> src =
        CsvFiles.records(f, CsvFormat.RFC4180.withCharset(cs)).withChunkBytes(1 + seed % 5);
    Source<CsvRecord> opened = src.open(); // immutable: reused by every split
    List<CsvRecord> whole = TestFiles.toList(src.open());
    assertEquals(expected, fields(whole));
    for (int i = 0; i < whole.size(); i++) {
      assertEquals(lines.get(i), whole.get(i).line(), "line of record " + i);
    }
    for (long at = 1; at < bytes.length; at++) {
      assertEquals(whole, TestFiles.splitAt(opened, at), "split at " + at);
    }
    // random split trees and both executors, with the grid-aligned splits
    for (int k = 0; k < 20; k++) {
      long a = 1 + rnd.nextLong(bytes.length);
      long b = 1 + rnd.nextLong(bytes.length);
      assertEquals(whole, TestFiles.splitAt(opened, Math.min(a, b), Math.max(a, b)), a + "," + b);
    }
    assertEquals(
        whole,
        new SplitTreeExecutor(4)
            .fold(src, Reducers.toList(), FoldOptions.defaults().chunks(ChunkPolicy.fixed(1))));
    assertEquals(
        whole, ForkJoinExecutor.shared().fold(src, Reducers.toList(), FoldOptions.defaults()));
  }

  @Test
  void header_namesColumns_andIsNotARecord() throws IOException {
    Path f = dir.resolve("h.csv");
    Files.writeString(f, "name,\"city\nof birth\"\nada,\"London\"\r\nalan,Wilmslow\n");
    FileSource<CsvRecord> src = CsvFiles.records(f, CsvFormat.RFC4180.withHeader(true));
    Source<CsvRecord> opened = src.open(); // immutable: reused by every split
    List<CsvRecord> recs = TestFiles.toList(src.open());
    assertEquals(2, recs.size());
    assertEquals("London", recs.get(0).get("city\nof birth"));
    assertEquals(3, recs.get(0).line());
    assertEquals(4, recs.get(1).line());
    for (long at = 1; at < Files.size(f); at++) {
      assertEquals(recs, TestFiles.splitAt(opened, at));
    }
  }

  @Test
  void malformed_failfast_namesFileLineOffset() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "a,b\n1,2\n3,x\"\"y\n5,6\n"); // quotes in an unquoted field
    RecordParseException e =
        assertThrows(
            RecordParseException.class,
            () -> TestFiles.toList(CsvFiles.records(f, CsvFormat.RFC4180).open()));
    assertEquals(3, e.error().line());
    assertEquals(8, e.error().byteOffset());
    assertEquals("3,x\"\"y", e.error().snippet());
    assertTrue(e.getMessage().contains(f.toString() + ":3 (byte offset 8)"), e.getMessage());
  }

  @Test
  void unclosedQuote_swallowsRestOfFile_inEveryChunking() throws IOException {
    Path f = dir.resolve("open.csv");
    String text = "a,b\n1,\"open\n2,3\n4,5\n";
    Files.writeString(f, text);
    FileSource<io.vavr.control.Either<RecordError, CsvRecord>> src =
        CsvFiles.checkedRecords(f, CsvFormat.RFC4180);
    var opened = src.open();
    var whole = TestFiles.toList(opened);
    assertEquals(2, whole.size());
    assertTrue(whole.get(1).isLeft());
    assertEquals(2, whole.get(1).getLeft().line());
    for (long at = 1; at < text.length(); at++) {
      assertEquals(whole, TestFiles.splitAt(opened, at));
    }
  }
}
