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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mapper that throws while mapping a CSV record (a number that is not one) is a bad record in
 * every mode, never a crash; PERMISSIVE keeps it downstream as a stand-in, DROPMALFORMED leaves it
 * out, FAILFAST fails naming file, line and column.
 */
final class CsvMappedModesTest {
  @TempDir Path dir;
  private Path file;
  private final List<Long> badLines = new ArrayList<>();
  private long goodSum;
  private long goodCount;

  private static final FoldExecutor[] EXECUTORS = {
    SequentialExecutor.instance(), new SplitTreeExecutor(4), ForkJoinExecutor.shared()
  };

  record Sale(String country, long cents) {}

  @BeforeEach
  void write() throws IOException {
    StringBuilder sb = new StringBuilder("country,\"cents\"\n");
    for (int i = 0; i < 5000; i++) {
      long line = i + 2;
      if (i % 397 == 5) {
        sb.append("UK,n/a\n");
        badLines.add(line);
      } else if (i % 401 == 7) {
        sb.append("US,\"12 \"\n"); // a trailing blank inside quotes: not a number either
        badLines.add(line);
      } else {
        sb.append(i % 2 == 0 ? "UK," : "\"US\",").append(i).append('\n');
        goodSum += i;
        goodCount++;
      }
    }
    file = Files.writeString(dir.resolve("sales.csv"), sb.toString());
  }

  private FileSource<Either<RecordError, Sale>> sales() {
    return CsvFiles.mapped(
            file,
            CsvFormat.RFC4180.withHeader(true),
            r -> new Sale(r.get("country"), r.getLong("cents")))
        .withChunkBytes(1024);
  }

  private static FoldOptions options() {
    return FoldOptions.defaults().chunks(ChunkPolicy.fixed(1));
  }

  @Test
  void permissive_feedsTheStandIn_countsAndReports() {
    for (FoldExecutor ex : EXECUTORS) {
      ParseResult<Long> count =
          ex.fold(
              sales(),
              BadRecords.handle(ParseMode.PERMISSIVE, Reducers.count(), e -> new Sale("?", 0), 3),
              options());
      assertEquals(goodCount + badLines.size(), count.value(), ex.describe());
      assertEquals(badLines.size(), count.errorCount());
      RecordError first = count.firstErrors().get(0);
      assertEquals(badLines.get(0), first.line(), ex.describe());
      assertEquals(4, first.column());
      assertTrue(first.cause() instanceof NumberFormatException);
      assertEquals("column 2 (cents): not an integer: \"n/a\"", first.cause().getMessage());
      assertEquals("UK,n/a", first.snippet());
    }
  }

  @Test
  void dropMalformed_leavesThemOut_countsAndReports() {
    for (FoldExecutor ex : EXECUTORS) {
      ParseResult<Long> sum =
          ex.fold(
              sales(),
              BadRecords.handle(ParseMode.DROPMALFORMED, Reducers.summingLong(Sale::cents), 100),
              options());
      assertEquals(goodSum, sum.value(), ex.describe());
      assertEquals(badLines.size(), sum.errorCount());
      List<Long> lines = new ArrayList<>();
      sum.firstErrors().forEach(e -> lines.add(e.line()));
      assertEquals(badLines, lines, ex.describe());
    }
  }

  @Test
  void permissive_withEither_seesEveryRecord() {
    ParseResult<List<Either<RecordError, Sale>>> all =
        ForkJoinExecutor.shared()
            .fold(sales(), BadRecords.permissive(Reducers.toList(), 0), options());
    assertEquals(goodCount + badLines.size(), all.value().size());
    assertEquals(badLines.size(), all.value().stream().filter(Either::isLeft).count());
  }

  @Test
  void failfast_namesFileLineAndColumn() {
    RecordParseException e =
        assertThrows(
            RecordParseException.class,
            () ->
                SequentialExecutor.instance()
                    .fold(
                        sales(),
                        BadRecords.handle(ParseMode.FAILFAST, Reducers.count(), 0),
                        options()));
    assertTrue(
        e.getMessage().startsWith(file + ":" + badLines.get(0) + ":4 (byte offset "),
        e.getMessage());
    assertTrue(e.getMessage().contains("not an integer"), e.getMessage());
    for (FoldExecutor ex : EXECUTORS) {
      RecordParseException p =
          assertThrows(
              RecordParseException.class,
              () ->
                  ex.fold(
                      sales(),
                      BadRecords.handle(ParseMode.FAILFAST, Reducers.count(), 0),
                      options()));
      assertTrue(badLines.contains(p.error().line()), p.getMessage());
    }
  }

  @Test
  void permissive_withoutAStandIn_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BadRecords.handle(ParseMode.PERMISSIVE, Reducers.count(), 10));
    assertTrue(e.getMessage().contains("stand-in"), e.getMessage());
  }

  @Test
  void getLong_readsLongParseLongsSyntax() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("n.csv"),
            "0,-0,+7,9223372036854775807,-9223372036854775808,9223372036854775808,1x,,-,\"42\"\n");
    CsvRecord r = TestFiles.toList(CsvFiles.records(f, CsvFormat.RFC4180).open()).get(0);
    for (int i = 0; i < r.size(); i++) {
      Long expected;
      try {
        expected = Long.parseLong(r.get(i));
      } catch (NumberFormatException e) {
        expected = null;
      }
      if (expected == null) {
        int k = i;
        assertThrows(NumberFormatException.class, () -> r.getLong(k), r.get(i));
      } else {
        assertEquals(expected, r.getLong(i), r.get(i));
      }
    }
    assertEquals(42.0, r.getDouble(9));
    assertEquals("\"42\"", r.text().substring(r.text().lastIndexOf(',') + 1));
  }
}
