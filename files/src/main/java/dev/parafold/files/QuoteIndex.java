package dev.parafold.files;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicIntegerArray;

/*
 * The CSV quoting state (CsvStates) at any offset of one file, for chunks that do not start it.
 *
 * State at x. Summarize a short window before x; if every entry state leads to the same exit,
 * that is the state at x (the window decided it alone). Otherwise extend the window leftwards
 * block by block (block summaries are memoised per run, like the line-break counts of the
 * PrefixIndex) until it decides, or until it reaches the start of the data (after the byte-order
 * mark), where the state is FIELD. Well-formed files with some quoted fields decide within a line
 * or two; a file without quotes at all walks to its start through memoised blocks.
 *
 * Unclosed quotes. A quoted field that never closes would make the rest of the file one record.
 * Instead, the record ends at the first line break after the quote that opened that field (the
 * reset point), and reading goes on from there at FIELD. There is at most one reset point per
 * file: a field is still open at the end of the file only if every run of quotes after its
 * opening run has even length, and from FIELD such text never ends inside quotes. The opening run
 * is the last run of odd length in the file (found scanning back from the end), if the state
 * before it is FIELD; only a state QUOTED before x can be affected by the reset, so the point is
 * computed (once per run) only when a window decides QUOTED or a reader meets a line break inside
 * quotes.
 */
final class QuoteIndex {
  private static final int WINDOW = 1 << 16;
  private static final int SCRATCH = 1 << 16;
  private static final long UNSET = -2;

  private final CsvStates states;
  private final Encoding enc;
  private final long base; // the byte-order mark's length: the data starts here at FIELD
  private final long length;
  private final long block;
  private final AtomicIntegerArray memo; // block summaries, -1 unknown
  private volatile long reset = UNSET;

  QuoteIndex(CsvStates states, Encoding enc, long length, long block) {
    this.states = states;
    this.enc = enc;
    this.base = enc.bomLength;
    this.length = length;
    this.block = block;
    int n = (int) Math.min(Integer.MAX_VALUE - 8, length / block + 1);
    this.memo = new AtomicIntegerArray(n);
    for (int i = 0; i < n; i++) {
      memo.set(i, -1);
    }
  }

  CsvStates states() {
    return states;
  }

  /** The state before the unit at {@code x} (a multiple of the unit width). */
  int stateAt(ByteInput in, long x) throws IOException {
    if (x <= base) {
      return CsvStates.FIELD;
    }
    int s = withoutReset(in, x);
    if (s != CsvStates.QUOTED) {
      return s;
    }
    long r = resetPoint(in);
    if (r < 0 || r > x) {
      return CsvStates.QUOTED;
    }
    return CsvStates.exit(summary(in, r, x), CsvStates.FIELD);
  }

  /** The state at {@code x} reading from the start with no reset point. */
  private int withoutReset(ByteInput in, long x) throws IOException {
    byte[] scratch = new byte[(int) Math.min(SCRATCH, Math.max(enc.unit, x - base))];
    long lo = Math.max(base, x - WINDOW);
    int acc = states.summarize(in, lo, x, scratch);
    while (!CsvStates.converged(acc) && lo > base) {
      long b = (lo - 1) / block;
      long from = Math.max(base, b * block);
      int s =
          lo == (b + 1) * block
              ? blockSummary(in, b, scratch)
              : states.summarize(in, from, lo, scratch);
      acc = CsvStates.then(s, acc);
      lo = from;
    }
    return CsvStates.exit(acc, CsvStates.FIELD); // converged: any entry; at the start: FIELD
  }

  /** The summary of {@code [a, b)}, from memoised blocks where whole ones are covered. */
  private int summary(ByteInput in, long a, long b) throws IOException {
    byte[] scratch = new byte[SCRATCH];
    int acc = CsvStates.IDENTITY;
    long p = a;
    while (p < b) {
      long k = p / block;
      long blockStart = Math.max(base, k * block);
      long blockEnd = Math.min(length, (k + 1) * block);
      long end = Math.min(b, blockEnd);
      int s =
          p == blockStart && end == blockEnd
              ? blockSummary(in, k, scratch)
              : states.summarize(in, p, end, scratch);
      acc = CsvStates.then(acc, s);
      p = end;
    }
    return acc;
  }

  private int blockSummary(ByteInput in, long k, byte[] scratch) throws IOException {
    int i = (int) k;
    int s = memo.get(i);
    if (s < 0) {
      s =
          states.summarize(
              in, Math.max(base, k * block), Math.min(length, (k + 1) * block), scratch);
      memo.set(i, s);
    }
    return s;
  }

  /**
   * The offset after the line break that ends a record whose quoted field never closes, or -1.
   * Computed once per run; racing threads compute the same value.
   */
  long resetPoint(ByteInput in) throws IOException {
    long r = reset;
    if (r == UNSET) {
      r = findReset(in);
      reset = r;
    }
    return r;
  }

  private long findReset(ByteInput in) throws IOException {
    final int w = enc.unit;
    final int quote = states.quote();
    byte[] scratch = new byte[SCRATCH - SCRATCH % w];
    // scan back from the end for the last run of quotes of odd length
    long run = 0;
    long opening = -1;
    long p = length - (length - base) % w; // whole units only
    outer:
    while (p > base) {
      long from = Math.max(base, p - scratch.length);
      int n = PrefixIndex.readFully(in, from, scratch, (int) (p - from));
      if (n < p - from) {
        return -1; // the file shrank: nothing sensible to do
      }
      for (int i = n - w; i >= 0; i -= w) {
        if (enc.unitAt(scratch, i) == quote) {
          run++;
        } else if (run > 0) {
          if ((run & 1) == 1) {
            opening = from + i + w;
            break outer;
          }
          run = 0;
        }
      }
      p = from;
    }
    if (opening < 0 && (run & 1) == 1) {
      opening = base;
    }
    if (opening < 0 || withoutReset(in, opening) != CsvStates.FIELD) {
      return -1;
    }
    // the first line break after the opening quote ends the bad record
    long q = opening;
    while (q < length) {
      int n = PrefixIndex.readFully(in, q, scratch, (int) Math.min(scratch.length, length - q));
      int units = n - n % w;
      if (units <= 0) {
        return -1;
      }
      for (int i = 0; i < units; i += w) {
        int u = enc.unitAt(scratch, i);
        if (u == RecordReader.LF) {
          return q + i + w;
        }
        if (u == RecordReader.CR) {
          long after = q + i + w;
          if (after + w <= length) {
            byte[] next = new byte[w];
            if (PrefixIndex.readFully(in, after, next, w) == w
                && enc.unitAt(next, 0) == RecordReader.LF) {
              return after + w;
            }
          }
          return after;
        }
      }
      q += units;
    }
    return -1;
  }
}
