package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.source.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * B11: a file split at every byte offset (and at every pair of offsets for small files) yields
 * exactly BufferedReader's lines, in order: 0 duplicated, 0 lost, over every line-ending and
 * encoding case.
 */
final class TextFilesSplitTest {
  @TempDir Path dir;

  private static final String[] PIECES = {
    "",
    "a",
    "hello world",
    "h\u00e9llo",
    "\u65e5\u672c\u8a9e",
    "\uD83D\uDE00x\uD83D\uDE00",
    " ",
    "\u00e9\u00e9\u00e9\u00e9",
    "tab\tsep",
    "\"quoted\""
  };
  private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

  /** Text of {@code lines} random lines with terminators drawn from {@code endings}. */
  static String text(SplittableRandom rnd, int lines, String[] endings, boolean finalNewline) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      if (rnd.nextInt(4) == 0) {
        sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      if (i < lines - 1 || finalNewline) {
        sb.append(endings[rnd.nextInt(endings.length)]);
      }
    }
    return sb.toString();
  }

  static byte[] encode(String s, Charset cs, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] body = s.getBytes(cs);
    if (bom) {
      byte[] mark = "\uFEFF".getBytes(cs);
      // "UTF-16" getBytes already writes a BOM; avoid writing two
      if (!(cs.name().equals("UTF-16") || cs.name().equals("UTF-32"))) {
        out.writeBytes(mark);
      }
    }
    out.writeBytes(body);
    return out.toByteArray();
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    Charset[] charsets = {
      StandardCharsets.UTF_8,
      StandardCharsets.ISO_8859_1,
      StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16BE,
      StandardCharsets.UTF_16,
      Charset.forName("UTF-32BE"),
      Charset.forName("windows-1252")
    };
    String[][] endingSets = {{"\n"}, {"\r\n"}, {"\r"}, ENDINGS};
    long seed = 11;
    for (Charset cs : charsets) {
      for (String[] endings : endingSets) {
        for (int variant = 0; variant < 4; variant++) {
          boolean finalNl = (variant & 1) == 0;
          boolean bom = (variant & 2) != 0 && cs.name().startsWith("UTF");
          out.add(
              Arguments.of(cs, String.join("+", escape(endings)), endings, finalNl, bom, seed++));
        }
      }
    }
    return out.stream();
  }

  private static String[] escape(String[] endings) {
    String[] out = new String[endings.length];
    for (int i = 0; i < endings.length; i++) {
      out[i] = endings[i].replace("\r", "CR").replace("\n", "LF");
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1} finalNewline={3} bom={4}")
  @MethodSource("cases")
  void everySplitOffset_givesBufferedReaderLines(
      Charset cs, String name, String[] endings, boolean finalNl, boolean bom, long seed)
      throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    String s = text(rnd, 1 + rnd.nextInt(30), endings, finalNl);
    if (cs.equals(StandardCharsets.ISO_8859_1) || cs.name().equals("windows-1252")) {
      s = s.replaceAll("[^\\x00-\\xff]", "?");
    }
    byte[] bytes = encode(s, cs, bom);
    Path f = dir.resolve("t.txt");
    Files.write(f, bytes);
    List<String> expected = TestFiles.referenceLines(bytes, cs);
    FileSource<String> src = TextFiles.lines(f, cs);
    Source<String> opened = src.open(); // immutable: reused by every split
    assertEquals(expected, TestFiles.toList(src.open()), "unsplit");
    for (long at = 1; at < bytes.length; at++) {
      assertEquals(expected, TestFiles.splitAt(opened, at), "split at " + at);
    }
    // every pair of offsets for the small ones
    if (bytes.length <= 100) {
      int unit = cs.name().startsWith("UTF-16") ? 2 : cs.name().startsWith("UTF-32") ? 4 : 1;
      for (long a = unit; a < bytes.length; a += unit) {
        for (long b = a + unit; b < bytes.length; b += unit) {
          assertEquals(expected, TestFiles.splitAt(opened, a, b), "split at " + a + "," + b);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} finalNewline={3} bom={4}")
  @MethodSource("cases")
  void everySplitOffset_givesExactLineNumbersAndOffsets(
      Charset cs, String name, String[] endings, boolean finalNl, boolean bom, long seed)
      throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    String s = text(rnd, 1 + rnd.nextInt(30), endings, finalNl);
    if (cs.equals(StandardCharsets.ISO_8859_1) || cs.name().equals("windows-1252")) {
      s = s.replaceAll("[^\\x00-\\xff]", "?");
    }
    byte[] bytes = encode(s, cs, bom);
    Path f = dir.resolve("n.txt");
    Files.write(f, bytes);
    List<String> expected = TestFiles.referenceLines(bytes, cs);
    // small chunk grid: the prefix index is used with many blocks
    FileSource<Line> src = TextFiles.numberedLines(f, cs).withChunkBytes(1 + rnd.nextInt(16));
    Source<Line> opened = src.open(); // immutable: reused by every split
    List<Line> whole = TestFiles.toList(src.open());
    assertEquals(expected.size(), whole.size());
    for (int i = 0; i < whole.size(); i++) {
      assertEquals(i + 1, whole.get(i).number());
      assertEquals(expected.get(i), whole.get(i).text());
    }
    assertOffsetsPointAtLines(bytes, whole);
    for (long at = 1; at < bytes.length; at++) {
      assertEquals(whole, TestFiles.splitAt(opened, at), "split at " + at);
    }
  }

  /** Each offset is the first byte of its line: 0 (after the BOM) or right after a terminator. */
  private static void assertOffsetsPointAtLines(byte[] bytes, List<Line> lines) {
    long prev = -1;
    for (Line l : lines) {
      assertTrue(l.byteOffset() > prev, "offsets increase");
      prev = l.byteOffset();
      if (l.number() > 1) {
        int b = bytes[(int) l.byteOffset() - 1] & 0xFF;
        int b2 = l.byteOffset() >= 2 ? bytes[(int) l.byteOffset() - 2] & 0xFF : -1;
        // UTF-16/32 store LF/CR with zero bytes around: one of the last two bytes is the break
        assertTrue(
            b == '\n' || b == '\r' || b == 0 || b2 == '\n' || b2 == '\r',
            "byte before line " + l.number() + " is a line break");
      }
    }
  }

  @Test
  void manyBuffers_everyLineLength_controlBytes_andBreaksAtBufferEdges() throws IOException {
    // the reader's 64 KiB buffer refills many times; runs of empty lines give more candidate
    // terminators than one collection holds; CR, LF and CR LF fall on every byte of a word
    SplittableRandom rnd = new SplittableRandom(21);
    StringBuilder sb = new StringBuilder();
    String[] breaks = {"\n", "\r\n", "\r"};
    while (sb.length() < 600_000) {
      int kind = rnd.nextInt(10);
      if (kind == 0) {
        sb.append("\n".repeat(1 + rnd.nextInt(3000))); // many empty lines
      } else if (kind == 1) {
        sb.append("x".repeat(60_000 + rnd.nextInt(20_000))); // a line across buffers
      } else if (kind == 2) {
        sb.append("tab\tvt\u000bff\fnul\u0000ctl\u0001\u000e\u000f end");
      } else {
        sb.append("w".repeat(rnd.nextInt(20)));
      }
      sb.append(breaks[rnd.nextInt(breaks.length)]);
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Path f = dir.resolve("big.txt");
    Files.write(f, bytes);
    List<String> expected = TestFiles.referenceLines(bytes, StandardCharsets.UTF_8);
    assertEquals(expected, TestFiles.toList(TextFiles.lines(f).open()), "unsplit");
    for (int k = 0; k < 40; k++) {
      long a = 1 + rnd.nextInt(bytes.length - 2);
      long b = a + 1 + rnd.nextInt(bytes.length - (int) a - 1);
      assertEquals(expected, TestFiles.splitAt(TextFiles.lines(f).open(), a, b), a + "," + b);
    }
  }

  @Test
  void fourByteCharacterAtEveryBoundary() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("\uD83D\uDE00".repeat(i % 5)).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Path f = dir.resolve("emoji.txt");
    Files.write(f, bytes);
    List<String> expected = TestFiles.referenceLines(bytes, StandardCharsets.UTF_8);
    FileSource<String> src = TextFiles.lines(f);
    Source<String> opened = src.open(); // immutable: reused by every split
    for (long at = 1; at < bytes.length; at++) {
      assertEquals(expected, TestFiles.splitAt(opened, at), "split at " + at);
    }
  }

  @Test
  void emptyFile_bomOnly_singleNewline() throws IOException {
    byte[][] inputs = {
      {},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {'\n'},
      {'\r'},
      {'\r', '\n'},
      {'\n', '\n'},
      {'\r', '\r', '\n', '\r'},
      {'x'}
    };
    for (byte[] bytes : inputs) {
      Path f = dir.resolve("e.txt");
      Files.write(f, bytes);
      List<String> expected = TestFiles.referenceLines(bytes, StandardCharsets.UTF_8);
      assertEquals(expected, TestFiles.toList(TextFiles.lines(f).open()));
      for (long at = 1; at < bytes.length; at++) {
        assertEquals(expected, TestFiles.splitAt(TextFiles.lines(f).open(), at));
      }
    }
  }
}
