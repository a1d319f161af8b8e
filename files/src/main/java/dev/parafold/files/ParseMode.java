package dev.parafold.files;

/**
 * What a fold does with a record that cannot be parsed or mapped (Spark's reader modes).
 *
 * @since 0.1
 */
public enum ParseMode {
  /**
   * The default: the fold stops with a {@link RecordParseException} naming file, line, byte offset
   * and a snippet. Which bad record a parallel fold reports is the executor's rule for the first
   * failure (see the executors' documentation); sequentially it is the first in the file.
   */
  FAILFAST,
  /**
   * Bad records stay in the result: the downstream reducer sees a stand-in value in place of each
   * ({@link BadRecords#handle(ParseMode, dev.parafold.reduce.Reducer, dev.parafold.fn.Fn, int)}),
   * or every record as an {@code Either} ({@link BadRecords#permissive}); they are also counted and
   * the first N kept in the {@link ParseResult}.
   */
  PERMISSIVE,
  /**
   * Bad records are left out: the downstream reducer sees good records only; they are counted and
   * the first N kept in the {@link ParseResult}. Never silent.
   */
  DROPMALFORMED
}
