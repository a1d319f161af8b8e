package dev.parafold;

import dev.parafold.exec.FoldException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How the {@code *Checked} stages report a checked exception from a user function: an {@code
 * IOException} as an {@code UncheckedIOException} (as {@code Files.lines} and {@code
 * BufferedReader.lines} do), any other checked exception as a {@link FoldException}; the original
 * is the cause, wrapped exactly once. Unchecked exceptions and errors pass unchanged.
 */
final class Checked {
  private Checked() {}

  static RuntimeException wrap(String stage, Exception e) {
    if (e instanceof RuntimeException) {
      return (RuntimeException) e;
    }
    if (e instanceof IOException) {
      return new UncheckedIOException(stage + ": the function threw " + e, (IOException) e);
    }
    return new FoldException(stage + ": the function threw " + e, e);
  }
}
