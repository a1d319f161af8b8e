package dev.parafold.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One CSV record with its position.
 *
 * @param file the file
 * @param line 1-based line number of the record's first line (a record with quoted line breaks
 *     spans several)
 * @param byteOffset offset of the record's first byte in the file
 * @param fields the unquoted field values
 * @param header the file's column names, or an empty list without a header row
 * @since 0.1
 */
public record CsvRecord(
    Path file, long line, long byteOffset, List<String> fields, List<String> header) {

  /** Copies nothing: the lists are immutable already; checks for null. */
  public CsvRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(header, "header");
  }

  /** Field {@code i} (0-based). */
  public String get(int i) {
    return fields.get(i);
  }

  /** The field of column {@code name}; needs a header row. */
  public String get(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          file + ":" + line + ": no column \"" + name + "\" in header " + header);
    }
    return fields.get(i);
  }

  /** The number of fields. */
  public int size() {
    return fields.size();
  }
}
