package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.files.BadRecords;
import dev.parafold.files.CsvFiles;
import dev.parafold.files.CsvFormat;
import dev.parafold.files.CsvRecord;
import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import dev.parafold.files.RecordError;
import dev.parafold.files.RecordParseException;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.xf.Transducers;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CSV records read by the executors by byte range ({@link SparkSources#csv}, {@link
 * SparkSources#checkedCsv}, {@link SparkSources#rebuilt}) with the three bad-record modes, on
 * {@code local[2,4]}, equal to the same {@link CsvFiles} source folded sequentially: quoted
 * delimiters, doubled quotes and line breaks inside quotes that cross the cuts, a header, and
 * malformed records, at several chunk sizes.
 */
final class SparkCsvTest {
  private static final CsvFormat FORMAT = CsvFormat.RFC4180.withHeader(true);
  private static JavaSparkContext sc;
  private static SparkExecutor spark;
  private static Path clean;
  private static Path dirty;

  @BeforeAll
  static void start() throws Exception {
    sc = LocalSpark.context();
    spark = SparkExecutor.on(sc).withPartitions(16);
    Path dir = Paths.get("target", "spark-csv").toAbsolutePath();
    Files.createDirectories(dir);
    clean = dir.resolve("sales.csv");
    dirty = dir.resolve("sales-dirty.csv");
    Files.writeString(clean, sales(3000, false, 42), StandardCharsets.UTF_8);
    Files.writeString(dirty, sales(3000, true, 43), StandardCharsets.UTF_8);
  }

  /** country,note,cents; notes with commas, doubled quotes and line breaks; some bad records. */
  static String sales(int rows, boolean withBadRecords, long seed) {
    Random rnd = new Random(seed);
    String[] countries = {"fr", "de", "it", "es", "pt"};
    StringBuilder sb = new StringBuilder("country,note,cents\n");
    for (int i = 0; i < rows; i++) {
      if (withBadRecords && rnd.nextInt(50) == 0) {
        sb.append(rnd.nextBoolean() ? "fr,\"open quote,1\n" : "de,two,fields,too,many\n");
        continue;
      }
      String note;
      switch (rnd.nextInt(4)) {
        case 0:
          note = "plain";
          break;
        case 1:
          note = "\"with, comma\"";
          break;
        case 2:
          note = "\"line\nbreak and \"\"quotes\"\"\"";
          break;
        default:
          note = "";
      }
      sb.append(countries[rnd.nextInt(countries.length)])
          .append(',')
          .append(note)
          .append(',')
          .append(rnd.nextInt(10_000))
          .append(i % 3 == 0 ? "\r\n" : "\n");
    }
    return sb.toString();
  }

  private static <T, R> R sequential(Source<T> source, Reducer<? super T, ?, R> r) {
    return SequentialExecutor.instance().fold(source, r, FoldOptions.defaults());
  }

  /**
   * Cents per country under {@code mode}: DROPMALFORMED leaves bad records out; PERMISSIVE passes
   * them on, here counted under {@code <malformed>} with 0 cents.
   */
  static Reducer<Either<RecordError, CsvRecord>, ?, ParseResult<Map<String, Long>>> centsPerCountry(
      ParseMode mode, int keep) {
    if (mode != ParseMode.PERMISSIVE) {
      return BadRecords.handle(mode, centsPerCountry(), keep);
    }
    return BadRecords.permissive(
        Reducers.groupBy(
            (Either<RecordError, CsvRecord> e) ->
                e.isLeft() ? "<malformed>" : e.get().get("country"),
            Reducers.summingLong(
                (Either<RecordError, CsvRecord> e) ->
                    e.isLeft() ? 0L : Long.parseLong(e.get().get("cents")))),
        keep);
  }

  static Reducer<CsvRecord, ?, Map<String, Long>> centsPerCountry() {
    return Reducers.groupBy(
        (CsvRecord r) -> r.get("country"),
        Reducers.summingLong((CsvRecord r) -> Long.parseLong(r.get("cents"))));
  }

  @Test
  void failFast_cleanFile_equalsTheLocalFold_atEveryChunkSize() {
    Reducer<CsvRecord, ?, List<String>> notes =
        Transducers.<CsvRecord, String>map(r -> r.line() + ":" + r.get("note"))
            .apply(Reducers.toList());
    for (long chunk : new long[] {64, 333, 4096, 1 << 20}) {
      Source<CsvRecord> local = CsvFiles.records(clean, FORMAT).withChunkBytes(chunk);
      Source<CsvRecord> onSpark = SparkSources.csv(clean, FORMAT, chunk);
      assertEquals(sequential(local, notes), spark.fold(onSpark, notes, FoldOptions.defaults()));
      assertEquals(
          sequential(local, centsPerCountry()),
          spark.fold(onSpark, centsPerCountry(), FoldOptions.defaults()));
    }
    String explain =
        spark.explain(
            SparkSources.csv(clean, FORMAT, 64), Reducers.count(), FoldOptions.defaults());
    assertTrue(explain.contains("partitions: 16"), explain);
  }

  /** Raw records travel from the executors to the driver: a list of them, and an early stop. */
  @Test
  void rawRecords_comeBackToTheDriver_equalToTheLocalFold() {
    assertRawRecordsCollect(spark, clean);
  }

  static void assertRawRecordsCollect(SparkExecutor spark, Path file) {
    Source<CsvRecord> local = CsvFiles.records(file, FORMAT).withChunkBytes(333);
    Source<CsvRecord> onSpark = SparkSources.csv(file, FORMAT, 333);
    List<CsvRecord> all = spark.fold(onSpark, Reducers.toList(), FoldOptions.defaults());
    assertEquals(sequential(local, Reducers.toList()), all);
    CsvRecord last = all.get(all.size() - 1);
    assertEquals(file, last.file());
    assertTrue(last.line() > all.size(), "line numbers count quoted line breaks: " + last);
    assertEquals(sequential(local, Reducers.toList()).get(all.size() - 1).line(), last.line());
    Reducer<CsvRecord, ?, List<CsvRecord>> firstFive =
        Transducers.<CsvRecord>filter(r -> r.get("country").equals("de"))
            .andThen(Transducers.limit(5))
            .apply(Reducers.toList());
    List<CsvRecord> five = spark.fold(onSpark, firstFive, FoldOptions.defaults());
    assertEquals(sequential(local, firstFive), five);
    assertEquals(5, five.size());
    assertEquals("de", five.get(4).get("country"));
    assertTrue(spark.lastRun().contains("merged prefix done"), spark.lastRun());
  }

  @Test
  void failFast_dirtyFile_throwsTheFirstBadRecord_withItsPosition() {
    RecordParseException expected =
        assertThrows(
            RecordParseException.class,
            () -> sequential(CsvFiles.records(dirty, FORMAT), Reducers.count()));
    RecordParseException got =
        assertThrows(
            RecordParseException.class,
            () ->
                spark.fold(
                    SparkSources.csv(dirty, FORMAT, 64), Reducers.count(), FoldOptions.defaults()));
    // which bad record fails first depends on which partition fails first; each names its place
    assertNotNull(got.error(), "the error survives the trip from the executor");
    assertEquals(dirty, got.error().file());
    assertTrue(got.getMessage().startsWith(dirty + ":"), got.getMessage());
    assertTrue(expected.error().line() > 0);
  }

  @Test
  void permissiveAndDropMalformed_equalTheLocalFold() {
    for (ParseMode mode : new ParseMode[] {ParseMode.PERMISSIVE, ParseMode.DROPMALFORMED}) {
      Reducer<Either<RecordError, CsvRecord>, ?, ParseResult<Map<String, Long>>> r =
          centsPerCountry(mode, 5);
      for (long chunk : new long[] {64, 1000}) {
        ParseResult<Map<String, Long>> local =
            sequential(CsvFiles.checkedRecords(dirty, FORMAT).withChunkBytes(chunk), r);
        ParseResult<Map<String, Long>> got =
            spark.fold(SparkSources.checkedCsv(dirty, FORMAT, chunk), r, FoldOptions.defaults());
        assertTrue(local.errorCount() > 10, "the file has bad records: " + local.errorCount());
        assertEquals(local, got, mode + " at chunks of " + chunk);
      }
    }
  }

  @Test
  void rebuilt_sizedSource_hasExactOffsets() {
    PartitionedSource<Long> range = SparkSources.rebuilt(() -> Sources.range(0, 10_000));
    assertTrue(range.exactOffsets());
    Reducer<Long, ?, List<Long>> indexed =
        Transducers.<Long, Long>mapIndexed((i, x) -> i * 100_000 + x)
            .andThen(Transducers.<Long>filter(x -> x % 7 == 0))
            .apply(Reducers.toList());
    assertEquals(
        sequential(Sources.range(0, 10_000), indexed),
        spark.fold(range, indexed, FoldOptions.defaults()));
  }
}
