package dev.parafold.files;

/**
 * What a file source makes of each record it finds: plain text, a numbered {@link Line}, a parsed
 * value, a CSV record. Stateless; one instance serves every chunk.
 */
interface RecordKind<T> {

  /** The CSV dialect whose quotes hide line breaks, or {@code null} for plain lines. */
  default CsvFormat csv() {
    return null;
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
   * The element for the record in bytes {@code [off, off + len)} of {@code b} (in the file's
   * charset, without terminator or byte-order mark), at byte {@code offset} and {@code relative}
   * lines after the start of {@code lines}; or {@link #SKIP}. The bytes are only valid during the
   * call.
   */
  default Object make(
      OpenedFile file, LineNumbers lines, long relative, long offset, byte[] b, int off, int len) {
    return makeText(file, lines, relative, offset, file.text(b, off, len, lines, relative, offset));
  }

  /** The element for a record already decoded (charsets read as one stream). */
  Object makeText(OpenedFile file, LineNumbers lines, long relative, long offset, String text);

  /** Returned by {@link #make} for a record that yields no element. */
  Object SKIP = new Object();
}
