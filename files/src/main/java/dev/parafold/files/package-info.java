/**
 * Sources over files for batch pipelines: {@link dev.parafold.files.TextFiles} (lines, numbered
 * lines, parsed lines, words) and {@link dev.parafold.files.CsvFiles} (RFC 4180 records) return a
 * {@link dev.parafold.files.FileSource} over one file or a {@link dev.parafold.files.FileSet}
 * (directory, glob, list; gzip files included).
 *
 * <p>Splitting is by byte ranges: a chunk folds the records that start inside its range and reads
 * past its end to finish the last one, so chunks never lose or repeat a record, for files of any
 * size, any line ending, a byte-order mark, multi-byte characters across a boundary, and (CSV)
 * quoted line breaks. Gzip files and charsets whose line breaks are not single code units are one
 * chunk each.
 *
 * <p>Bad records: {@link dev.parafold.files.ParseMode} (FAILFAST, PERMISSIVE, DROPMALFORMED),
 * applied by {@link dev.parafold.files.BadRecords} to {@code Either<RecordError, T>} records; every
 * {@link dev.parafold.files.RecordError} names file, line, byte offset and a snippet. Progress:
 * {@link dev.parafold.files.ProgressListener}, once per chunk.
 *
 * <table>
 *   <caption>Sources and how they split</caption>
 *   <tr><th>Factory</th><th>Element</th><th>Splits</th><th>Extra cost right of chunk 0</th></tr>
 *   <tr><td>{@code TextFiles.lines}</td><td>{@code String}</td><td>bytes</td><td>none</td></tr>
 *   <tr><td>{@code TextFiles.words}</td><td>{@code String}</td><td>bytes (between lines)</td>
 *       <td>none</td></tr>
 *   <tr><td>{@code TextFiles.numberedLines}</td><td>{@link dev.parafold.files.Line}</td>
 *       <td>bytes</td><td>none while folding; the line breaks before a chunk are counted the
 *       first time one of its numbers is asked for</td></tr>
 *   <tr><td>{@code TextFiles.parsedLines}</td><td>{@code Either<RecordError, T>}</td>
 *       <td>bytes</td><td>as numbered lines</td></tr>
 *   <tr><td>{@code CsvFiles.records}, {@code checkedRecords}, {@code mapped}</td>
 *       <td>{@link dev.parafold.files.CsvRecord}, {@code Either}</td><td>bytes</td>
 *       <td>the quoting state at the chunk's start, from a short window before it (further left
 *       only when the window cannot tell); line numbers as numbered lines</td></tr>
 *   <tr><td>any, {@code .gz} file</td><td></td><td>no: one chunk per file</td><td></td></tr>
 * </table>
 */
package dev.parafold.files;
