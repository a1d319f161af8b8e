package dev.parafold.spark;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Stop;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/*
 * The lines of a UTF-8 text file on a filesystem every executor sees (a shared mount, or one
 * machine). Partitions are byte ranges [start, end) of the file; a line belongs to the range that
 * holds its first byte, as in Hadoop's LineRecordReader: a part that does not start at byte 0 skips
 * the tail of the line it starts in, and the last line of a part may run past its end. Lines are
 * split at '\n', a trailing '\r' is dropped, and a final '\n' does not make an empty last line
 * (BufferedReader.readLine's rules). Line numbers of parts after the first are unknown, so their
 * offset is UNKNOWN_OFFSET; position-dependent stages defer to combine, as the Reducer contract says.
 */
final class TextLinesSource implements PartitionedSource<String> {
  private static final long serialVersionUID = 1L;

  private final String path; // a String, because Path is not serializable
  private final long minPartBytes;

  TextLinesSource(Path path, long minPartBytes) {
    this.path = path.toAbsolutePath().toString();
    this.minPartBytes = Math.max(1, minPartBytes);
  }

  @Override
  public List<SourcePart<String>> parts(int n) {
    long length = fileLength(path);
    int count = (int) Math.max(1, Math.min(n, length / minPartBytes));
    List<SourcePart<String>> parts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long start = length / count * i + Math.min(i, length % count);
      long end = length / count * (i + 1) + Math.min(i + 1, length % count);
      parts.add(new Part(path, start, end));
    }
    return parts;
  }

  @Override
  public boolean exactOffsets() {
    return false;
  }

  @Override
  public long size() {
    return -1;
  }

  @Override
  public <A> A reduce(Reducer<? super String, A, ?> r, A acc, Stop stop) {
    return foldLines(path, 0, Long.MAX_VALUE, r, acc, stop);
  }

  @Override
  public String describe() {
    return "lines(" + path + ")";
  }

  private static long fileLength(String path) {
    try (FileChannel ch = FileChannel.open(Paths.get(path), StandardOpenOption.READ)) {
      return ch.size();
    } catch (IOException e) {
      throw new UncheckedIOException("lines: cannot read " + path, e);
    }
  }

  /** Folds the lines whose first byte lies in {@code [start, end)}. */
  static <A> A foldLines(
      String path, long start, long end, Reducer<? super String, A, ?> r, A acc, Stop stop) {
    boolean check = r.mayStop();
    try (FileChannel ch = FileChannel.open(Paths.get(path), StandardOpenOption.READ)) {
      long pos = start;
      ch.position(start == 0 ? 0 : start - 1);
      InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
      if (start > 0) {
        // skip to just after the first '\n' at or after start - 1: that line belongs to the left
        // part
        pos = start - 1;
        int b;
        do {
          b = in.read();
          pos++;
        } while (b != -1 && b != '\n');
        if (b == -1) {
          return acc;
        }
      }
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      int sinceCheck = 0;
      while (pos < end) {
        line.reset();
        int b;
        int read = 0;
        while ((b = in.read()) != -1 && b != '\n') {
          line.write(b);
          read++;
        }
        if (b == -1 && read == 0) {
          break;
        }
        pos += read + (b == '\n' ? 1 : 0);
        acc = r.step(acc, decode(line));
        if (check && r.isDone(acc)) {
          return acc;
        }
        if (++sinceCheck == Stop.CHECK_INTERVAL) {
          sinceCheck = 0;
          if (stop.stopRequested()) {
            return acc;
          }
        }
        if (b == -1) {
          break;
        }
      }
      return acc;
    } catch (IOException e) {
      throw new UncheckedIOException("lines: cannot read " + path, e);
    }
  }

  private static String decode(ByteArrayOutputStream line) {
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      n--;
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  // ---- one shipped part ---------------------------------------------------------------------

  private static final class Part implements SourcePart<String> {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final long start;
    private final long end;

    Part(String path, long start, long end) {
      this.path = path;
      this.start = start;
      this.end = end;
    }

    @Override
    public long offset() {
      return start == 0 ? 0 : Reducer.UNKNOWN_OFFSET;
    }

    @Override
    public long size() {
      return -1;
    }

    @Override
    public Source<String> open() {
      return new Source<>() {
        @Override
        public long size() {
          return -1;
        }

        @Override
        public <A> A reduce(Reducer<? super String, A, ?> r, A acc, Stop stop) {
          return foldLines(path, start, end, r, acc, stop);
        }

        @Override
        public String describe() {
          return Part.this.describe();
        }
      };
    }

    @Override
    public String describe() {
      return "lines(" + path + ", bytes " + start + ".." + end + ")";
    }
  }
}
