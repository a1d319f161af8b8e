package dev.parafold.spark;

import dev.parafold.files.CsvFiles;
import dev.parafold.files.CsvFormat;
import dev.parafold.files.CsvRecord;
import dev.parafold.files.FileSource;
import dev.parafold.files.RecordError;
import dev.parafold.fn.Fn0;
import dev.parafold.source.Source;
import io.vavr.control.Either;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;

/**
 * Sources that describe their own partitions, so {@link SparkExecutor} ships small descriptors and
 * executors read the data. Each is also an ordinary source that folds locally with any executor.
 *
 * @since 0.1
 */
public final class SparkSources {
  private SparkSources() {}

  /**
   * The {@code long}s in {@code [from, to)}, partitioned into index ranges with exact offsets.
   *
   * <pre>{@code
   * long n = SparkExecutor.on(sc).fold(SparkSources.range(0, 1_000), Reducers.count(), FoldOptions.defaults());
   * }</pre>
   */
  public static PartitionedSource<Long> range(long from, long to) {
    return new RangeSource(from, to);
  }

  /**
   * The lines of a UTF-8 text file that every executor can read at the same path (a shared
   * filesystem), partitioned by byte ranges; a line belongs to the range holding its first byte.
   * Line offsets of partitions after the first are unknown.
   *
   * <pre>{@code
   * Map<String, Long> counts = spark.fold(SparkSources.lines(path), wordCount, FoldOptions.defaults());
   * }</pre>
   */
  public static PartitionedSource<String> lines(Path file) {
    return new TextLinesSource(Objects.requireNonNull(file, "file"), 1);
  }

  /**
   * A source that executors build themselves from {@code recipe}, a serializable function that
   * returns a re-runnable source (files that every executor reads at the same path, a range): the
   * driver builds it, opens it and splits it into the partitions; each executor builds it again,
   * opens it and takes its partition by the same sequence of {@link Source#split()}s, so it reads
   * only its own byte ranges, with the source's own rules for records that cross a cut.
   *
   * <pre>{@code
   * Source<CsvRecord> sales = SparkSources.rebuilt(
   *     () -> CsvFiles.records(Path.of("/shared/sales.csv"), CsvFormat.RFC4180.withHeader(true))
   *                   .withChunkBytes(32 << 20));
   * }</pre>
   *
   * @implSpec The recipe must give, on every JVM, a source whose {@code open()} and {@code split()}
   *     cut the input at the same places (files that do not change during the fold). Offsets are
   *     exact when the source is sized; otherwise partitions after the first start from {@link
   *     dev.parafold.reduce.Reducer#UNKNOWN_OFFSET}. A single-pass source (an iterator) is refused.
   */
  public static <T> PartitionedSource<T> rebuilt(Fn0<? extends Source<T>> recipe) {
    return new RebuiltSource<>(recipe);
  }

  /**
   * The records of a CSV file every executor can read at the same path, as {@link
   * CsvFiles#records(Path, CsvFormat)} reads them (a malformed record fails the fold, FAILFAST),
   * split by byte ranges of about {@code chunkBytes} bytes on the executors.
   */
  public static PartitionedSource<CsvRecord> csv(Path file, CsvFormat format, long chunkBytes) {
    return rebuilt(new CsvRecipe<>(file, format, chunkBytes, false));
  }

  /**
   * Each record of a CSV file as {@code Right(record)} or {@code Left(error)}, as {@link
   * CsvFiles#checkedRecords(Path, CsvFormat)} reads them: fold with {@link
   * dev.parafold.files.BadRecords} for PERMISSIVE or DROPMALFORMED. Split like {@link #csv}.
   */
  public static PartitionedSource<Either<RecordError, CsvRecord>> checkedCsv(
      Path file, CsvFormat format, long chunkBytes) {
    return rebuilt(new CsvRecipe<>(file, format, chunkBytes, true));
  }

  /** Builds the CSV source on each JVM: a path string and the format's parts serialize. */
  private static final class CsvRecipe<T> implements Fn0<Source<T>> {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final char delimiter;
    private final char quote;
    private final boolean header;
    private final String charset;
    private final long chunkBytes;
    private final boolean checked;

    CsvRecipe(Path file, CsvFormat format, long chunkBytes, boolean checked) {
      if (chunkBytes < 1) {
        throw new IllegalArgumentException("chunk bytes must be >= 1, was " + chunkBytes);
      }
      this.file = file.toAbsolutePath().toString();
      this.delimiter = format.delimiter();
      this.quote = format.quote();
      this.header = format.header();
      this.charset = format.charset().name();
      this.chunkBytes = chunkBytes;
      this.checked = checked;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Source<T> get() {
      CsvFormat format = new CsvFormat(delimiter, quote, header, Charset.forName(charset));
      Path path = Paths.get(file);
      FileSource<?> s =
          checked ? CsvFiles.checkedRecords(path, format) : CsvFiles.records(path, format);
      return (Source<T>) s.withChunkBytes(chunkBytes);
    }
  }
}
