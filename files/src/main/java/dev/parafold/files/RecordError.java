package dev.parafold.files;

import java.io.Serializable;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;

/**
 * A record that could not be parsed or mapped, with where it is: the file, the 1-based line number
 * of its first line, its byte offset, the column when one field is to blame, and up to {@value
 * #MAX_SNIPPET} characters of its text.
 *
 * <p>Immutable; equal when file, line, byte offset, column, snippet and message are equal (the
 * cause is not compared).
 *
 * @implNote File sources resolve {@link #line()} on first use, by counting the line breaks before
 *     the record's chunk: folds that report a few bad records count only the blocks before them.
 * @implNote Serializable (the file travels as its path string, the line number resolved), so
 *     bad-record counts and first errors come back from Spark executors.
 * @since 0.1
 */
public final class RecordError implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Line number, offset or column that is not known. */
  public static final long UNKNOWN = -1L;

  /** Longest snippet kept. */
  public static final int MAX_SNIPPET = 200;

  private final transient Path file; // written by writeReplace, as a string
  private final transient LineNumbers lines; // null: `line` is final
  private final long relative;
  private final long byteOffset;
  private final long column;
  private final String snippet;
  private final String message;
  private final Throwable cause;

  /**
   * An error at a known position; truncates the snippet and the message to {@value #MAX_SNIPPET}
   * characters each (parsers often repeat their whole input in their messages).
   *
   * @param file the file
   * @param line 1-based line number of the record's first line, or {@link #UNKNOWN}
   * @param byteOffset offset of the record's first byte in the file (uncompressed for gzip), or
   *     {@link #UNKNOWN}
   * @param snippet the start of the record's text
   * @param message what is wrong
   * @param cause the exception a parser threw, or {@code null}
   */
  public RecordError(
      Path file, long line, long byteOffset, String snippet, String message, Throwable cause) {
    this(file, null, line, byteOffset, UNKNOWN, snippet, message, cause);
  }

  RecordError(
      Path file,
      LineNumbers lines,
      long relative,
      long byteOffset,
      long column,
      String snippet,
      String message,
      Throwable cause) {
    this.file = Objects.requireNonNull(file, "file");
    this.lines = lines;
    this.relative = relative;
    this.byteOffset = byteOffset;
    this.column = column;
    this.message = truncate(Objects.requireNonNull(message, "message"));
    this.snippet = snippet == null ? "" : truncate(snippet);
    this.cause = cause;
  }

  static String truncate(String s) {
    if (s.length() <= MAX_SNIPPET) {
      return s;
    }
    int end = MAX_SNIPPET - 3;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "...";
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The 1-based line number of the record's first line, or {@link #UNKNOWN}. */
  public long line() {
    return lines == null ? relative : lines.at(relative);
  }

  /** The offset of the record's first byte in the file, or {@link #UNKNOWN}. */
  public long byteOffset() {
    return byteOffset;
  }

  /** The 1-based character column of the field to blame in the record's text, or UNKNOWN. */
  public long column() {
    return column;
  }

  /** The start of the record's text, at most {@value #MAX_SNIPPET} characters. */
  public String snippet() {
    return snippet;
  }

  /** What is wrong, at most {@value #MAX_SNIPPET} characters. */
  public String message() {
    return message;
  }

  /** The exception a parser or mapper threw, or {@code null}. */
  public Throwable cause() {
    return cause;
  }

  /** {@code file:line[:column] (byte offset N): message: "snippet"}. */
  public String describe() {
    long line = line();
    return file
        + ":"
        + (line == UNKNOWN ? "?" : Long.toString(line))
        + (column == UNKNOWN ? "" : ":" + column)
        + " (byte offset "
        + (byteOffset == UNKNOWN ? "?" : Long.toString(byteOffset))
        + "): "
        + message
        + (snippet.isEmpty() ? "" : ": \"" + snippet + "\"");
  }

  private Object writeReplace() {
    return new Serial(file.toString(), line(), byteOffset, column, snippet, message, cause);
  }

  /** The serialized form: {@link Path} is not serializable, and line numbers are resolved. */
  private record Serial(
      String file,
      long line,
      long byteOffset,
      long column,
      String snippet,
      String message,
      Throwable cause)
      implements Serializable {
    private Object readResolve() {
      return new RecordError(
          Paths.get(file), null, line, byteOffset, column, snippet, message, cause);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordError
        && ((RecordError) o).file.equals(file)
        && ((RecordError) o).line() == line()
        && ((RecordError) o).byteOffset == byteOffset
        && ((RecordError) o).column == column
        && ((RecordError) o).snippet.equals(snippet)
        && ((RecordError) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, byteOffset, column, snippet, message);
  }

  @Override
  public String toString() {
    return "RecordError[" + describe() + "]";
  }
}
