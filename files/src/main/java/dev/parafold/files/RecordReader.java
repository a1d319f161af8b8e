package dev.parafold.files;

import java.io.IOException;
import java.util.Arrays;

/*
 * Finds records in a byte stream without decoding it.
 *
 * A record ends at its terminator: LF, CR LF, or a CR not followed by LF (BufferedReader's rule),
 * each compared as one code unit of the file's Encoding. With a quote unit (CSV), a terminator
 * counts only where the number of quote units since offset 0 is even, so quoted line breaks stay
 * inside their record (RFC 4180 escapes a quote by doubling it, which keeps the parity right). The
 * quote state at the reader's start position is an input: 0 at offset 0, or the parity from the
 * PrefixIndex. Physical line breaks inside quotes are counted, for line numbers.
 *
 * The buffer holds the current record from its first byte, and grows (up to maxRecordBytes) for
 * records longer than it; it never holds more than one record plus one read.
 */
final class RecordReader {
  static final int LF = '\n';
  static final int CR = '\r';

  private final ByteInput in;
  private final Encoding enc;
  private final int w;
  private final int quote;
  private final long maxRecordBytes;
  private final java.nio.file.Path path;
  private byte[] buf;
  private long base; // file position of buf[0]
  private int lim; // valid bytes in buf
  private int pos; // index of the next record's first byte
  private boolean eof;
  private boolean inQuote;

  // the record found by the last next()
  long start;
  int textOff;
  int textLen;
  int inside; // physical line breaks inside quotes
  long end; // file position after its terminator

  RecordReader(
      ByteInput in,
      Encoding enc,
      int quote,
      long from,
      boolean oddQuotes,
      int bufferBytes,
      long maxRecordBytes,
      java.nio.file.Path path) {
    this.in = in;
    this.enc = enc;
    this.w = enc.unit;
    this.quote = quote;
    this.base = from;
    this.inQuote = oddQuotes;
    this.buf = new byte[(int) Math.max(16, Math.min(bufferBytes, maxRecordBytes))];
    this.maxRecordBytes = maxRecordBytes;
    this.path = path;
  }

  byte[] buffer() {
    return buf;
  }

  /** Finds the next record; {@code false} at end of input. */
  boolean next() throws IOException {
    if (pos >= lim && !fill(pos)) {
      return false;
    }
    int s = pos;
    int i = s;
    int ins = 0;
    int textEnd;
    int nextPos;
    final boolean fast = w == 1 && quote < 0;
    while (true) {
      if (fast) {
        final byte[] b = buf;
        final int l = lim;
        while (i < l) {
          byte c = b[i];
          if (c == '\n' || c == '\r') {
            break;
          }
          i++;
        }
      }
      if (i + w > lim) {
        boolean more = fill(s); // moves the record to buf[0]
        i -= s;
        s = 0;
        if (!more) {
          textEnd = lim;
          nextPos = lim;
          break;
        }
        continue;
      }
      int u = enc.unitAt(buf, i);
      if (u == LF) {
        if (!inQuote) {
          textEnd = i;
          nextPos = i + w;
          break;
        }
        ins++;
      } else if (u == CR) {
        if (i + 2 * w > lim && !eof) {
          boolean more = fill(s);
          i -= s;
          s = 0;
          if (more) {
            continue;
          }
        }
        boolean crlf = i + 2 * w <= lim && enc.unitAt(buf, i + w) == LF;
        if (!inQuote) {
          textEnd = i;
          nextPos = crlf ? i + 2 * w : i + w;
          break;
        }
        if (!crlf) {
          ins++;
        }
      } else if (u == quote) {
        inQuote = !inQuote;
      }
      i += w;
    }
    start = base + s;
    textOff = s;
    textLen = textEnd - s;
    inside = ins;
    end = base + nextPos;
    pos = nextPos;
    return true;
  }

  /**
   * Moves bytes from {@code keep} on to the front of the buffer (growing it when {@code keep} is
   * already at the front and the buffer is full), then reads more. Returns whether bytes were
   * added. After it, indexes shift down by {@code keep}.
   */
  private boolean fill(int keep) throws IOException {
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, lim - keep);
      base += keep;
      lim -= keep;
      pos -= keep;
    } else if (lim == buf.length) {
      if (buf.length >= maxRecordBytes) {
        throw new RecordParseException(
            new RecordError(
                path,
                RecordError.UNKNOWN,
                base,
                "",
                "record longer than " + maxRecordBytes + " bytes (raise maxRecordBytes)",
                null));
      }
      buf =
          Arrays.copyOf(
              buf,
              (int)
                  Math.min(
                      Math.min(maxRecordBytes, Integer.MAX_VALUE - 16), (long) buf.length * 2));
    }
    if (eof) {
      return false;
    }
    while (true) {
      int n = in.read(base + lim, buf, lim, buf.length - lim);
      if (n < 0) {
        eof = true;
        return false;
      }
      if (n > 0) {
        lim += n;
        return true;
      }
    }
  }
}
