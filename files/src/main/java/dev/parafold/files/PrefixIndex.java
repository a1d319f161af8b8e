package dev.parafold.files;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLongArray;

/*
 * Line-break counts before any byte offset of one file, to resolve line numbers on demand.
 *
 * Line numbers are not computed while folding: records carry their byte offset and their line
 * count from the start of their chunk, and the number of the chunk's first line is resolved only
 * when someone asks (a reported bad record, a user calling Line.number()). Resolving counts the
 * line breaks before the chunk: the file is cut into blocks of a fixed size (the source's chunk
 * grid), each block's count is computed once per run and memoised (one long per block, published
 * by a volatile write), and the blocks still missing are counted in parallel (a parallel stream:
 * the common pool, or the fork/join pool of the asking worker). Two threads may count the same
 * block; the answer is the same. Counts for an offset inside a block add a direct scan of the
 * partial block.
 *
 * What is counted in [a, b): each LF unit, and each CR unit not followed by LF (looking one unit
 * past b). Under that rule counts of adjacent ranges add up exactly, whatever the offsets: a CR LF
 * pair split between two ranges is counted once, at its LF.
 */
final class PrefixIndex {
  private static final long UNKNOWN = -1L;
  private static final int SCRATCH = 1 << 16;
  private static final int PARALLEL_BLOCKS = 4;

  private final OpenedFile file;
  private final Encoding enc;
  private final long length;
  private final long block;
  private final AtomicLongArray memo;

  private static final java.lang.invoke.VarHandle LONGS = ByteWords.LONGS;
  private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long LF_BYTES = 0x0101_0101_0101_0101L * RecordReader.LF;
  private static final long CR_BYTES = 0x0101_0101_0101_0101L * RecordReader.CR;

  /** The high bit set in exactly the bytes of {@code word} equal to the byte of {@code pattern}. */
  static long matches(long word, long pattern) {
    long v = word ^ pattern; // zero bytes where they match
    long t = (v & LOW7) + LOW7; // high bit set where the low seven bits are not all zero
    return ~(t | v | LOW7); // high bit set where the whole byte is zero
  }

  PrefixIndex(OpenedFile file, Encoding enc, long length, long block) {
    this.file = file;
    this.enc = enc;
    this.length = length;
    this.block = block;
    int n = (int) Math.min(Integer.MAX_VALUE - 8, length / block + 1);
    this.memo = new AtomicLongArray(n);
    for (int i = 0; i < n; i++) {
      memo.set(i, UNKNOWN);
    }
  }

  /** Line breaks in {@code [0, x)}; opens its own inputs. */
  long breaksBefore(long x) {
    long full = x / block;
    long from = full * block;
    long next = from + block;
    try (ByteInput in = file.input()) {
      if (x - from > block / 2 && next <= length && next / block < memo.length()) {
        // closer to the next block boundary: memoised counts up to it, minus the bytes past x
        return blocks(full + 1) - count(in, x, next);
      }
      long counts = blocks(full);
      return from < x ? counts + count(in, from, x) : counts;
    } catch (IOException e) {
      throw OpenedFile.failure(file.path, e);
    }
  }

  /** How many blocks have been counted so far (for tests). */
  int countedBlocks() {
    int n = 0;
    for (int b = 0; b < memo.length(); b++) {
      if (memo.get(b) != UNKNOWN) {
        n++;
      }
    }
    return n;
  }

  long block() {
    return block;
  }

  /** Counts in the first {@code n} blocks, counting the missing ones (in parallel if many). */
  private long blocks(long n) {
    int missing = 0;
    for (int b = 0; b < n; b++) {
      if (memo.get(b) == UNKNOWN) {
        missing++;
      }
    }
    if (missing >= PARALLEL_BLOCKS) {
      java.util.stream.IntStream.range(0, (int) n)
          .parallel()
          .filter(b -> memo.get(b) == UNKNOWN)
          .forEach(this::countBlock);
    }
    long breaks = 0;
    for (int b = 0; b < n; b++) {
      long c = memo.get(b);
      if (c == UNKNOWN) {
        c = countBlock(b);
      }
      breaks += c;
    }
    return breaks;
  }

  private long countBlock(int b) {
    try (ByteInput in = file.input()) {
      long c = count(in, (long) b * block, (long) (b + 1) * block);
      memo.set(b, c);
      return c;
    } catch (IOException e) {
      throw OpenedFile.failure(file.path, e);
    }
  }

  /** Line breaks in {@code [a, b)}; {@code a} and {@code b} are multiples of the unit width. */
  long count(ByteInput in, long a, long b) throws IOException {
    b = Math.min(b, length);
    int w = enc.unit;
    byte[] scratch = new byte[(int) Math.min(SCRATCH, Math.max(w, b - a))];
    long breaks = 0;
    boolean pendingCr = false;
    long p = a;
    while (p < b) {
      int want = (int) Math.min(scratch.length, b - p);
      int n = readFully(in, p, scratch, want);
      int units = n - n % w;
      if (units <= 0) {
        break;
      }
      int i = 0;
      if (w == 1) {
        // eight bytes at a time: a word with no CR (and no CR pending) only needs its LFs counted
        for (; i + 8 <= units; i += 8) {
          long word = (long) LONGS.get(scratch, i);
          if (!pendingCr && matches(word, CR_BYTES) == 0L) {
            breaks += Long.bitCount(matches(word, LF_BYTES));
            continue;
          }
          for (int k = i; k < i + 8; k++) {
            int u = scratch[k] & 0xFF;
            if (pendingCr && u != RecordReader.LF) {
              breaks++; // a CR not followed by LF ends a line
            }
            pendingCr = u == RecordReader.CR;
            if (u == RecordReader.LF) {
              breaks++;
            }
          }
        }
      }
      for (; i + w <= units; i += w) {
        int u = enc.unitAt(scratch, i);
        if (pendingCr && u != RecordReader.LF) {
          breaks++;
        }
        pendingCr = u == RecordReader.CR;
        if (u == RecordReader.LF) {
          breaks++;
        }
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
    return breaks;
  }

  static int readFully(ByteInput in, long pos, byte[] dst, int len) throws IOException {
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
