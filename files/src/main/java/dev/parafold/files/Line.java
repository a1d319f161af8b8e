package dev.parafold.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One line of a text file with its position.
 *
 * @param file the file
 * @param number 1-based line number in the file
 * @param byteOffset offset of the line's first byte in the file (after the byte-order mark for line
 *     1; in the uncompressed bytes for gzip), or {@link RecordError#UNKNOWN} for charsets read as a
 *     stream
 * @param text the line without its terminator
 * @since 0.1
 */
public record Line(Path file, long number, long byteOffset, String text) {
  /** All fields are required. */
  public Line {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }
}
