package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Stop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-range partitions of a text file hold every line exactly once, in order. */
final class TextLinesSourceTest {
  @TempDir Path dir;

  private static final String[] TEXTS = {
    "",
    "\n",
    "a",
    "a\n",
    "a\nb",
    "a\n\nb\n",
    "\n\n\n",
    "alpha\r\nbeta\r\ngamma",
    "é€\nxyz\n12\n",
    "one line only, rather long, with no newline at the end",
  };

  @Test
  void everyPartitionCount_givesTheLinesOfBufferedReader() throws IOException {
    for (String text : TEXTS) {
      Path f = dir.resolve("t.txt");
      Files.write(f, text.getBytes(StandardCharsets.UTF_8));
      List<String> expected =
          new BufferedReader(new StringReader(text)).lines().collect(Collectors.toList());
      TextLinesSource source = new TextLinesSource(f, 1);
      assertEquals(
          expected,
          SequentialExecutor.instance().fold(source, Reducers.toList(), FoldOptions.defaults()));
      for (int n = 1; n <= text.length() + 2; n++) {
        List<String> got = new ArrayList<>();
        for (SourcePart<String> part : source.parts(n)) {
          Reducer<String, ?, List<String>> r = Reducers.toList();
          got.addAll(foldPart(part, r));
        }
        assertEquals(expected, got, "text " + text.replace("\n", "\\n") + " in " + n + " parts");
      }
    }
  }

  /** Lines across the 64 KiB read blocks, one longer than a block, multi-byte and CRLF. */
  @Test
  void linesAcrossReadBlocks_inManyPartitionCounts() throws IOException {
    java.util.Random rnd = new java.util.Random(7);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 400_000) {
      int len = rnd.nextInt(20) == 0 ? rnd.nextInt(3000) : rnd.nextInt(80);
      if (sb.length() > 200_000 && sb.length() < 201_000) {
        len = 100_000; // one line longer than a read block
      }
      for (int i = 0; i < len; i++) {
        sb.append(rnd.nextInt(50) == 0 ? '\u00e9' : (char) ('a' + rnd.nextInt(26)));
      }
      sb.append(rnd.nextInt(4) == 0 ? "\r\n" : "\n");
    }
    sb.append("no newline at the end");
    String text = sb.toString();
    Path f = dir.resolve("big.txt");
    Files.write(f, text.getBytes(StandardCharsets.UTF_8));
    List<String> expected =
        new BufferedReader(new StringReader(text)).lines().collect(Collectors.toList());
    TextLinesSource source = new TextLinesSource(f, 1);
    for (int n : new int[] {1, 2, 3, 7, 16, 61, 250}) {
      List<String> got = new ArrayList<>();
      for (SourcePart<String> part : source.parts(n)) {
        Reducer<String, ?, List<String>> r = Reducers.toList();
        got.addAll(foldPart(part, r));
      }
      assertEquals(expected, got, n + " parts");
    }
  }

  private static <A> List<String> foldPart(
      SourcePart<String> part, Reducer<String, A, List<String>> r) {
    return r.complete(part.open().reduce(r, r.init(part.offset()), Stop.NEVER));
  }
}
