package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code TextFiles.words}: the words of a file are those of {@code line.split("\\s+")} over
 * BufferedReader's lines, without the empty strings, split at every byte offset, in every charset
 * the line source reads; short ASCII words repeat as one {@code String} within a chunk.
 */
final class WordsTest {
  @TempDir Path dir;

  private static final String[] PIECES = {
    "a",
    "hello world",
    "  two  spaces ",
    "tab\tsep\t",
    "vt\u000bff\fmix",
    "ctl\u0001inside\u001fword",
    "nul\u0000byte",
    "h\u00e9llo w\u00f6rld",
    "\u65e5\u672c\u8a9e \u00e9",
    "\uD83D\uDE00x\uD83D\uDE00",
    "nbsp\u00a0is\u0085not\u2028a separator",
    "seven77 eight888 nine99999 fifteen15151515 sixteen161616161 seventeen17171717",
    "averyveryverylongwordofmorethansixteenbytes x",
    "",
    " ",
  };
  private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

  /** What a stream user gets: BufferedReader's lines, split on \s+, empty strings dropped. */
  private static List<String> referenceWords(byte[] bytes, Charset cs) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : TestFiles.referenceLines(bytes, cs)) {
      Arrays.stream(line.split("\\s+")).filter(w -> !w.isEmpty()).forEach(out::add);
    }
    return out;
  }

  private static String text(SplittableRandom rnd, int lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      if (rnd.nextInt(3) == 0) {
        sb.append(' ').append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      if (i < lines - 1 || rnd.nextBoolean()) {
        sb.append(ENDINGS[rnd.nextInt(ENDINGS.length)]);
      }
    }
    return sb.toString();
  }

  @Test
  void everySplitOffset_givesTheWordsOfSplitOnWhitespace() throws IOException {
    Charset[] charsets = {
      StandardCharsets.UTF_8,
      StandardCharsets.ISO_8859_1,
      Charset.forName("windows-1252"),
      StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16,
      Charset.forName("UTF-32BE")
    };
    long seed = 3;
    for (Charset cs : charsets) {
      for (int variant = 0; variant < 4; variant++) {
        SplittableRandom rnd = new SplittableRandom(seed++);
        String s = text(rnd, 1 + rnd.nextInt(25));
        if (!cs.name().startsWith("UTF")) {
          s = s.replaceAll("[^\\x00-\\xff]", "?");
        }
        boolean bom = variant >= 2 && cs.name().startsWith("UTF");
        byte[] bytes = TextFilesSplitTest.encode(s, cs, bom);
        Path f = dir.resolve("w.txt");
        Files.write(f, bytes);
        List<String> expected = referenceWords(bytes, cs);
        Source<String> opened = TextFiles.words(FileSet.of(f), cs).open();
        assertEquals(expected, TestFiles.toList(opened), cs + " unsplit");
        for (long at = 1; at < bytes.length; at++) {
          assertEquals(expected, TestFiles.splitAt(opened, at), cs + " split at " + at);
        }
        FileSource<String> fine = TextFiles.words(FileSet.of(f), cs).withChunkBytes(3);
        assertEquals(
            expected,
            ForkJoinExecutor.shared().fold(fine, Reducers.toList(), FoldOptions.defaults()),
            cs + " fork/join, 3-byte chunks");
      }
    }
  }

  @Test
  void unsplittableCharset_cutsTheDecodedLines() throws IOException {
    Charset ebcdic = Charset.forName("IBM037");
    Path p = dir.resolve("e.txt");
    Files.write(p, "alpha  beta\n\tgamma\r\ndelta ".getBytes(ebcdic));
    assertEquals(
        List.of("alpha", "beta", "gamma", "delta"),
        TestFiles.toList(TextFiles.words(FileSet.of(p), ebcdic).open()));
  }

  @Test
  void gzipFilesAndFileSets_giveTheWordsFileAfterFile() throws IOException {
    SplittableRandom rnd = new SplittableRandom(9);
    String a = text(rnd, 3000);
    String b = text(rnd, 2000);
    Path plain = dir.resolve("a.txt");
    Files.writeString(plain, a);
    Path gz = dir.resolve("b.txt.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(b.getBytes(StandardCharsets.UTF_8));
    }
    List<String> expected =
        new ArrayList<>(referenceWords(a.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    expected.addAll(referenceWords(b.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    FileSource<String> src =
        TextFiles.words(FileSet.of(plain, gz), StandardCharsets.UTF_8).withChunkBytes(4096);
    assertEquals(
        expected, ForkJoinExecutor.shared().fold(src, Reducers.toList(), FoldOptions.defaults()));
  }

  @Test
  void repeatedShortWords_areOneStringPerChunk() throws IOException {
    Path p = dir.resolve("r.txt");
    Files.write(p, List.of("to be or not to be", "sixteen-bytes-ab sixteen-bytes-ab"));
    List<String> words = TestFiles.toList(TextFiles.words(p).open());
    assertEquals(
        List.of("to", "be", "or", "not", "to", "be", "sixteen-bytes-ab", "sixteen-bytes-ab"),
        words);
    assertSame(words.get(0), words.get(4));
    assertSame(words.get(1), words.get(5));
    assertSame(words.get(6), words.get(7));
    assertNotSame(words.get(0), words.get(1));
  }

  @Test
  void earlyStoppingReducers_andCounts() throws IOException {
    Path p = dir.resolve("s.txt");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      sb.append("w").append(i).append(i % 7 == 0 ? "\n" : " ");
    }
    Files.writeString(p, sb);
    FileSource<String> src = TextFiles.words(p).withChunkBytes(4096);
    assertEquals(
        "w0",
        ForkJoinExecutor.shared()
            .fold(src, Reducers.<String>first(), FoldOptions.defaults())
            .orElseThrow());
    assertTrue(
        ForkJoinExecutor.shared()
            .fold(src, Reducers.<String>anyMatch(w -> w.equals("w12345")), FoldOptions.defaults()));
    assertEquals(
        50_000L, ForkJoinExecutor.shared().fold(src, Reducers.count(), FoldOptions.defaults()));
  }

  @Test
  void strictDecoding_namesTheLineAndOffsetOfAnInvalidByte() throws IOException {
    Path p = dir.resolve("bad.txt");
    byte[] head = "a b\n\u00e9 c\nxx ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
    bytes[head.length + 1] = 'y';
    bytes[head.length + 2] = '\n';
    Files.write(p, bytes);
    for (long chunk : new long[] {1 << 20, 3}) {
      FileSource<String> src = TextFiles.words(p).withStrictDecoding().withChunkBytes(chunk);
      RecordParseException e =
          assertThrows(
              RecordParseException.class,
              () -> ForkJoinExecutor.shared().fold(src, Reducers.count(), FoldOptions.defaults()));
      assertEquals(3, e.error().line());
      assertTrue(
          e.getMessage().contains("invalid UTF-8 at byte offset " + head.length), e.getMessage());
    }
    // without strict decoding the byte reads as U+FFFD, as InputStreamReader reads it
    assertEquals(
        List.of("a", "b", "\u00e9", "c", "xx", "\uFFFDy"),
        TestFiles.toList(TextFiles.words(p).open()));
  }
}
