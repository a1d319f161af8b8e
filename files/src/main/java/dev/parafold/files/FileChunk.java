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
 * the first one. For CSV the scan needs the quoting state at start - unit, from the file's
 * QuoteIndex (usually decided by a short window before it). Line numbers are not counted here:
 * records carry their line count from start - unit, and LineNumbers resolves the count before it
 * only if someone asks.
 *
 * Splits are at the byte midpoint rounded down to the chunk grid (ReadSettings.grid), so every
 * split point is a block boundary of the indexes and resolving needs no partial blocks. Element
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

  OpenedFile file() {
    return file;
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
    final ReadSettings st = file.settings;
    final long limit = file.gzip ? Long.MAX_VALUE : end; // gzip: one chunk, uncompressed offsets
    // small files and tail chunks need no full-size buffer
    final int buffer =
        file.gzip
            ? st.bufferBytes()
            : (int) Math.min(st.bufferBytes(), Math.max(64, file.length - start + 2L * w));
    final long from = start == 0 ? 0 : start - w;
    int state = CsvStates.FIELD;
    if (file.csv != null && from > 0) {
      state = file.quotes.stateAt(in, from);
    }
    RecordReader rr =
        new RecordReader(
            in, enc, file.csv, file.quotes, from, state, buffer, st.maxRecordBytes(), file.path);
    if (file.csv != null && from < enc.bomLength) {
      rr.skip((int) (enc.bomLength - from)); // quotes open only after the byte-order mark
    }
    final LineNumbers lines =
        start == 0 ? LineNumbers.FROM_START : LineNumbers.after(file.lines, from);
    long relative = 0; // lines between `from` and the current record
    if (start > 0) {
      if (!rr.next()) {
        file.progress.chunkDone(end - start);
        return acc; // the last record of the file starts before us
      }
      relative = rr.inside + 1;
    }
    final boolean check = r.mayStop();
    final boolean header = kind.header();
    if (kind == TextFiles.LINES) {
      return lines(rr, r, acc, stop, limit, check, lines, relative);
    }
    if (kind == TextFiles.WORDS) {
      return words(rr, r, acc, stop, limit, check, lines, relative);
    }
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
      Object made =
          rr.start == 0 && header
              ? RecordKind.SKIP
              : kind.make(file, lines, relative, rr.start, rr.buffer(), off, len);
      relative += 1 + rr.inside;
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

  /** The loop of plain lines: a {@code String} per line, nothing else. */
  private <A> A lines(
      RecordReader rr,
      Reducer<? super T, A, ?> r,
      A acc,
      Stop stop,
      long limit,
      boolean check,
      LineNumbers lines,
      long relative)
      throws IOException {
    final java.nio.charset.Charset cs = file.enc.decode;
    final int bom = file.enc.bomLength;
    final boolean strict = file.settings.strict();
    int sincePoll = 0;
    while (rr.next()) {
      if (rr.start >= limit) {
        break;
      }
      int off = rr.textOff;
      int len = rr.textLen;
      if (rr.start == 0 && bom > 0) {
        int b = Math.min(bom, len);
        off += b;
        len -= b;
      }
      String text = new String(rr.buffer(), off, len, cs);
      if (strict && text.indexOf('\uFFFD') >= 0) { // free on ASCII: Latin-1 cannot hold it
        text = file.text(rr.buffer(), off, len, lines, relative, rr.start); // throws if bad
      }
      relative += 1 + rr.inside;
      @SuppressWarnings("unchecked")
      T t = (T) text;
      acc = r.step(acc, t);
      if (check && r.isDone(acc)) {
        break;
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

  /**
   * The loop of words: each line cut into words in its bytes (one-byte units) or its text (wider
   * units); a line that is not ASCII is checked whole first under strict decoding.
   */
  private <A> A words(
      RecordReader rr,
      Reducer<? super T, A, ?> r,
      A acc,
      Stop stop,
      long limit,
      boolean check,
      LineNumbers lines,
      long relative)
      throws IOException {
    final int bom = file.enc.bomLength;
    final boolean bytes = file.enc.unit == 1;
    final boolean strict = file.settings.strict();
    final Words words = new Words(file.enc.decode, bytes ? end - start : 0); // a table for bytes
    int sincePoll = 0;
    while (rr.next()) {
      if (rr.start >= limit) {
        break;
      }
      int off = rr.textOff;
      int len = rr.textLen;
      if (rr.start == 0 && bom > 0) {
        int b = Math.min(bom, len);
        off += b;
        len -= b;
      }
      if (!bytes) {
        words.text(file.text(rr.buffer(), off, len, lines, relative, rr.start));
      } else {
        if (strict && !RecordReader.ascii(rr.buffer(), off, len)) {
          file.text(rr.buffer(), off, len, lines, relative, rr.start); // throws if bad
        }
        words.bytes(rr.buffer(), off, len);
      }
      relative += 1 + rr.inside;
      for (String word = words.next(); word != null; word = words.next()) {
        @SuppressWarnings("unchecked")
        T t = (T) word;
        acc = r.step(acc, t);
        if (check && r.isDone(acc)) {
          file.progress.chunkDone(end - start);
          return acc;
        }
        if (++sincePoll == Stop.CHECK_INTERVAL) {
          sincePoll = 0;
          if (stop.stopRequested()) {
            return acc; // not finished: no progress report
          }
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
