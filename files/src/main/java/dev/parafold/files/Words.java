package dev.parafold.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/*
 * The words of one chunk's lines: maximal runs of characters other than the separators of the
 * regular expression \s (space, tab, LF, vertical tab, form feed, CR), so that the words of a line
 * are exactly line.split("\\s+") without the empty strings.
 *
 * Lines of one-byte charsets are cut in their bytes: the separators are ASCII bytes that never
 * occur inside another character in the charsets read by byte ranges (UTF-8, ISO-8859-*,
 * windows-125*, US-ASCII). A word's end is searched eight bytes at a time (a byte below 0x21 is a
 * candidate; the few control bytes that are not separators are stepped over). Lines of wider code
 * units (UTF-16, UTF-32) and lines read as one decoded stream are cut in their characters.
 *
 * Short ASCII words come from a table of the chunk (open addressing, keyed by the word's bytes read
 * as two little-endian longs with a 0x80 byte marking the end): a word seen before is the same
 * String, its hash code cached, so a count by word compares references instead of bytes. One table
 * per chunk, used by one thread, as the chunk's accumulators are; it starts small for small chunks,
 * doubles while at most half full, and past MAX_SLOTS stops taking new words (they are made each
 * time, still correct).
 */
final class Words {
  private static final java.lang.invoke.VarHandle LONGS = ByteWords.LONGS;
  private static final long HIGH_BITS = ByteWords.HIGH_BITS;
  private static final long BELOW_21 = 0x2121_2121_2121_2121L;
  private static final int MAX_SLOTS = 1 << 16;
  private static final int MAX_CACHED = 16; // longer words are made each time

  private final Charset charset;
  private long[] keys; // two per slot: bytes 0-7 and 8-15 of the word, end marked
  private String[] strings; // null: a free slot
  private int shift;
  private int used;

  // the line being cut: bytes [at, end) of bytes, or (text != null) characters of text
  private byte[] bytes;
  private String text;
  private int at;
  private int end;

  /**
   * A cursor for a chunk of about {@code chunkBytes} bytes in {@code charset} (0 for lines cut as
   * text only: the table is then the smallest).
   */
  Words(Charset charset, long chunkBytes) {
    this.charset = charset;
    int slots = 64;
    while (slots < 1 << 13 && slots * 64L < chunkBytes) {
      slots <<= 1;
    }
    table(slots);
  }

  private void table(int slots) {
    this.keys = new long[2 * slots];
    this.strings = new String[slots];
    this.shift = 64 - Integer.numberOfTrailingZeros(slots);
  }

  /** Whether {@code c} separates words (the characters of {@code \s}). */
  static boolean separator(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** Cuts bytes {@code [off, off + len)} of {@code b} (one-byte units, valid in the charset). */
  void bytes(byte[] b, int off, int len) {
    this.bytes = b;
    this.text = null;
    this.at = off;
    this.end = off + len;
  }

  /** Cuts the characters of {@code line}. */
  void text(String line) {
    this.text = line;
    this.bytes = null;
    this.at = 0;
    this.end = line.length();
  }

  /** The next word of the line, or {@code null} after the last. */
  String next() {
    return text != null ? nextInText() : nextInBytes();
  }

  private String nextInText() {
    String t = text;
    int i = at;
    while (i < end && separator(t.charAt(i))) {
      i++;
    }
    if (i >= end) {
      at = end;
      return null;
    }
    int s = i;
    while (i < end && !separator(t.charAt(i))) {
      i++;
    }
    at = i;
    return t.substring(s, i);
  }

  private String nextInBytes() {
    final byte[] b = bytes;
    int i = at;
    final int e = end;
    while (i < e && separator(b[i])) {
      i++;
    }
    if (i >= e) {
      at = e;
      return null;
    }
    int s = i;
    i = wordEnd(b, i, e);
    at = i;
    int len = i - s;
    if (len <= MAX_CACHED && s + 16 <= b.length) {
      long low = ByteWords.low(b, s, len);
      long high = ByteWords.high(b, s, len);
      if (ByteWords.ascii(low, high)) {
        return cached(b, s, len, ByteWords.key0(low, len), ByteWords.key1(high, len));
      }
    }
    return new String(b, s, len, charset);
  }

  /** The index of the first separator at or after {@code i}, or {@code e}. */
  private static int wordEnd(byte[] b, int i, int e) {
    while (i + 8 <= e) {
      long w = (long) LONGS.get(b, i);
      // the high bit of each byte below 0x21 (exact: no borrow crosses a byte with its high bit
      // set)
      long m = ~((w | HIGH_BITS) - BELOW_21) & ~w & HIGH_BITS;
      if (m == 0L) {
        i += 8;
        continue;
      }
      int k = i + (Long.numberOfTrailingZeros(m) >>> 3);
      if (separator(b[k])) {
        return k;
      }
      i = k + 1; // a control byte inside the word
    }
    while (i < e && !separator(b[i])) {
      i++;
    }
    return i;
  }

  /** The word of ASCII bytes {@code [s, s + len)} whose keys (end marked) are k0, k1. */
  private String cached(byte[] b, int s, int len, long k0, long k1) {
    long h = ByteWords.hash(k0, k1);
    int mask = strings.length - 1;
    for (int slot = (int) (h >>> shift); ; slot = (slot + 1) & mask) {
      String w = strings[slot];
      if (w == null) {
        // ASCII reads the same in the charset
        w = new String(b, s, len, StandardCharsets.ISO_8859_1);
        if (2 * used < strings.length) {
          strings[slot] = w;
          keys[2 * slot] = k0;
          keys[2 * slot + 1] = k1;
          if (2 * ++used >= strings.length && strings.length < MAX_SLOTS) {
            grow();
          }
        }
        return w;
      }
      if (keys[2 * slot] == k0 && keys[2 * slot + 1] == k1) {
        return w;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    String[] oldStrings = strings;
    table(2 * oldStrings.length);
    int mask = strings.length - 1;
    for (int i = 0; i < oldStrings.length; i++) {
      if (oldStrings[i] != null) {
        long k0 = oldKeys[2 * i];
        long k1 = oldKeys[2 * i + 1];
        long h = ByteWords.hash(k0, k1);
        int slot = (int) (h >>> shift);
        while (strings[slot] != null) {
          slot = (slot + 1) & mask;
        }
        strings[slot] = oldStrings[i];
        keys[2 * slot] = k0;
        keys[2 * slot + 1] = k1;
      }
    }
  }
}
