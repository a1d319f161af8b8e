package dev.parafold.files;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A source of records read from files, split into chunks by byte ranges: the value that {@link
 * TextFiles} and {@link CsvFiles} return. It is immutable and re-runnable; each run's {@link
 * #open()} lists the files, reads their sizes and byte-order marks, and returns the run's chunks.
 *
 * @implSpec
 *     <ul>
 *       <li>{@link #size()} is -1: the number of records is not known before reading, and splits
 *           are by bytes ({@link #split()} on the opened source), so reducers see {@link
 *           Reducer#UNKNOWN_OFFSET} for every chunk but the first.
 *       <li>Each chunk folds the records that start in its byte range, reading past its end to
 *           finish the last one; together the chunks hold every record exactly once.
 *       <li>Gzip files ({@code .gz}) and charsets without single-unit line breaks are one chunk
 *           each; {@link #describe()} of the opened source says so.
 *       <li>A chunk opens the file when it starts and closes it on every exit (end, early stop,
 *           cancel, exception). An {@link java.io.IOException} surfaces as {@link
 *           java.io.UncheckedIOException} whose message starts with the path.
 *     </ul>
 *
 * @param <T> record type
 * @since 0.1
 */
public final class FileSource<T> implements Source<T> {
  private final FileSet files;
  private final Charset charset;
  private final RecordKind<T> kind;
  private final ReadSettings settings;
  private final ProgressListener listener;

  FileSource(
      FileSet files,
      Charset charset,
      RecordKind<T> kind,
      ReadSettings settings,
      ProgressListener listener) {
    this.files = Objects.requireNonNull(files, "files");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.kind = kind;
    this.settings = settings;
    this.listener = listener;
  }

  /**
   * With chunks of about {@code bytes} bytes (default 4 MiB): files split down to chunks between
   * {@code bytes} and {@code 2 * bytes}. Smaller chunks balance better and cost more seeks.
   */
  public FileSource<T> withChunkBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("chunk bytes must be >= 1, was " + bytes);
    }
    return new FileSource<>(
        files,
        charset,
        kind,
        new ReadSettings(bytes, settings.bufferBytes(), settings.maxRecordBytes()),
        listener);
  }

  /**
   * With records of at most {@code bytes} bytes (default 64 MiB); a longer record fails with a
   * {@link RecordParseException} at its offset instead of exhausting memory.
   */
  public FileSource<T> withMaxRecordBytes(long bytes) {
    if (bytes < 16) {
      throw new IllegalArgumentException("max record bytes must be >= 16, was " + bytes);
    }
    return new FileSource<>(
        files,
        charset,
        kind,
        new ReadSettings(settings.chunkBytes(), settings.bufferBytes(), bytes),
        listener);
  }

  /** With {@code listener} told after each finished chunk (from worker threads). */
  public FileSource<T> withProgress(ProgressListener listener) {
    return new FileSource<>(
        files, charset, kind, settings, Objects.requireNonNull(listener, "listener"));
  }

  /** The files this source reads. */
  public FileSet files() {
    return files;
  }

  @Override
  public long size() {
    return -1;
  }

  /** Lists the files and returns this run's chunks (a {@link Source} that splits by bytes). */
  @Override
  public Source<T> open() {
    List<Path> paths = files.resolve();
    long total = 0;
    List<Source<T>> parts = new ArrayList<>(paths.size());
    long[] bytes = new long[paths.size()];
    for (Path p : paths) {
      try {
        total += java.nio.file.Files.size(p);
      } catch (IOException e) {
        throw OpenedFile.failure(p, e);
      }
    }
    ProgressTracker tracker = new ProgressTracker(listener, total);
    for (int i = 0; i < paths.size(); i++) {
      OpenedFile f = OpenedFile.open(paths.get(i), charset, kind, settings, tracker);
      if (!f.enc.splittable && kind.quote() >= 0) {
        throw new IllegalArgumentException(
            f.path + ": CSV needs a charset with single-unit line breaks, not " + charset);
      }
      if (kind.header()) {
        kind.readHeader(f, firstRecord(f));
      }
      parts.add(
          f.enc.splittable ? new FileChunk<>(f, kind, 0, f.length) : new ReaderChunk<>(f, kind));
      bytes[i] = f.length;
    }
    return parts.size() == 1
        ? parts.get(0)
        : new FileSetChunk<>(parts, bytes, settings.chunkBytes());
  }

  private String firstRecord(OpenedFile f) {
    ReadSettings st = f.settings;
    try (ByteInput in = f.input()) {
      RecordReader rr =
          new RecordReader(
              in, f.enc, kind.quote(), 0, false, st.bufferBytes(), st.maxRecordBytes(), f.path);
      if (!rr.next()) {
        return null;
      }
      int bom = Math.min(f.enc.bomLength, rr.textLen);
      return new String(rr.buffer(), rr.textOff + bom, rr.textLen - bom, f.enc.decode);
    } catch (IOException e) {
      throw OpenedFile.failure(f.path, e);
    }
  }

  /** Unopened sources do not split; executors split the source {@link #open()} returns. */
  @Override
  public Split<T> split() {
    return null;
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    Objects.requireNonNull(r, "reducer");
    Objects.requireNonNull(stop, "stop");
    return open().reduce(r, acc, stop);
  }

  @Override
  public String describe() {
    return kind.name()
        + " of "
        + files.describe()
        + " ("
        + charset.name()
        + ", chunks of ~"
        + settings.chunkBytes()
        + " bytes; gzip files and charsets without single-unit line breaks are not split)";
  }
}
