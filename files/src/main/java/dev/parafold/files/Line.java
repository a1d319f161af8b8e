package dev.parafold.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One line of a text file with its position: file, 1-based line number, byte offset and text.
 *
 * <p>Immutable; equal when file, number, byte offset and text are equal.
 *
 * @implNote File sources resolve {@link #number()} on first use (once per chunk, by counting the
 *     line breaks before the chunk), so a fold that never asks for a number counts nothing.
 * @since 0.1
 */
public final class Line {
  private final Path file;
  private final LineNumbers lines; // null: `number` is final
  private final long relative;
  private final long byteOffset;
  private final String text;

  /**
   * A line at a known position.
   *
   * @param file the file
   * @param number 1-based line number in the file
   * @param byteOffset offset of the line's first byte in the file (in the uncompressed bytes for
   *     gzip), or {@link RecordError#UNKNOWN} for charsets read as a stream
   * @param text the line without its terminator
   */
  public Line(Path file, long number, long byteOffset, String text) {
    this(file, null, number, byteOffset, text);
  }

  Line(Path file, LineNumbers lines, long relative, long byteOffset, String text) {
    this.file = Objects.requireNonNull(file, "file");
    this.text = Objects.requireNonNull(text, "text");
    this.lines = lines;
    this.relative = relative;
    this.byteOffset = byteOffset;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The 1-based line number in the file. */
  public long number() {
    return lines == null ? relative : lines.at(relative);
  }

  /**
   * The offset of the line's first byte in the file (line 1 starts at 0, its byte-order mark
   * included), or {@link RecordError#UNKNOWN} for charsets read as a stream.
   */
  public long byteOffset() {
    return byteOffset;
  }

  /** The line without its terminator. */
  public String text() {
    return text;
  }

  /** A bad-record report for this line. */
  RecordError error(String message, Throwable cause) {
    return new RecordError(
        file, lines, relative, byteOffset, RecordError.UNKNOWN, text, message, cause);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Line
        && ((Line) o).file.equals(file)
        && ((Line) o).number() == number()
        && ((Line) o).byteOffset == byteOffset
        && ((Line) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, byteOffset, text);
  }

  @Override
  public String toString() {
    return "Line[file="
        + file
        + ", number="
        + number()
        + ", byteOffset="
        + byteOffset
        + ", text="
        + text
        + "]";
  }
}
