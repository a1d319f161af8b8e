package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B11 malformed-line injection: numbers with bad lines planted at known places; every mode reports
 * exactly the planted errors with their file, line, byte offset and snippet, on every executor.
 */
final class BadRecordsTest {
  @TempDir Path dir;
  private Path file;
  private final List<Long> badLines = new ArrayList<>();
  private final List<Long> badOffsets = new ArrayList<>();
  private final List<String> badTexts = new ArrayList<>();
  private long goodSum;
  private long goodCount;

  private static final FoldExecutor[] EXECUTORS = {
    SequentialExecutor.instance(), new SplitTreeExecutor(4), ForkJoinExecutor.shared()
  };

  @BeforeEach
  void plant() throws IOException {
    SplittableRandom rnd = new SplittableRandom(42);
    StringBuilder sb = new StringBuilder();
    long offset = 0;
    for (long line = 1; line <= 20_000; line++) {
      String text;
      if (rnd.nextInt(500) == 0) {
        text = rnd.nextBoolean() ? "oops " + line : "x".repeat(300 + rnd.nextInt(100)) + line;
        badLines.add(line);
        badOffsets.add(offset);
        badTexts.add(text);
      } else {
        long v = rnd.nextInt(1000) - 500;
        text = Long.toString(v);
        goodSum += v;
        goodCount++;
      }
      String eol = line % 7 == 0 ? "\r\n" : "\n";
      sb.append(text).append(eol);
      offset += text.getBytes(StandardCharsets.UTF_8).length + eol.length();
    }
    file = dir.resolve("numbers.txt");
    Files.writeString(file, sb.toString());
    assertTrue(badLines.size() > 10, "planted " + badLines.size());
  }

  private FileSource<Either<RecordError, Long>> parsed() {
    return TextFiles.parsedLines(file, line -> Long.parseLong(line.text())).withChunkBytes(4096);
  }

  private FoldOptions options() {
    return FoldOptions.defaults().chunks(ChunkPolicy.fixed(1));
  }

  @Test
  void permissive_countsEveryError_keepsTheFirstInFileOrder() {
    for (FoldExecutor ex : EXECUTORS) {
      ParseResult<Long> r =
          ex.fold(
              parsed(),
              BadRecords.handle(ParseMode.PERMISSIVE, Reducers.summingLong(x -> x), e -> 0L, 5),
              options());
      assertEquals(goodSum, r.value(), ex.describe());
      assertEquals(badLines.size(), r.errorCount(), ex.describe());
      assertEquals(5, r.firstErrors().size());
      for (int i = 0; i < 5; i++) {
        RecordError e = r.firstErrors().get(i);
        assertEquals(file, e.file());
        assertEquals(badLines.get(i), e.line(), ex.describe());
        assertEquals(badOffsets.get(i), e.byteOffset(), ex.describe());
        assertEquals(RecordError.truncate(badTexts.get(i)), e.snippet());
        assertTrue(e.snippet().length() <= RecordError.MAX_SNIPPET);
        assertTrue(e.cause() instanceof NumberFormatException);
      }
    }
  }

  @Test
  void permissive_passesEitherDownstream_withPositions() {
    ParseResult<List<Either<RecordError, Long>>> r =
        ForkJoinExecutor.shared()
            .fold(parsed(), BadRecords.permissive(Reducers.toList(), 1000), options());
    assertEquals(goodCount + badLines.size(), r.value().size());
    List<Long> lefts = new ArrayList<>();
    for (Either<RecordError, Long> e : r.value()) {
      if (e.isLeft()) {
        lefts.add(e.getLeft().line());
      }
    }
    assertEquals(badLines, lefts);
    assertEquals(badLines.size(), r.errorCount());
  }

  @Test
  void dropMalformed_dropsButCounts() {
    for (FoldExecutor ex : EXECUTORS) {
      ParseResult<Long> r =
          ex.fold(
              parsed(), BadRecords.handle(ParseMode.DROPMALFORMED, Reducers.count(), 0), options());
      assertEquals(goodCount, r.value());
      assertEquals(badLines.size(), r.errorCount());
      assertEquals(List.of(), r.firstErrors());
    }
  }

  @Test
  void failfast_throwsWithPosition() {
    for (FoldExecutor ex : EXECUTORS) {
      RecordParseException e =
          assertThrows(
              RecordParseException.class,
              () ->
                  ex.fold(
                      parsed(),
                      BadRecords.handle(ParseMode.FAILFAST, Reducers.count(), 0),
                      options()));
      int i = badLines.indexOf(e.error().line());
      assertTrue(i >= 0, "reported line " + e.error().line() + " is a planted one");
      assertEquals(badOffsets.get(i), e.error().byteOffset());
      assertTrue(e.getMessage().startsWith(file + ":" + badLines.get(i) + " (byte offset "));
      assertTrue(
          e.getMessage().length() <= file.toString().length() + 60 + 2 * RecordError.MAX_SNIPPET,
          e.getMessage());
      if (ex instanceof SequentialExecutor) {
        assertEquals(badLines.get(0), e.error().line(), "sequential: the first bad line");
      }
    }
  }

  @Test
  void csvModes_countInjectedRecords() throws IOException {
    SplittableRandom rnd = new SplittableRandom(7);
    StringBuilder sb = new StringBuilder("id,name,note\n");
    List<Long> planted = new ArrayList<>();
    long line = 2;
    for (int i = 0; i < 3000; i++) {
      int k = rnd.nextInt(100);
      if (k == 0) {
        sb.append(i).append(",only two\n"); // wrong field count
        planted.add(line);
        line++;
      } else if (k == 1) {
        sb.append(i).append(",\"closed\"x,n\n"); // text after a closing quote
        planted.add(line);
        line++;
      } else {
        sb.append(i).append(",\"multi\nline\",\"a \"\"q\"\"\"\n");
        line += 2;
      }
    }
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, sb.toString());
    FileSource<Either<RecordError, CsvRecord>> src =
        CsvFiles.checkedRecords(f, CsvFormat.RFC4180.withHeader(true)).withChunkBytes(2048);
    for (FoldExecutor ex : EXECUTORS) {
      ParseResult<Long> r =
          ex.fold(
              src, BadRecords.handle(ParseMode.DROPMALFORMED, Reducers.count(), 10_000), options());
      assertEquals(3000 - planted.size(), r.value());
      assertEquals(planted.size(), r.errorCount());
      List<Long> lines = new ArrayList<>();
      for (RecordError e : r.firstErrors()) {
        lines.add(e.line());
      }
      assertEquals(planted, lines, ex.describe());
    }
  }

  @Test
  void snippet_isTruncatedTo200Chars() {
    RecordError e = new RecordError(file, 1, 0, "y".repeat(1000), "bad", null);
    assertEquals(RecordError.MAX_SNIPPET, e.snippet().length());
  }
}
