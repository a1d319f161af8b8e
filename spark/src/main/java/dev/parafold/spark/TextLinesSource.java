package dev.parafold.spark;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Stop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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

  /**
   * Folds the lines whose first byte lies in {@code [start, end)}. Reads 64 KiB blocks straight
   * into an array and scans them for '\n'; a line that crosses a block boundary is gathered in a
   * carry buffer.
   */
  static <A> A foldLines(
      String path, long start, long end, Reducer<? super String, A, ?> r, A acc, Stop stop) {
    boolean check = r.mayStop();
    Reducer<?, A, ?> done = r.doneCheck();
    try (FileChannel ch = FileChannel.open(Paths.get(path), StandardOpenOption.READ)) {
      byte[] buf = new byte[1 << 16];
      long bufPos = start == 0 ? 0 : start - 1; // file position of buf[0]
      ch.position(bufPos);
      int lim = fill(ch, buf);
      int i = 0;
      if (start > 0) {
        // skip through the first '\n' at or after start - 1: that line belongs to the left part
        while (true) {
          while (i < lim && buf[i] != '\n') {
            i++;
          }
          if (i < lim) {
            i++;
            break;
          }
          bufPos += lim;
          lim = fill(ch, buf);
          i = 0;
          if (lim == 0) {
            return acc;
          }
        }
      }
      byte[] carry = new byte[256];
      int carryLen = 0;
      long lineStart = bufPos + i;
      int sinceCheck = 0;
      while (lineStart < end) {
        int j = i;
        while (j < lim && buf[j] != '\n') {
          j++;
        }
        String line;
        if (j < lim) {
          if (carryLen == 0) {
            line = decode(buf, i, j - i);
          } else {
            carry = append(carry, carryLen, buf, i, j - i);
            line = decode(carry, 0, carryLen + j - i);
            carryLen = 0;
          }
          i = j + 1;
        } else {
          // no '\n' in the rest of the block: carry it over and read on
          carry = append(carry, carryLen, buf, i, lim - i);
          carryLen += lim - i;
          bufPos += lim;
          lim = fill(ch, buf);
          i = 0;
          if (lim != 0) {
            continue;
          }
          if (carryLen == 0) {
            break; // a final '\n' does not make an empty last line
          }
          line = decode(carry, 0, carryLen); // the last line has no '\n'
          carryLen = 0;
          lim = 0;
        }
        acc = r.step(acc, line);
        if (check && done.isDone(acc)) {
          return acc;
        }
        if (++sinceCheck == Stop.CHECK_INTERVAL) {
          sinceCheck = 0;
          if (stop.stopRequested()) {
            return acc;
          }
        }
        if (lim == 0) {
          break;
        }
        lineStart = bufPos + i;
      }
      return acc;
    } catch (IOException e) {
      throw new UncheckedIOException("lines: cannot read " + path, e);
    }
  }

  /** Reads until {@code buf} is full or the file ends; the count (0 at the end). */
  private static int fill(FileChannel ch, byte[] buf) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(buf);
    while (bb.hasRemaining()) {
      if (ch.read(bb) < 0) {
        break;
      }
    }
    return bb.position();
  }

  /**
   * {@code carry[0, carryLen)} followed by {@code src[off, off + len)}, growing carry if needed.
   */
  private static byte[] append(byte[] carry, int carryLen, byte[] src, int off, int len) {
    if (carryLen + len > carry.length) {
      carry = java.util.Arrays.copyOf(carry, Math.max(carry.length * 2, carryLen + len));
    }
    System.arraycopy(src, off, carry, carryLen, len);
    return carry;
  }

  private static String decode(byte[] bytes, int off, int len) {
    if (len > 0 && bytes[off + len - 1] == '\r') {
      len--;
    }
    return new String(bytes, off, len, StandardCharsets.UTF_8);
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
