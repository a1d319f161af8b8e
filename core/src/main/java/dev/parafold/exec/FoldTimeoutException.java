package dev.parafold.exec;

/**
 * Thrown by a fold that ran past its deadline ({@code Fold.withTimeout}); every chunk had stopped
 * when it is thrown.
 *
 * @since 0.1
 */
public class FoldTimeoutException extends FoldCancelledException {
  private static final long serialVersionUID = 1L;

  /** With a message giving the deadline. */
  public FoldTimeoutException(String message) {
    super(message);
  }
}
