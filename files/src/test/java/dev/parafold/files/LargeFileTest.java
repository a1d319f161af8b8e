package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B11 at scale: a generated file (20 MiB in CI, 100 MiB under {@code -Pstress}) of mixed line
 * endings, empty lines and 4-byte characters, split at random byte offsets and by the executors:
 * the lines equal BufferedReader's, 0 duplicated, 0 lost; numbered lines count 1..n.
 */
final class LargeFileTest {
  @TempDir Path dir;

  /** Writes about {@code bytes} bytes of random lines; returns the path. */
  static Path generate(Path dir, long bytes, long seed, Charset cs) throws IOException {
    Path p = dir.resolve("large-" + bytes + ".txt");
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] words = {
      "alpha", "beta", "\u00e9t\u00e9", "\u65e5\u672c", "\uD83D\uDE00", "x", "", "42"
    };
    String[] eols = {"\n", "\n", "\n", "\r\n", "\r"};
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      long written = 0;
      StringBuilder sb = new StringBuilder();
      long line = 0;
      while (written < bytes) {
        sb.setLength(0);
        sb.append(line++).append(' ');
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
          sb.append(words[rnd.nextInt(words.length)]).append(' ');
        }
        if (rnd.nextInt(50) == 0) {
          sb.setLength(0); // empty line
        }
        sb.append(eols[rnd.nextInt(eols.length)]);
        byte[] b = sb.toString().getBytes(cs);
        out.write(b);
        written += b.length;
      }
    }
    return p;
  }

  @Test
  void twentyMiB_randomOffsets_andForkJoin() throws IOException {
    check(20L << 20, 25);
  }

  @Test
  @Tag("stress")
  void hundredMiB_randomOffsets_andForkJoin() throws IOException {
    check(100L << 20, 100);
  }

  private void check(long size, int splits) throws IOException {
    Path p = generate(dir, size, size, StandardCharsets.UTF_8);
    List<String> expected = TestFiles.referenceLines(Files.readAllBytes(p), StandardCharsets.UTF_8);
    SplittableRandom rnd = new SplittableRandom(size);
    // random byte offsets: a random split tree with about `splits` leaves
    FileSource<String> src = TextFiles.lines(p);
    List<Source<String>> leaves =
        TestFiles.randomLeaves(src.open(), rnd, Files.size(p) / (2L * splits));
    List<String> got = new ArrayList<>(expected.size());
    for (Source<String> leaf : leaves) {
      got.addAll(TestFiles.toList(leaf));
    }
    assertTrue(leaves.size() > splits / 4, "leaves: " + leaves.size());
    assertNoneLostOrDuplicated(expected, got);
    assertEquals(expected, got);

    long t0 = System.nanoTime();
    List<String> parallel =
        ForkJoinExecutor.shared()
            .fold(src.withChunkBytes(256 << 10), Reducers.toList(), FoldOptions.defaults());
    long t1 = System.nanoTime();
    assertEquals(expected, parallel);
    List<Line> numbered =
        ForkJoinExecutor.shared()
            .fold(
                TextFiles.numberedLines(p).withChunkBytes(256 << 10),
                Reducers.toList(),
                FoldOptions.defaults());
    long t2 = System.nanoTime();
    for (int i = 0; i < numbered.size(); i++) {
      if (numbered.get(i).number() != i + 1 || !numbered.get(i).text().equals(expected.get(i))) {
        throw new AssertionError("line " + (i + 1) + " got " + numbered.get(i));
      }
    }
    assertEquals(expected.size(), numbered.size());
    System.out.printf(
        "[figure] %d MiB, %d lines: lines toList %d ms, numbered toList %d ms (ForkJoin, %d leaves"
            + " in the random tree)%n",
        size >> 20, expected.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, leaves.size());
  }

  private static void assertNoneLostOrDuplicated(List<String> expected, List<String> got) {
    Map<String, Integer> diff = new HashMap<>();
    for (String s : expected) {
      diff.merge(s, 1, Integer::sum);
    }
    for (String s : got) {
      diff.merge(s, -1, Integer::sum);
    }
    long lost = diff.values().stream().filter(v -> v > 0).mapToLong(v -> v).sum();
    long dup = diff.values().stream().filter(v -> v < 0).mapToLong(v -> -v).sum();
    assertEquals(0, lost, "lost lines");
    assertEquals(0, dup, "duplicated lines");
  }
}
