package dev.parafold.exec;

/**
 * Wraps a checked exception thrown by a user function (for example through {@code mapChecked}),
 * exactly once, with the original as its cause.
 *
 * @since 0.1
 */
public class FoldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause} with a message saying where it happened. */
  public FoldException(String message, Throwable cause) {
    super(message, cause);
  }
}
