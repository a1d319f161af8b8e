package dev.parafold.spark;

/**
 * Thrown before anything is submitted to Spark when a stage of a pipeline (or its source, or its
 * accumulator) cannot be serialized, so it could not be shipped to executors. The message names the
 * stage as its {@code describe()} does; the cause is the serialization error.
 *
 * @since 0.1
 */
public class NotSerializableStageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String stage;

  /** For {@code stage}, with the serialization error as {@code cause}. */
  public NotSerializableStageException(String stage, String message, Throwable cause) {
    super(message, cause);
    this.stage = stage;
  }

  /** The stage that failed to serialize, as its {@code describe()} names it. */
  public String stage() {
    return stage;
  }
}
