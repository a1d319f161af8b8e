package dev.parafold.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/*
 * Finds records in a byte stream without decoding it.
 *
 * A record ends at its terminator: LF, CR LF, or a CR not followed by LF (BufferedReader's rule),
 * each compared as one code unit of the file's Encoding. For CSV the quoting state machine
 * (CsvStates) runs over the units: a terminator inside a quoted field is part of the record,
 * except at the file's reset point (QuoteIndex: the line break after a quote that never closes),
 * which ends the bad record. The state at the reader's start is an input: FIELD at the start of
 * the data, else the QuoteIndex's answer. Without an index (gzip: one forward-only chunk) a field
 * still open at the end of the input is cut at its first line break in the buffer instead, the
 * same rule. Physical line breaks inside quotes are counted, for line numbers.
 *
 * Lines of one-byte charsets are searched eight bytes at a time (a word is tested for LF and CR
 * with a few arithmetic operations), the common case of the line sources.
 *
 * The buffer holds the current record from its first byte, and grows (up to maxRecordBytes) for
 * records longer than it; it never holds more than one record plus one read.
 */
final class RecordReader {
  static final int LF = '\n';
  static final int CR = '\r';
  private static final long UNSET = -2;

  private static final java.lang.invoke.VarHandle LONGS = ByteWords.LONGS;
  private static final long LF_BYTES = 0x0101_0101_0101_0101L * LF;
  private static final long CR_BYTES = 0x0101_0101_0101_0101L * CR;
  private static final long BELOW_0E = 0x0E0E_0E0E_0E0E_0E0EL;
  private static final long HIGH_BITS = ByteWords.HIGH_BITS;

  private final ByteInput in;
  private final Encoding enc;
  private final int w;
  private final CsvStates csv; // null: plain lines
  private final QuoteIndex quotes; // null: no reset point (cut at end of input instead)
  private final long maxRecordBytes;
  private final Path path;
  private byte[] buf;
  private long base; // file position of buf[0]
  private int lim; // valid bytes in buf
  private int pos; // index of the next record's first byte
  private int skip; // units of the first record not to scan (a byte-order mark)
  private boolean eof;
  private int state;
  private int openAt = -1; // buffer index of the quote that opened the current quoted field
  private long resetAt = UNSET;

  // the record found by the last next()
  long start;
  int textOff;
  int textLen;
  int inside; // physical line breaks inside quotes
  long end; // file position after its terminator

  RecordReader(
      ByteInput in,
      Encoding enc,
      CsvStates csv,
      QuoteIndex quotes,
      long from,
      int state,
      int bufferBytes,
      long maxRecordBytes,
      Path path) {
    this.in = in;
    this.enc = enc;
    this.w = enc.unit;
    this.csv = csv;
    this.quotes = quotes;
    this.base = from;
    this.state = state;
    this.buf = new byte[(int) Math.max(16, Math.min(bufferBytes, maxRecordBytes))];
    this.maxRecordBytes = maxRecordBytes;
    this.path = path;
  }

  byte[] buffer() {
    return buf;
  }

  /** Scans the first record from {@code bytes} further on (past a byte-order mark). */
  void skip(int bytes) {
    this.skip = bytes;
  }

  /** Finds the next record; {@code false} at end of input. */
  boolean next() throws IOException {
    if (csv == null && w == 1 && skip == 0 && pos < lim) {
      // a line of a one-byte charset whose terminator (and the byte after it) are in the buffer
      int s = pos;
      int i = findBreak(buf, s, lim);
      if (i + 1 < lim) {
        int after = buf[i] == CR && buf[i + 1] == LF ? i + 2 : i + 1;
        found(s, i, 0, after);
        return true;
      }
    }
    if (pos >= lim && !fill(pos)) {
      return false;
    }
    int s = pos;
    int i = s + skip;
    skip = 0;
    int ins = 0;
    int textEnd;
    int nextPos;
    final boolean fastLines = w == 1 && csv == null;
    final boolean fastCsv = w == 1 && csv != null;
    while (true) {
      if (fastLines) {
        i = findBreak(buf, i, lim);
      } else if (fastCsv) {
        i = scanFields(i);
      }
      if (i + w > lim) {
        boolean more = fill(s); // moves the record to buf[0]
        i -= s;
        openAt -= s;
        s = 0;
        if (!more) {
          if (csv != null && state == CsvStates.QUOTED && quotes == null && cutUnclosed(s)) {
            return true;
          }
          textEnd = lim;
          nextPos = lim;
          break;
        }
        continue;
      }
      int u = enc.unitAt(buf, i);
      if (u == LF || u == CR) {
        int after = i + w;
        boolean crlf = false;
        if (u == CR) {
          if (i + 2 * w > lim && !eof) {
            boolean more = fill(s);
            i -= s;
            openAt -= s;
            s = 0;
            if (more) {
              continue;
            }
          }
          crlf = i + 2 * w <= lim && enc.unitAt(buf, i + w) == LF;
          after = crlf ? i + 2 * w : i + w;
        }
        if (csv == null || state != CsvStates.QUOTED || isReset(base + after)) {
          state = CsvStates.FIELD;
          textEnd = i;
          nextPos = after;
          break;
        }
        if (u == LF || !crlf) {
          ins++;
        }
      } else if (csv != null) {
        int cls = csv.classOf(u);
        if (cls == CsvStates.QUOTE && state == CsvStates.FIELD) {
          openAt = i;
        }
        state = CsvStates.step(state, cls);
      }
      i += w;
    }
    found(s, textEnd, ins, nextPos);
    return true;
  }

