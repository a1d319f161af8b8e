package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldCancelledException;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File sets, gzip, other charsets, progress, error messages and file handles. */
final class FileSourceTest {
  @TempDir Path dir;

  private static final FoldOptions FINE = FoldOptions.defaults().chunks(ChunkPolicy.fixed(1));

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private Path gzip(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  private static String lines(String prefix, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(prefix).append(i).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    return sb.toString();
  }

  private static List<String> expected(String... texts) throws IOException {
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      out.addAll(
          TestFiles.referenceLines(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void directory_ofVeryDifferentSizes_inPathOrder_balanced() throws IOException {
    String big = lines("big", 50_000);
    String[] small = new String[30];
    for (int i = 0; i < small.length; i++) {
      small[i] = lines("s" + i + "-", i);
    }
    write("a-big.txt", big);
    for (int i = 0; i < small.length; i++) {
      write(String.format("b-%02d.txt", i), small[i]);
    }
    String gz = lines("gz", 2000);
    gzip("c-last.txt.gz", gz);
    List<String> all = new ArrayList<>(expected(big));
    for (String s : small) {
      all.addAll(expected(s));
    }
    all.addAll(expected(gz));
    FileSource<String> src =
        TextFiles.lines(FileSet.directory(dir), StandardCharsets.UTF_8).withChunkBytes(16 << 10);
    assertEquals(all, TestFiles.toList(src.open()));
    assertEquals(all, new SplitTreeExecutor(4).fold(src, Reducers.toList(), FINE));
    assertEquals(all, ForkJoinExecutor.shared().fold(src, Reducers.toList(), FINE));

    // leaves: the big file cut into ~16-32 KiB chunks, the small files grouped, gzip alone
    List<Source<String>> leaves = new ArrayList<>();
    collectLeaves(src.open(), leaves);
    long bigChunks = leaves.stream().filter(s -> s.describe().contains("a-big.txt")).count();
    long bigSize = Files.size(dir.resolve("a-big.txt"));
    assertTrue(bigChunks >= bigSize / (32 << 10), "big file chunks: " + bigChunks);
    for (Source<String> leaf : leaves) {
      if (leaf instanceof FileChunk) {
        FileChunk<String> c = (FileChunk<String>) leaf;
        assertTrue(
            c.end() - c.start() < 32 << 10 || c.describe().contains("gzip"), leaf.describe());
      }
    }
    assertTrue(leaves.size() < bigChunks + 10, "small files grouped: " + leaves.size());
  }

  private static <T> void collectLeaves(Source<T> s, List<Source<T>> out) {
    Split<T> sp = s.split();
    if (sp == null) {
      out.add(s);
      return;
    }
    collectLeaves(sp.left(), out);
    collectLeaves(sp.right(), out);
  }

  @Test
  void numberedLines_restartInEachFile_acrossChunks() throws IOException {
    write("n/a.txt", lines("a", 3000));
    write("n/b.txt", lines("b", 10));
    write("n/c.txt", lines("c", 2000));
    List<Line> got =
        ForkJoinExecutor.shared()
            .fold(
                TextFiles.numberedLines(FileSet.directory(dir.resolve("n")), StandardCharsets.UTF_8)
                    .withChunkBytes(1000),
                Reducers.toList(),
                FINE);
    assertEquals(5010, got.size());
    long expectedNumber = 0;
    Path current = null;
    for (Line l : got) {
      if (!l.file().equals(current)) {
        current = l.file();
        expectedNumber = 0;
      }
      assertEquals(++expectedNumber, l.number(), l.toString());
      String prefix = current.getFileName().toString().substring(0, 1);
      assertEquals(prefix + (expectedNumber - 1), l.text());
    }
  }

  @Test
  void glob_matchesRecursively() throws IOException {
    write("x/one.log", "1\n2\n");
    write("x/y/two.log", "3\n");
    write("x/y/skip.txt", "nope\n");
    FileSource<String> src =
        TextFiles.lines(FileSet.glob(dir.resolve("x"), "**.log"), StandardCharsets.UTF_8);
    assertEquals(List.of("1", "2", "3"), TestFiles.toList(src.open()));
  }

  @Test
  void gzip_isOneChunk_numberedWithUncompressedOffsets() throws IOException {
    String text = "\uFEFFfirst\nsecond\r\n\nlast";
    Path p = gzip("n.txt.gz", text);
    Source<Line> open = TextFiles.numberedLines(p, StandardCharsets.UTF_8).withChunkBytes(1).open();
    assertNull(open.split());
    assertTrue(open.describe().contains("gzip: not splittable"), open.describe());
    List<Line> got = TestFiles.toList(open);
    assertEquals(
        List.of(
            new Line(p, 1, 0, "first"),
            new Line(p, 2, 9, "second"),
            new Line(p, 3, 17, ""),
            new Line(p, 4, 18, "last")),
        got);
  }

  @Test
  void unsplittableCharset_isReadAsOneStream_andSaysSo() throws IOException {
    Charset ebcdic = Charset.forName("IBM037");
    String text = "alpha\nbeta\r\ngamma";
    Path p = dir.resolve("e.txt");
    Files.write(p, text.getBytes(ebcdic));
    Source<Line> open = TextFiles.numberedLines(p, ebcdic).withChunkBytes(1).open();
    assertNull(open.split());
    assertTrue(open.describe().contains("not split"), open.describe());
    List<Line> got = TestFiles.toList(open);
    assertEquals(List.of("alpha", "beta", "gamma"), got.stream().map(Line::text).toList());
    assertEquals(3, got.get(2).number());
    assertEquals(RecordError.UNKNOWN, got.get(2).byteOffset());
  }

  @Test
  void progress_reportsEveryByteOnce() throws IOException {
    Path p = write("p.txt", lines("p", 20_000));
    ConcurrentLinkedQueue<Progress> seen = new ConcurrentLinkedQueue<>();
    FileSource<String> src = TextFiles.lines(p).withChunkBytes(8 << 10).withProgress(seen::add);
    long n = ForkJoinExecutor.shared().fold(src, Reducers.count(), FINE);
    assertEquals(20_000, n);
    long size = Files.size(p);
    Progress last = seen.stream().max((a, b) -> Long.compare(a.bytesDone(), b.bytesDone())).get();
    assertEquals(size, last.bytesDone());
    assertEquals(size, last.bytesTotal());
    assertEquals(seen.size(), last.chunksDone());
    assertEquals(1.0, last.fraction());
    assertTrue(seen.size() >= size / (16 << 10), "chunks: " + seen.size());
    assertTrue(last.eta().isPresent());
  }

  @Test
  void missingFile_namesThePath() {
    Path p = dir.resolve("no-such-file.txt");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> TextFiles.lines(p).open());
    assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
  }

  @Test
  void longRecord_failsAtItsOffset_notOutOfMemory() throws IOException {
    Path p = write("long.txt", "ok\n" + "z".repeat(5000) + "\nok\n");
    RecordParseException e =
        assertThrows(
            RecordParseException.class,
            () -> TestFiles.toList(TextFiles.lines(p).withMaxRecordBytes(1024).open()));
    assertEquals(3, e.error().byteOffset());
  }

  // ---- file handles close on every path -----------------------------------------------------

  private static long openFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
      return s.count();
    }
  }

  @Test
  void fileHandles_closeOnNormalEnd_failure_earlyStop_cancel() throws IOException {
    Path p = write("h.txt", lines("h", 50_000));
    FileSource<String> src = TextFiles.lines(p).withChunkBytes(4 << 10);
    Source<String> single = TextFiles.lines(p).open();
    long before = openFiles();
    for (int round = 0; round < 3; round++) {
      ForkJoinExecutor.shared().fold(src, Reducers.count(), FINE);
      // failure in the reducer
      Reducer<String, ?, Long> boom =
          Reducers.summingLong(
              s -> {
                if (s.equals("h777")) {
                  throw new IllegalStateException("boom");
                }
                return 1L;
              });
      assertThrows(
          IllegalStateException.class, () -> ForkJoinExecutor.shared().fold(src, boom, FINE));
      assertThrows(IllegalStateException.class, () -> TestFiles.fold(single, boom));
      // early stop
      Optional<String> first = ForkJoinExecutor.shared().fold(src, Reducers.first(), FINE);
      assertEquals(Optional.of("h0"), first);
      assertEquals(
          true,
          SequentialExecutor.instance()
              .fold(src, Reducers.anyMatch(s -> s.equals("h10")), FoldOptions.defaults()));
      // cancel from inside the fold
      CancelHandle cancel = new CancelHandle();
      Reducer<String, ?, Long> cancelling =
          Reducers.summingLong(
              s -> {
                if (s.equals("h20000")) {
                  cancel.cancel();
                }
                return 1L;
              });
      assertThrows(
          FoldCancelledException.class,
          () -> ForkJoinExecutor.shared().fold(src, cancelling, FINE.cancelWith(cancel)));
    }
    assertEquals(before, openFiles(), "file descriptors leaked");
    assertFalse(src.describe().isEmpty());
  }

  @Test
  void randomFileSets_equalConcatenatedReference() throws IOException {
    SplittableRandom rnd = new SplittableRandom(3);
    for (int round = 0; round < 5; round++) {
      Path sub = dir.resolve("r" + round);
      Files.createDirectories(sub);
      List<String> all = new ArrayList<>();
      int files = 1 + rnd.nextInt(8);
      for (int i = 0; i < files; i++) {
        String t =
            TextFilesSplitTest.text(
                rnd, rnd.nextInt(300), new String[] {"\n", "\r\n", "\r"}, rnd.nextBoolean());
        Files.writeString(sub.resolve("f" + i + ".txt"), t);
        all.addAll(expected(t));
      }
      FileSource<String> src =
          TextFiles.lines(FileSet.directory(sub), StandardCharsets.UTF_8)
              .withChunkBytes(1 + rnd.nextInt(200));
      assertEquals(all, ForkJoinExecutor.shared().fold(src, Reducers.toList(), FINE));
    }
  }

  @Test
  void strictDecoding_namesFileLineAndOffset_ofAnInvalidByte() throws IOException {
    Path p = dir.resolve("bad.txt");
    byte[] head = "a,1\n\u00e9,2\nxx".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
    bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
    bytes[head.length + 1] = ',';
    bytes[head.length + 2] = '3';
    bytes[head.length + 3] = '\n';
    Files.write(p, bytes);
    String where = "invalid UTF-8 at byte offset " + head.length;
    List<FileSource<?>> sources =
        List.of(
            TextFiles.lines(p).withStrictDecoding(),
            TextFiles.numberedLines(p).withStrictDecoding(),
            CsvFiles.records(p, CsvFormat.RFC4180).withStrictDecoding());
    for (FileSource<?> src : sources) {
      for (long chunk : new long[] {1 << 20, 3}) {
        RecordParseException e =
            assertThrows(
                RecordParseException.class,
                () ->
                    ForkJoinExecutor.shared()
                        .fold(src.withChunkBytes(chunk), Reducers.count(), FoldOptions.defaults()));
        assertEquals(3, e.error().line(), src.describe());
        assertTrue(e.getMessage().contains(where), e.getMessage());
      }
      // without strict decoding the byte reads as U+FFFD, as InputStreamReader reads it
    }
    assertEquals("xx\uFFFD,3", TestFiles.toList(TextFiles.lines(p).open()).get(2));
  }
}
