package dev.parafold.files;

/**
 * What a fold does with a record that cannot be parsed or mapped (Spark's reader modes).
 *
 * @since 0.1
 */
public enum ParseMode {
  /**
   * The default: the fold stops with a {@link RecordParseException} naming file, line, byte offset
   * and a snippet. In a parallel fold the exception is the first failure in time, which need not be
   * the first bad record in the file.
   */
  FAILFAST,
  /**
   * Bad records are counted and the first N kept in the {@link ParseResult}; with {@link
   * BadRecords#permissive} the downstream reducer also sees each record as an {@code Either}.
   */
  PERMISSIVE,
  /** Bad records are dropped, but counted (and the first N kept) in the {@link ParseResult}. */
  DROPMALFORMED
}
