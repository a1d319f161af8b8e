package dev.parafold.files;

/**
 * What a file source makes of each record it finds: plain text, a numbered {@link Line}, a parsed
 * value, a CSV record. Stateless; one instance serves every chunk.
 */
interface RecordKind<T> {

  /** Whether records need their line number (costs a counting pre-pass for non-first chunks). */
  boolean needsLineNumbers();

  /** The quote code unit that hides line breaks (CSV), or -1. */
  default int quote() {
    return -1;
  }

  /** Whether the first record of each file is a header to read at open and skip. */
  default boolean header() {
    return false;
  }

  /** Called at open with the text of the file's first record when {@link #header()}. */
  default void readHeader(OpenedFile file, String firstRecord) {}

  /** A short name for describe(). */
  String name();

  /**
   * The element for the record at {@code line} (or {@link RecordError#UNKNOWN}) and {@code offset},
   * or {@link #SKIP}.
   */
  Object make(OpenedFile file, long line, long offset, String text);

  /** Returned by {@link #make} for a record that yields no element. */
  Object SKIP = new Object();
}
