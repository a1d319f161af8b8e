package dev.parafold.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * One file as seen by one run: its length and resolved encoding (read once, at open), its header
 * (CSV), its prefix index (created empty, filled lazily by the chunks) and the run's progress.
 */
final class OpenedFile {
  final Path path;
  final long length;
  final boolean gzip;
  final Encoding enc;
  final ReadSettings settings;
  final ProgressTracker progress;
  final PrefixIndex index; // null when no chunk can need it
  List<String> header; // CSV, set by the kind at open

  private OpenedFile(
      Path path,
      long length,
      boolean gzip,
      Encoding enc,
      ReadSettings settings,
      ProgressTracker progress,
      boolean needIndex,
      int quote) {
    this.path = path;
    this.length = length;
    this.gzip = gzip;
    this.enc = enc;
    this.settings = settings;
    this.progress = progress;
    this.index =
        needIndex && !gzip && enc.splittable
            ? new PrefixIndex(enc, quote, length, indexBlock(length, settings.grid(enc.unit)))
            : null;
  }

  /**
   * The prefix index's block: the chunk grid (so default splits need no partial counts), but at
   * most 2^20 blocks per file and at most 1 GiB per block (counts are packed in 32 bits).
   */
  static long indexBlock(long length, long grid) {
    long min = (length >>> 20) + 1;
    long b = Math.max(grid, grid * ((min + grid - 1) / grid));
    return Math.min(b, 1L << 30);
  }

  /** Whether {@code path} is read as gzip (by its name). */
  static boolean isGzip(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().endsWith(".gz");
  }

  static OpenedFile open(
      Path path,
      Charset charset,
      RecordKind<?> kind,
      ReadSettings settings,
      ProgressTracker progress) {
    try {
      if (Files.isDirectory(path)) {
        throw new IOException(
            "is a directory, not a file; read the files in it with FileSet.directory(dir) or"
                + " FileSet.glob(dir, pattern)");
      }
      long length = Files.size(path);
      boolean gzip = isGzip(path);
      byte[] head = new byte[4];
      int n;
      try (InputStream in = gzip ? gunzip(path) : Files.newInputStream(path)) {
        n = in.readNBytes(head, 0, 4);
      }
      Encoding enc = Encoding.detect(charset, head, n);
      boolean needIndex = kind.needsLineNumbers() || kind.quote() >= 0;
      return new OpenedFile(path, length, gzip, enc, settings, progress, needIndex, kind.quote());
    } catch (IOException e) {
      throw failure(path, e);
    }
  }

  /** A new input over this file's bytes (uncompressed for gzip). */
  ByteInput input() throws IOException {
    return gzip ? ByteInput.stream(gunzip(path)) : ByteInput.open(path);
  }

  static InputStream gunzip(Path path) throws IOException {
    InputStream raw = Files.newInputStream(path);
    try {
      return new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * An unchecked exception whose message names the path and says what went wrong, like {@code cat}:
   * {@code data.csv: no such file}, {@code /tmp: is a directory, not a file; ...}.
   */
  static UncheckedIOException failure(Path path, IOException e) {
    return new UncheckedIOException(name(path) + ": " + reason(e), e);
  }

  /** The path as given; the empty path (the current directory) made visible. */
  private static String name(Path path) {
    String s = path.toString();
    return s.isEmpty() ? "\"\" (the current directory, " + path.toAbsolutePath() + ")" : s;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getName();
  }
}
