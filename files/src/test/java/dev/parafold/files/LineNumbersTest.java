package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldOptions;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line numbers are resolved only for what is reported: a fold that asks for none counts no line
 * break, one that reports bad lines near the start counts only the blocks before them, and the
 * numbers equal the sequential count for every chunking.
 */
final class LineNumbersTest {
  @TempDir Path dir;
  private Path file;
  private final List<Long> badLines = new ArrayList<>();
  private long badOffsetMax;
  private long length;

  @BeforeEach
  void write() throws IOException {
    StringBuilder sb = new StringBuilder();
    long offset = 0;
    for (long line = 1; line <= 40_000; line++) {
      String text = line % 997 == 0 && line < 8000 ? "bad" + line : Long.toString(line % 1000);
      if (text.startsWith("bad")) {
        badLines.add(line);
        badOffsetMax = offset;
      }
      String eol = line % 5 == 0 ? "\r\n" : line % 11 == 0 ? "\r" : "\n";
      sb.append(text).append(eol);
      offset += text.length() + eol.length();
    }
    file = Files.writeString(dir.resolve("n.txt"), sb.toString());
    length = offset;
  }

  private Source<Either<RecordError, Long>> opened() {
    return TextFiles.parsedLines(file, l -> Long.parseLong(l.text())).withChunkBytes(4096).open();
  }

  private static PrefixIndex index(Source<?> opened) {
    return ((FileChunk<?>) opened).file().lines;
  }

  @Test
  void aFoldThatAsksForNoNumber_countsNoLineBreak() {
    Source<Either<RecordError, Long>> src = opened();
    long n =
        ForkJoinExecutor.shared()
            .fold(src, Reducers.count(), FoldOptions.defaults().chunks(ChunkPolicy.fixed(1)));
    assertEquals(40_000, n);
    assertEquals(0, index(src).countedBlocks());
  }

  @Test
  void reportedErrors_countOnlyTheBlocksBeforeThem() {
    Source<Either<RecordError, Long>> src = opened();
    ParseResult<Long> r =
        ForkJoinExecutor.shared()
            .fold(
                src,
                BadRecords.handle(ParseMode.DROPMALFORMED, Reducers.count(), 100),
                FoldOptions.defaults().chunks(ChunkPolicy.fixed(1)));
    assertEquals(0, index(src).countedBlocks(), "nothing counted while folding");
    List<Long> lines = new ArrayList<>();
    r.firstErrors().forEach(e -> lines.add(e.line()));
    assertEquals(badLines, lines);
    PrefixIndex index = index(src);
    long allBlocks = length / index.block() + 1;
    long needed = badOffsetMax / index.block() + 1;
    assertTrue(
        index.countedBlocks() <= needed && needed < allBlocks / 3,
        index.countedBlocks() + " blocks counted, " + needed + " needed of " + allBlocks);
  }

  @Test
  void numbers_equalTheSequentialCount_forEveryChunking() {
    List<Long> expected = new ArrayList<>();
    for (long i = 1; i <= 40_000; i++) {
      expected.add(i);
    }
    SplittableRandom rnd = new SplittableRandom(9);
    for (int round = 0; round < 6; round++) {
      Source<Line> src = TextFiles.numberedLines(file).withChunkBytes(512).open();
      List<Line> got = new ArrayList<>();
      for (Source<Line> leaf : TestFiles.randomLeaves(src, rnd, 1 + rnd.nextInt(3000))) {
        got.addAll(TestFiles.toList(leaf));
      }
      List<Long> numbers = new ArrayList<>();
      // ask in reverse so later chunks resolve first
      for (int i = got.size() - 1; i >= 0; i--) {
        numbers.add(0, got.get(i).number());
      }
      assertEquals(expected, numbers, "round " + round);
    }
  }
}
