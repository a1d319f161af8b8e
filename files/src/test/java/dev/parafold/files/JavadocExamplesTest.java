package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The javadoc examples of this module, runnable. */
final class JavadocExamplesTest {
  @TempDir Path dir;

  @Test
  void textFiles_lines_count() throws IOException {
    Path big = Files.writeString(dir.resolve("big.log"), "a\nb\r\nc");
    long n =
        ForkJoinExecutor.shared()
            .fold(TextFiles.lines(big), Reducers.count(), FoldOptions.defaults());
    assertEquals(3, n);
  }

  @Test
  void textFiles_numberedLines() throws IOException {
    Path main = Files.writeString(dir.resolve("Main.java"), "class Main {\n}\n");
    List<Line> todo =
        SequentialExecutor.instance()
            .fold(
                TextFiles.numberedLines(main).withChunkBytes(1 << 20),
                Reducers.toList(),
                FoldOptions.defaults());
    assertEquals(new Line(main, 2, 13, "}"), todo.get(1));
  }

  @Test
  void textFiles_words_countBy() throws IOException {
    Path book = Files.writeString(dir.resolve("book.txt"), "to be or\nnot  to be\n");
    Map<String, Long> counts =
        ForkJoinExecutor.shared()
            .fold(TextFiles.words(book), Reducers.countBy(w -> w), FoldOptions.defaults());
    assertEquals(Map.of("to", 2L, "be", 2L, "or", 1L, "not", 1L), counts);
  }

  @Test
  void csvFiles_countBy() throws IOException {
    Path people =
        Files.writeString(dir.resolve("people.csv"), "name,country\nada,UK\nalan,UK\ngrace,US\n");
    Map<String, Long> perCountry =
        ForkJoinExecutor.shared()
            .fold(
                CsvFiles.records(people, CsvFormat.RFC4180.withHeader(true)),
                Reducers.countBy(r -> r.get("country")),
                FoldOptions.defaults());
    assertEquals(Map.of("UK", 2L, "US", 1L), perCountry);
  }

  record Sale(String country, long cents) {}

  @Test
  void csvFiles_mapped_typedRecords_withPermissiveErrors() throws IOException {
    Path path =
        Files.writeString(dir.resolve("sales.csv"), "country,cents\nUK,100\nUS,12x\nUK,5\n");
    FileSource<io.vavr.control.Either<RecordError, Sale>> sales =
        CsvFiles.mapped(
            FileSet.of(path),
            CsvFormat.RFC4180.withHeader(true),
            r -> new Sale(r.get("country"), r.getLong("cents")));
    ParseResult<Long> r =
        ForkJoinExecutor.shared()
            .fold(
                sales,
                BadRecords.handle(ParseMode.DROPMALFORMED, Reducers.summingLong(Sale::cents), 10),
                FoldOptions.defaults());
    assertEquals(105L, r.value());
    assertEquals(1, r.errorCount());
    assertEquals(3, r.firstErrors().get(0).line());
    assertEquals("US,12x", r.firstErrors().get(0).snippet());
  }

  @Test
  void badRecords_dropMalformed() throws IOException {
    Path path = Files.writeString(dir.resolve("n.txt"), "1\n2\nthree\n4\n");
    ParseResult<Long> r =
        ForkJoinExecutor.shared()
            .fold(
                TextFiles.parsedLines(path, line -> Long.parseLong(line.text())),
                BadRecords.handle(ParseMode.DROPMALFORMED, Reducers.summingLong(x -> x), 10),
                FoldOptions.defaults());
    assertEquals(7L, r.value());
    assertEquals(1, r.errorCount());
    assertEquals(3, r.firstErrors().get(0).line());
  }

  @Test
  void fileSet_glob() throws IOException {
    Path logs = Files.createDirectories(dir.resolve("var/log/app"));
    Files.writeString(logs.resolve("a.log"), "x\n");
    FileSet set = FileSet.glob(logs, "**.log");
    assertEquals(List.of(logs.resolve("a.log")), set.resolve());
  }
}
