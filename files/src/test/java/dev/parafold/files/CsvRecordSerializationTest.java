package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.reduce.Reducers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@link CsvRecord} survives Java serialization (how Spark ships records to the driver): the copy
 * equals the original and answers every accessor the same, line numbers of records deep in a split
 * file included, and its errors still name the file, the column and the header.
 */
final class CsvRecordSerializationTest {
  @TempDir Path dir;

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  /** country,note,cents with quoted commas, doubled quotes, quoted line breaks and CRLF. */
  private Path sales() throws IOException {
    StringBuilder sb = new StringBuilder("country,note,cents\n");
    for (int i = 0; i < 400; i++) {
      String note =
          i % 4 == 0
              ? "plain"
              : i % 4 == 1 ? "\"with, comma\"" : i % 4 == 2 ? "\"line\nbreak \"\"q\"\"\"" : "";
      sb.append(i % 2 == 0 ? "fr" : "de")
          .append(',')
          .append(note)
          .append(',')
          .append(i * 7)
          .append(i % 3 == 0 ? "\r\n" : "\n");
    }
    sb.append("it,last,n/a\n");
    return Files.writeString(dir.resolve("sales.csv"), sb.toString(), StandardCharsets.UTF_8);
  }

  private static List<CsvRecord> read(FileSource<CsvRecord> source) {
    // small chunks on several threads: most records' line numbers are still unresolved here
    return new SplitTreeExecutor(4)
        .fold(
            source.withChunkBytes(256),
            Reducers.toList(),
            FoldOptions.defaults().chunks(ChunkPolicy.fixed(1)));
  }

  @Test
  void records_roundTrip_equalAndAnswerAlike() throws Exception {
    Path file = sales();
    List<CsvRecord> records = read(CsvFiles.records(file, CsvFormat.RFC4180.withHeader(true)));
    List<CsvRecord> copies = roundTrip(new ArrayList<>(records));
    assertEquals(401, copies.size());
    for (int i = 0; i < records.size(); i++) {
      CsvRecord r = records.get(i);
      CsvRecord c = copies.get(i);
      assertNotSame(r, c);
      assertEquals(r, c);
      assertEquals(r.hashCode(), c.hashCode());
      assertEquals(r.toString(), c.toString());
      assertEquals(r.file(), c.file());
      assertEquals(r.line(), c.line());
      assertEquals(r.byteOffset(), c.byteOffset());
      assertEquals(r.size(), c.size());
      assertEquals(r.header(), c.header());
      assertEquals(r.fields(), c.fields());
      assertEquals(r.text(), c.text());
      assertEquals(r.get("note"), c.get("note"));
      assertEquals(r.get("country"), c.get(0));
      if (i < 400) {
        assertEquals(7L * i, c.getLong("cents"));
        assertEquals(7.0 * i, c.getDouble(2));
      }
    }
    assertTrue(copies.get(400).line() > 500, "quoted line breaks count: " + copies.get(400));
  }

  @Test
  void aCopysErrors_nameTheFileColumnAndHeader() throws Exception {
    Path file = sales();
    List<CsvRecord> records = read(CsvFiles.records(file, CsvFormat.RFC4180.withHeader(true)));
    CsvRecord last = roundTrip(records.get(records.size() - 1));
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> last.getLong(2));
    assertEquals("column 3 (cents): not an integer: \"n/a\"", e.getMessage());
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> last.get("price"));
    assertTrue(
        missing.getMessage().startsWith(file + ": no column \"price\""), missing.getMessage());
  }

  @Test
  void aRecordWithoutHeader_roundTrips() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.csv"), "a,1\nb,\"x\"\"y\"\n");
    List<CsvRecord> records = read(CsvFiles.records(file, CsvFormat.RFC4180));
    List<CsvRecord> copies = roundTrip(new ArrayList<>(records));
    assertEquals(records, copies);
    assertEquals(List.of(), copies.get(0).header());
    assertEquals(List.of("b", "x\"y"), copies.get(1).fields());
    assertEquals(2, copies.get(1).line());
  }
}
