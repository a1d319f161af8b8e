package dev.parafold.files;

import java.io.Serializable;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;

/**
 * A record that could not be parsed or mapped, with where it is: the file, the 1-based line number
 * of its first line, its byte offset, and up to {@value #MAX_SNIPPET} characters of its text.
 *
 * @param file the file
 * @param line 1-based line number of the record's first line, or {@link #UNKNOWN}
 * @param byteOffset offset of the record's first byte in the file (uncompressed for gzip), or
 *     {@link #UNKNOWN}
 * @param snippet the start of the record's text, at most {@value #MAX_SNIPPET} characters
 * @param message what is wrong, at most {@value #MAX_SNIPPET} characters
 * @param cause the exception a parser threw, or {@code null}
 * @implNote Serializable (the file travels as its path string), so bad-record counts and first
 *     errors come back from Spark executors.
 * @since 0.1
 */
public record RecordError(
    Path file, long line, long byteOffset, String snippet, String message, Throwable cause)
    implements Serializable {

  /** Line number or offset that is not known. */
  public static final long UNKNOWN = -1L;

  /** Longest snippet kept. */
  public static final int MAX_SNIPPET = 200;

  /**
   * Truncates the snippet and the message to {@value #MAX_SNIPPET} characters each (parsers often
   * repeat their whole input in their messages).
   */
  public RecordError {
    Objects.requireNonNull(file, "file");
    message = truncate(Objects.requireNonNull(message, "message"));
    snippet = snippet == null ? "" : truncate(snippet);
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

  /** {@code file:line (byte offset N): message: snippet}. */
  public String describe() {
    return file
        + ":"
        + (line == UNKNOWN ? "?" : Long.toString(line))
        + " (byte offset "
        + (byteOffset == UNKNOWN ? "?" : Long.toString(byteOffset))
        + "): "
        + message
        + (snippet.isEmpty() ? "" : ": \"" + snippet + "\"");
  }

  private Object writeReplace() {
    return new Serial(file.toString(), line, byteOffset, snippet, message, cause);
  }

  /** The serialized form: {@link Path} is not serializable. */
  private record Serial(
      String file, long line, long byteOffset, String snippet, String message, Throwable cause)
      implements Serializable {
    private Object readResolve() {
      return new RecordError(Paths.get(file), line, byteOffset, snippet, message, cause);
    }
  }
}
