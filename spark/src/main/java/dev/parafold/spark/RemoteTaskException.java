package dev.parafold.spark;

/**
 * A user exception thrown on a Spark executor whose type could not be rebuilt on the driver (its
 * class is missing there, or it does not deserialize). The message starts with the original type
 * and message and says that the type could not be reconstructed; {@link #remoteType()} gives the
 * original class name.
 *
 * @since 0.1
 */
public class RemoteTaskException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String remoteType;

  /** For an executor-side exception of class {@code remoteType}. */
  public RemoteTaskException(String remoteType, String message, Throwable sparkFailure) {
    super(message, sparkFailure);
    this.remoteType = remoteType;
  }

  /** The class name of the exception thrown on the executor. */
  public String remoteType() {
    return remoteType;
  }
}
