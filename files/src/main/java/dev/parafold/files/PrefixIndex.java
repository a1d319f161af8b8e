package dev.parafold.files;

import dev.parafold.source.Stop;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLongArray;

/*
 * Counts of line breaks and quote units before any byte offset of one file, for line numbers and
 * CSV quote parity in chunks that do not start the file.
 *
 * The file is cut into blocks of a fixed size (the source's chunk grid). A block's counts are
 * computed the first time any chunk needs them, by that chunk's thread, and memoised (one packed
 * long per block, published by a volatile write), so a run counts each block about once; two
 * threads may both count a block that neither has finished, which wastes work but is harmless.
 * Counts for an offset inside a block add a direct scan of the partial block. Counting is a tight
 * loop over bytes, several times faster than decoding lines, and the blocks a chunk counts are the
 * ones to its left, which other chunks are reading too (page cache).
 *
 * What is counted in [a, b): each LF unit, and each CR unit not followed by LF (looking one unit
 * past b). Under that rule counts of adjacent ranges add up exactly, whatever the offsets: a CR LF
 * pair split between two ranges is counted once, at its LF. Quote units are counted plainly.
 */
final class PrefixIndex {
  private static final long UNKNOWN = -1L;
  private static final int SCRATCH = 1 << 16;

  private final Encoding enc;
  private final int quote;
  private final long length;
  private final long block;
  private final AtomicLongArray memo;
  private final long quoteBytes;

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long LF_BYTES = 0x0101_0101_0101_0101L * RecordReader.LF;
  private static final long CR_BYTES = 0x0101_0101_0101_0101L * RecordReader.CR;

  /** The high bit set in exactly the bytes of {@code word} equal to the byte of {@code pattern}. */
  private static long matches(long word, long pattern) {
    long v = word ^ pattern; // zero bytes where they match
    long t = (v & LOW7) + LOW7; // high bit set where the low seven bits are not all zero
    return ~(t | v | LOW7); // high bit set where the whole byte is zero
  }

  PrefixIndex(Encoding enc, int quote, long length, long block) {
    this.enc = enc;
    this.quote = quote;
    this.length = length;
    this.block = block;
    this.quoteBytes = quote >= 0 && quote < 0x80 ? 0x0101_0101_0101_0101L * quote : 0L;
    int n = (int) Math.min(Integer.MAX_VALUE - 8, length / block + 1);
    this.memo = new AtomicLongArray(n);
    for (int i = 0; i < n; i++) {
      memo.set(i, UNKNOWN);
    }
  }

  /**
   * {@code {line breaks, quote units}} in {@code [0, x)}, or {@code null} if {@code stop} asked to
   * stop (polled between blocks).
   */
  long[] before(ByteInput in, long x, Stop stop) throws IOException {
    long full = x / block;
    long from = full * block;
    long next = from + block;
    if (x - from > block / 2 && next <= length && next / block < memo.length()) {
      // Closer to the next block boundary: memoised counts up to it, minus the few bytes between
      // x and it. Chunks start at block boundaries and ask for start - unit, so this is the usual
      // case: counts of adjacent ranges add up exactly (see the class comment).
      long[] upTo = blocks(in, full + 1, stop);
      if (upTo == null) {
        return null;
      }
      long[] tail = count(in, x, next);
      return new long[] {upTo[0] - tail[0], upTo[1] - tail[1]};
    }
    long[] counts = blocks(in, full, stop);
    if (counts == null) {
      return null;
    }
    if (from < x) {
      long[] c = count(in, from, x);
      counts[0] += c[0];
      counts[1] += c[1];
    }
    return counts;
  }

  /** Counts in the first {@code n} blocks, memoised; null if {@code stop} asked to stop. */
  private long[] blocks(ByteInput in, long n, Stop stop) throws IOException {
    long breaks = 0;
    long quotes = 0;
    for (int b = 0; b < n; b++) {
      long packed = memo.get(b);
      if (packed == UNKNOWN) {
        if (stop.stopRequested()) {
          return null;
        }
        long[] c = count(in, (long) b * block, (long) (b + 1) * block);
        packed = (c[0] << 32) | c[1];
        memo.set(b, packed);
      }
      breaks += packed >>> 32;
      quotes += packed & 0xFFFF_FFFFL;
    }
    return new long[] {breaks, quotes};
  }

  /** Counts in {@code [a, b)}; {@code a} and {@code b} are multiples of the unit width. */
  long[] count(ByteInput in, long a, long b) throws IOException {
    b = Math.min(b, length);
    int w = enc.unit;
    byte[] scratch = new byte[(int) Math.min(SCRATCH, Math.max(w, b - a))];
    long breaks = 0;
    long quotes = 0;
    boolean pendingCr = false;
    long p = a;
    while (p < b) {
      int want = (int) Math.min(scratch.length, b - p);
      int n = readFully(in, p, scratch, want);
      if (n <= 0) {
        break;
      }
      int units = n - n % w;
      if (w == 1) {
        // The common case (UTF-8, ASCII, ISO-8859-*): eight bytes at a time. A word with no CR and
        // no quote byte (and no CR pending from the previous byte) only needs its LF bytes counted;
        // any other word goes through the byte loop.
        int i = 0;
        for (; quote < 0x80 && i + 8 <= units; i += 8) {
          long word = (long) LONGS.get(scratch, i);
          long crs = matches(word, CR_BYTES);
          long quoted = quote >= 0 && quote < 0x80 ? matches(word, quoteBytes) : 0L;
          if (!pendingCr && (crs | quoted) == 0L) {
            breaks += Long.bitCount(matches(word, LF_BYTES));
            continue;
          }
          for (int k = i; k < i + 8; k++) {
            int u = scratch[k] & 0xFF;
            if (pendingCr) {
              pendingCr = false;
              if (u != RecordReader.LF) {
                breaks++; // a CR not followed by LF ends a line
              }
            }
            if (u == RecordReader.LF) {
              breaks++;
            } else if (u == RecordReader.CR) {
              pendingCr = true;
            } else if (u == quote) {
              quotes++;
            }
          }
        }
        for (; i < units; i++) {
          int u = scratch[i] & 0xFF;
          if (pendingCr) {
            pendingCr = false;
            if (u != RecordReader.LF) {
              breaks++;
            }
          }
          if (u == RecordReader.LF) {
            breaks++;
          } else if (u == RecordReader.CR) {
            pendingCr = true;
          } else if (u == quote) {
            quotes++;
          }
        }
        p += units;
        continue;
      }
      for (int i = 0; i + w <= units; i += w) {
        int u = enc.unitAt(scratch, i);
        if (pendingCr) {
          pendingCr = false;
          if (u != RecordReader.LF) {
            breaks++;
          }
        }
        if (u == RecordReader.LF) {
          breaks++;
        } else if (u == RecordReader.CR) {
          pendingCr = true;
        } else if (u == quote) {
          quotes++;
        }
      }
      if (units == 0) {
        break;
      }
      p += units;
    }
    if (pendingCr) {
      boolean lf = false;
      if (b + w <= length) {
        byte[] next = new byte[w];
        if (readFully(in, b, next, w) == w) {
          lf = enc.unitAt(next, 0) == RecordReader.LF;
        }
      }
      if (!lf) {
        breaks++;
      }
    }
    return new long[] {breaks, quotes};
  }

  private static int readFully(ByteInput in, long pos, byte[] dst, int len) throws IOException {
    int got = 0;
    while (got < len) {
      int n = in.read(pos + got, dst, got, len - got);
      if (n < 0) {
        break;
      }
      got += n;
    }
    return got;
  }
}