  private void found(int s, int textEnd, int ins, int nextPos) {
    start = base + s;
    textOff = s;
    textLen = textEnd - s;
    inside = ins;
    end = base + nextPos;
    pos = nextPos;
  }

  /**
   * The index of the first LF or CR at or after {@code i}, or {@code lim}. A word with no byte
   * below 0x0E (tested in three operations; LF is 0x0A, CR 0x0D) is skipped at once; the few others
   * (line breaks, tabs) get the exact test.
   */
  private static int findBreak(byte[] b, int i, int lim) {
    for (; i + 8 <= lim; i += 8) {
      long word = (long) LONGS.get(b, i);
      if (((word - BELOW_0E) & ~word & HIGH_BITS) != 0L) {
        long m = PrefixIndex.matches(word, LF_BYTES) | PrefixIndex.matches(word, CR_BYTES);
        if (m != 0L) {
          return i + (Long.numberOfTrailingZeros(m) >>> 3);
        }
      }
    }
    for (; i < lim; i++) {
      byte c = b[i];
      if (c == LF || c == CR) {
        return i;
      }
    }
    return lim;
  }

  /** Whether bytes {@code [off, off + len)} of {@code b} are all below 0x80, eight at a time. */
  static boolean ascii(byte[] b, int off, int len) {
    long any = 0;
    int i = off;
    int end = off + len;
    for (; i + 8 <= end; i += 8) {
      any |= (long) LONGS.get(b, i);
    }
    for (; i < end; i++) {
      any |= b[i];
    }
    return (any & HIGH_BITS) == 0L;
  }

  /**
   * Runs the CSV machine over one-byte units from {@code i} to the next line break or lim. Only
   * quotes and line breaks need the machine: between two of them the state stays QUOTED inside
   * quotes, and outside it is FIELD after a delimiter and UNQUOTED after any other byte, so the
   * state is settled from the byte before each quote or line break found.
   */
  private int scanFields(int i) {
    final byte[] b = buf;
    final int l = lim;
    final byte delim = (byte) csv.delimiter();
    final int q = csv.quote();
    int st = state;
    while (true) {
      int j = findSpecial(b, i, l, q);
      if (j > i && st != CsvStates.QUOTED) {
        st = b[j - 1] == delim ? CsvStates.FIELD : CsvStates.UNQUOTED;
      }
      if (j >= l || b[j] != q) {
        state = st;
        return j; // a line break, or the end of the buffer
      }
      if (st == CsvStates.FIELD) {
        openAt = j;
      }
      st = CsvStates.step(st, CsvStates.QUOTE);
      i = j + 1;
    }
  }

  /** The index of the first quote, LF or CR at or after {@code i}, or {@code lim}. */
  private static int findSpecial(byte[] b, int i, int lim, int quote) {
    final long quotes = 0x0101_0101_0101_0101L * (quote & 0xFF);
    // with the usual double quote (0x22), a word with no byte below 0x23 has none of the three
    final long below = quote == '"' ? 0x2323_2323_2323_2323L : 0L;
    for (; i + 8 <= lim; i += 8) {
      long word = (long) LONGS.get(b, i);
      if (below != 0L && ((word - below) & ~word & HIGH_BITS) == 0L) {
        continue;
      }
      long m =
          PrefixIndex.matches(word, quotes)
              | PrefixIndex.matches(word, LF_BYTES)
              | PrefixIndex.matches(word, CR_BYTES);
      if (m != 0L) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    for (; i < lim; i++) {
      byte c = b[i];
      if (c == quote || c == LF || c == CR) {
        return i;
      }
    }
    return lim;
  }

  private boolean isReset(long after) throws IOException {
    if (quotes == null) {
      return false;
    }
    if (resetAt == UNSET) {
      resetAt = quotes.resetPoint(in);
    }
    return after == resetAt;
  }

  /**
   * At the end of the input inside a quoted field that never closed: the record (from {@code s})
   * ends at the first line break after the opening quote, and reading goes on after it. Returns
   * false if there is no such line break (the record runs to the end).
   */
  private boolean cutUnclosed(int s) {
    for (int k = Math.max(s, openAt); k + w <= lim; k += w) {
      int u = enc.unitAt(buf, k);
      if (u == LF || u == CR) {
        boolean crlf = u == CR && k + 2 * w <= lim && enc.unitAt(buf, k + w) == LF;
        int ins = 0;
        for (int j = s; j < k; j += w) {
          int v = enc.unitAt(buf, j);
          if (v == LF || (v == CR && !(j + 2 * w <= lim && enc.unitAt(buf, j + w) == LF))) {
            ins++;
          }
        }
        state = CsvStates.FIELD;
        found(s, k, ins, crlf ? k + 2 * w : k + w);
        return true;
      }
    }
    return false;
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
