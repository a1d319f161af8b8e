package dev.parafold.exec;

import java.util.concurrent.CancellationException;

/**
 * Thrown by a fold that was cancelled through its {@link CancelHandle}, timed out, or whose waiting
 * caller was interrupted (the interrupt flag is then restored). Every chunk had stopped when it is
 * thrown.
 *
 * @since 0.1
 */
public class FoldCancelledException extends CancellationException {
  private static final long serialVersionUID = 1L;

  /** With a message saying why. */
  public FoldCancelledException(String message) {
    super(message);
  }
}
