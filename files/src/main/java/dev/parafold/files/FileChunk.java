package dev.parafold.files;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.io.IOException;

/*
 * A byte range [start, end) of one file, holding exactly the records that start inside it.
 *
 * Ownership rule. A record starts at offset 0, or right after a terminator (see RecordReader) that
 * is not inside quotes, if that position is before the end of the file. A chunk folds every record
 * whose first byte is in [start, end), reading past end to finish the last one. Adjacent chunks
 * therefore partition the records whatever the split offsets: no record is lost or read twice.
 *
 * Finding the first record of a chunk with start > 0: scan from start - unit (so a record that
 * starts exactly at start is found) to the end of the first terminator; the record after it is
 * the first one. For CSV the scan needs the quote parity at start - unit, and for line numbers the
 * number of line breaks before it: both come from the file's PrefixIndex.
 *
 * Splits are at the byte midpoint rounded down to the chunk grid (ReadSettings.grid), so every
 * split point is a block boundary of the PrefixIndex and counting needs no partial blocks. Element
 * offsets (Reducer.init) are unknown right of the first chunk: size() is -1.
 *
 * Resources. reduce() opens its own input and closes it on every exit: normal end, early stop,
 * cancellation, and exceptions from the reducer.
 */
final class FileChunk<T> implements Source<T> {
  private final OpenedFile file;
  private final RecordKind<T> kind;
  private final long start;
  private final long end;

  FileChunk(OpenedFile file, RecordKind<T> kind, long start, long end) {
    this.file = file;
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  long start() {
    return start;
  }

  long end() {
    return end;
  }

  int unit() {
    return file.enc.unit;
  }

  @Override
  public long size() {
    return -1;
  }

  @Override
  public Split<T> split() {
    if (file.gzip || !file.enc.splittable) {
      return null;
    }
    long grid = file.settings.grid(file.enc.unit);
    if (end - start < 2 * grid) {
      return null;
    }
    long mid = start + (end - start) / 2;
    mid -= mid % grid;
    if (mid <= start || mid >= end) {
      return null;
    }
    return splitAtByte(mid);
  }

  /** Splits at byte {@code at} (rounded down to a code unit), {@code start < at < end}. */
  Split<T> splitAtByte(long at) {
    at -= at % file.enc.unit;
    if (at <= start || at >= end || file.gzip || !file.enc.splittable) {
      throw new IllegalArgumentException(
          "cannot split " + describe() + " at byte " + at + " (gzip or charset not splittable?)");
    }
    return new Split<>(
        new FileChunk<>(file, kind, start, at), new FileChunk<>(file, kind, at, end));
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    try (ByteInput in = file.input()) {
      acc = fold(in, r, acc, stop);
    } catch (IOException e) {
      throw OpenedFile.failure(file.path, e);
    }
    return acc;
  }

  private <A> A fold(ByteInput in, Reducer<? super T, A, ?> r, A acc, Stop stop)
      throws IOException {
    final Encoding enc = file.enc;
    final int w = enc.unit;
    final int quote = kind.quote();
    final boolean numbered = kind.needsLineNumbers();
    final ReadSettings st = file.settings;
    final long limit = file.gzip ? Long.MAX_VALUE : end; // gzip: one chunk, uncompressed offsets
    // small files and tail chunks need no full-size buffer
    final int buffer =
        file.gzip
            ? st.bufferBytes()
            : (int) Math.min(st.bufferBytes(), Math.max(64, file.length - start + 2L * w));
    RecordReader rr;
    long line;
    if (start == 0) {
      rr = new RecordReader(in, enc, quote, 0, false, buffer, st.maxRecordBytes(), file.path);
      line = 1;
    } else {
      long from = start - w;
      long[] before = file.index != null ? file.index.before(in, from, stop) : null;
      if (file.index != null && before == null) {
        return acc; // stopped while counting: not finished, no progress report
      }
      boolean odd = quote >= 0 && (before[1] & 1) == 1;
      rr = new RecordReader(in, enc, quote, from, odd, buffer, st.maxRecordBytes(), file.path);
      if (!rr.next()) {
        file.progress.chunkDone(end - start);
        return acc; // the last record of the file starts before us
      }
      line = numbered ? 1 + before[0] + rr.inside + 1 : RecordError.UNKNOWN;
    }
    final boolean check = r.mayStop();
    int sincePoll = 0;
    while (rr.next()) {
      if (rr.start >= limit) {
        break;
      }
      int off = rr.textOff;
      int len = rr.textLen;
      if (rr.start == 0 && enc.bomLength > 0) {
        int bom = Math.min(enc.bomLength, len);
        off += bom;
        len -= bom;
      }
      Object made = RecordKind.SKIP;
      if (!(rr.start == 0 && kind.header())) {
        String text = new String(rr.buffer(), off, len, enc.decode);
        made = kind.make(file, line, rr.start, text);
      }
      if (numbered) {
        line += 1 + rr.inside;
      }
      if (made != RecordKind.SKIP) {
        @SuppressWarnings("unchecked")
        T t = (T) made;
        acc = r.step(acc, t);
        if (check && r.isDone(acc)) {
          break;
        }
      }
      if (++sincePoll == Stop.CHECK_INTERVAL) {
        sincePoll = 0;
        if (stop.stopRequested()) {
          return acc; // not finished: no progress report
        }
      }
    }
    file.progress.chunkDone(end - start);
    return acc;
  }

  @Override
  public String describe() {
    return kind.name()
        + " of "
        + file.path
        + (file.gzip
            ? " (gzip: not splittable, one chunk)"
            : " bytes [" + start + ", " + end + ") of " + file.length)
        + ", "
        + file.enc.describe();
  }
}
