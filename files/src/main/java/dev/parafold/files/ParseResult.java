package dev.parafold.files;

import java.util.List;
import java.util.Objects;

/**
 * A fold's result together with the bad records it met: how many, and the first ones in file order.
 *
 * @param value the downstream reducer's result
 * @param errorCount bad records met (never silently lost)
 * @param firstErrors the first bad records in encounter order, at most the number asked for
 * @param <R> result type
 * @since 0.1
 */
public record ParseResult<R>(R value, long errorCount, List<RecordError> firstErrors) {
  /** Copies the error list. */
  public ParseResult {
    firstErrors = List.copyOf(Objects.requireNonNull(firstErrors, "firstErrors"));
  }
}
