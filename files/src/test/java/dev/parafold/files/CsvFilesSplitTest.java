package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import io.vavr.control.Either;
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
  void quoteInsideUnquotedField_isLiteral() throws IOException {
    Path f = dir.resolve("stray.csv");
    Files.writeString(f, "a,b,c\n1,2,3\n3,ab\"c,5\n6,7,8\n");
    List<CsvRecord> recs = TestFiles.toList(CsvFiles.records(f, CsvFormat.RFC4180).open());
    assertEquals(4, recs.size());
    assertEquals(List.of("3", "ab\"c", "5"), recs.get(2).fields());
    assertEquals(List.of("6", "7", "8"), recs.get(3).fields());
    assertEquals(4, recs.get(3).line());
  }

  @Test
  void malformed_failfast_namesFileLineColumnOffset() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "a,b\n1,2\n3,\"x\"y\n5,6\n"); // text after a closing quote
    RecordParseException e =
        assertThrows(
            RecordParseException.class,
            () -> TestFiles.toList(CsvFiles.records(f, CsvFormat.RFC4180).open()));
    assertEquals(3, e.error().line());
    assertEquals(8, e.error().byteOffset());
    assertEquals(6, e.error().column());
    assertEquals("3,\"x\"y", e.error().snippet());
    assertTrue(e.getMessage().contains(f.toString() + ":3:6 (byte offset 8)"), e.getMessage());
  }

  @Test
  void unclosedQuote_endsItsRecordAtTheNextLineBreak_inEveryChunking() throws IOException {
    Path f = dir.resolve("open.csv");
    String text = "a,b\n1,\"open\n2,3\n4,5\n";
    Files.writeString(f, text);
    FileSource<Either<RecordError, CsvRecord>> src =
        CsvFiles.checkedRecords(f, CsvFormat.RFC4180).withChunkBytes(2);
    var opened = src.open();
    var whole = TestFiles.toList(opened);
    assertEquals(4, whole.size());
    assertTrue(whole.get(1).isLeft());
    assertEquals(2, whole.get(1).getLeft().line());
    assertEquals("1,\"open", whole.get(1).getLeft().snippet());
    assertEquals(List.of("2", "3"), whole.get(2).get().fields());
    assertEquals(List.of("4", "5"), whole.get(3).get().fields());
    for (long at = 1; at < text.length(); at++) {
      assertEquals(whole, TestFiles.splitAt(opened, at));
    }
  }

  // ---- stray and unclosed quotes at every offset --------------------------------------------

  /** Values written raw: stray quotes in and around fields, some opening quotes never closed. */
  private static final String[] RAW = {
    "ab\"c",
    "x\"",
    "\"",
    "\"\"",
    "\"\"\"",
    "\"open",
    "\"ok\"",
    "\"a\"\"b\"",
    "\"q\"tail",
    "1",
    "",
    "\u00e9\""
  };

  /** Text with stray quotes: mostly good records, some raw values. */
  static String strayText(SplittableRandom rnd, int records, String eol) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < records; r++) {
      int cols = 1 + rnd.nextInt(3);
      for (int c = 0; c < cols; c++) {
        if (c > 0) {
          sb.append(',');
        }
        sb.append(rnd.nextInt(4) == 0 ? RAW[rnd.nextInt(RAW.length)] : VALUES[rnd.nextInt(3)]);
      }
      sb.append(rnd.nextInt(5) == 0 ? "\r\n" : eol);
    }
    if (rnd.nextBoolean()) {
      sb.append(RAW[rnd.nextInt(RAW.length)]); // often an unclosed quote at the very end
    }
    return sb.toString();
  }

  /**
   * Reference for the reading rules, written plainly over the text: records as their field lists,
   * or "BAD:line" for malformed ones. One left-to-right pass finds whether a quoted field is still
   * open at the end; if so, the record holding it ends at the first line break after its opening
   * quote, and a second pass reads with that cut.
   */
  static List<Object> strayReference(String s) {
    int reset = -1;
    int open = openAtEnd(s, -1);
    if (open >= 0) {
      for (int i = open; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r') {
          reset = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
          break;
        }
      }
    }
    List<Object> out = new ArrayList<>();
    int line = 1;
    int p = 0;
    while (p < s.length()) {
      // one record: find its end outside quotes (or at the reset point)
      int state = 0; // 0 field start, 1 unquoted, 2 quoted, 3 quote seen in quotes
      int i = p;
      int breaks = 0;
      int end = s.length();
      int next = s.length();
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r') {
          int after = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
          if (state != 2 || after == reset) {
            end = i;
            next = after;
            break;
          }
          breaks++;
          i = after - 1;
          continue;
        }
        if (c == '"') {
          state = state == 0 || state == 3 ? 2 : state == 2 ? 3 : 1;
        } else if (c == ',') {
          state = state == 2 ? 2 : 0;
        } else {
          state = state == 2 ? 2 : 1;
        }
      }
      String rec = s.substring(p, end);
      if (!rec.isEmpty()) {
        List<String> fields = fieldsOrNull(rec);
        out.add(fields == null ? "BAD:" + line : fields);
      }
      line += breaks + (next > end ? 1 : 0);
      p = next;
    }
    return out;
  }

  /** The index of the quote opening a field still open at the end of {@code s}, or -1. */
  private static int openAtEnd(String s, int ignored) {
    int state = 0;
    int open = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        if (state == 0) {
          open = i;
        }
        state = state == 0 || state == 3 ? 2 : state == 2 ? 3 : 1;
      } else if (c == ',' || c == '\n' || c == '\r') {
        state = state == 2 ? 2 : 0;
      } else {
        state = state == 2 ? 2 : 1;
      }
    }
    return state == 2 ? open : -1;
  }

  /** The fields of one record's text, or null if malformed. */
  private static List<String> fieldsOrNull(String rec) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder f = new StringBuilder();
      if (i < rec.length() && rec.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= rec.length()) {
            return null;
          }
          char c = rec.charAt(i);
          if (c == '"' && i + 1 < rec.length() && rec.charAt(i + 1) == '"') {
            f.append('"');
            i += 2;
          } else if (c == '"') {
            i++;
            break;
          } else {
            f.append(c);
            i++;
          }
        }
        if (i < rec.length() && rec.charAt(i) != ',') {
          return null;
        }
      } else {
        while (i < rec.length() && rec.charAt(i) != ',') {
          f.append(rec.charAt(i++));
        }
      }
      fields.add(f.toString());
      if (i >= rec.length()) {
        return fields;
      }
      i++;
      if (i == rec.length()) {
        fields.add("");
        return fields;
      }
    }
  }

  private static List<Object> asReference(List<Either<RecordError, CsvRecord>> recs) {
    List<Object> out = new ArrayList<>();
    for (Either<RecordError, CsvRecord> e : recs) {
      out.add(e.isLeft() ? "BAD:" + e.getLeft().line() : e.get().fields());
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
  void strayAndUnclosedQuotes_everySplitOffset_sameAsSequential(long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    String eol = seed % 3 == 0 ? "\r" : "\n";
    String text = strayText(rnd, 3 + rnd.nextInt(15), eol);
    Charset cs = seed == 13 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
    byte[] bytes = text.getBytes(cs);
    Path f = dir.resolve("stray.csv");
    Files.write(f, bytes);
    FileSource<Either<RecordError, CsvRecord>> src =
        CsvFiles.checkedRecords(f, CsvFormat.RFC4180.withCharset(cs)).withChunkBytes(1 + seed % 4);
    Source<Either<RecordError, CsvRecord>> opened = src.open();
    List<Either<RecordError, CsvRecord>> whole = TestFiles.toList(src.open());
    assertEquals(strayReference(text), asReference(whole), text);
    for (long at = 1; at < bytes.length; at++) {
      assertEquals(whole, TestFiles.splitAt(opened, at), "split at " + at + " of " + text);
    }
    for (int k = 0; k < 20; k++) {
      long a = 1 + rnd.nextLong(bytes.length);
      long b = 1 + rnd.nextLong(bytes.length);
      assertEquals(whole, TestFiles.splitAt(opened, Math.min(a, b), Math.max(a, b)), a + "," + b);
    }
    assertEquals(
        whole,
        ForkJoinExecutor.shared()
            .fold(src, Reducers.toList(), FoldOptions.defaults().chunks(ChunkPolicy.fixed(1))));
  }

  @Test
  void longQuotedFields_andLongQuoteFreeStretches_splitAnywhere() throws IOException {
    // chunk starts far (> the 64 KiB window) inside a quoted field and inside quote-free text
    StringBuilder sb = new StringBuilder("1,\"").append("a,b\nc".repeat(40_000)).append("\"\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i).append(",plain\n");
    }
    sb.append("2,\"x\ny\"\n3,\"never closed\n4,z\n");
    String text = sb.toString();
    Path f = dir.resolve("long.csv");
    Files.writeString(f, text);
    FileSource<Either<RecordError, CsvRecord>> src =
        CsvFiles.checkedRecords(f, CsvFormat.RFC4180).withChunkBytes(4096);
    List<Either<RecordError, CsvRecord>> whole = TestFiles.toList(src.open());
    assertEquals(strayReference(text), asReference(whole));
    assertEquals(20_004, whole.size());
    SplittableRandom rnd = new SplittableRandom(3);
    Source<Either<RecordError, CsvRecord>> opened = src.open();
    for (int k = 0; k < 30; k++) {
      long a = 1 + rnd.nextLong(text.length() - 1);
      assertEquals(whole, TestFiles.splitAt(opened, a), "split at " + a);
    }
    assertEquals(
        whole,
        ForkJoinExecutor.shared()
            .fold(src, Reducers.toList(), FoldOptions.defaults().chunks(ChunkPolicy.fixed(1))));
  }

  @Test
  void strayQuote_losesNoRows_inALargeFile() throws IOException {
    StringBuilder sb = new StringBuilder("id,name,amount\n");
    long good = 0;
    for (int i = 0; i < 200_000; i++) {
      if (i == 1000) {
        sb.append("3,ab\"c,5\n"); // a stray quote: a good record
      } else if (i == 2000) {
        sb.append("4,\"never closed,6\n"); // an unclosed quote: one bad record
        continue;
      }
      sb.append(i).append(",n").append(i % 7).append(',').append(i).append('\n');
      good++;
    }
    Path f = dir.resolve("big.csv");
    Files.writeString(f, sb.toString());
    ParseResult<Long> r =
        ForkJoinExecutor.shared()
            .fold(
                CsvFiles.mapped(f, CsvFormat.RFC4180.withHeader(true), rec -> rec.getLong(2))
                    .withChunkBytes(1 << 16),
                BadRecords.handle(ParseMode.DROPMALFORMED, Reducers.count(), 5),
                FoldOptions.defaults());
    assertEquals(good + 1, r.value()); // every good row and the stray-quote one
    assertEquals(1, r.errorCount());
    assertEquals(2003, r.firstErrors().get(0).line());
  }
}
