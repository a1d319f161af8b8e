package dev.parafold.files;

import java.util.Objects;

/**
 * A record could not be parsed or mapped in {@link ParseMode#FAILFAST} mode. Its message names the
 * file, the 1-based line, the byte offset and a snippet of at most {@value RecordError#MAX_SNIPPET}
 * characters; {@link #error()} has them as fields and {@link #getCause()} is the parser's
 * exception.
 *
 * @since 0.1
 */
public class RecordParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RecordError error; // serializable: the error survives a trip from a Spark executor

  /** An exception for {@code error}. */
  public RecordParseException(RecordError error) {
    super(Objects.requireNonNull(error, "error").describe(), error.cause());
    this.error = error;
  }

  /** Where and what. */
  public RecordError error() {
    return error;
  }
}
