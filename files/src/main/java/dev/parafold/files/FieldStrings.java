package dev.parafold.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings of short ASCII CSV fields seen before in one file, so that a group-by key repeated a
 * million times is one {@code String} (with its hash code cached), not a million.
 *
 * <p>A direct-mapped table of 1024 slots, shared by the file's chunks without locks: a slot holds
 * an immutable entry (the field's key and its string, safely published through final fields), a
 * thread may see an older entry or none, and an entry is used only after comparing its key to the
 * field's, so races cost a miss, never a wrong value. Fields of up to 16 bytes are keyed by their
 * bytes as two longs ({@link ByteWords}); longer ones, up to 32, by a copy of their bytes.
 */
final class FieldStrings {
  private static final int SLOTS = 1024;
  private static final int MAX_LENGTH = 32;

  private final Entry[] slots = new Entry[SLOTS];

  private static final class Entry {
    final long k0; // short fields: the key; longer ones: 0 and 0 (never a short key: no marker)
    final long k1;
    final byte[] bytes; // longer fields: their bytes; short ones: null
    final String text;

    Entry(long k0, long k1, byte[] bytes, String text) {
      this.k0 = k0;
      this.k1 = k1;
      this.bytes = bytes;
      this.text = text;
    }
  }

  /** The text of ASCII-compatible bytes {@code [off, off + len)} of {@code b} in {@code cs}. */
  String get(byte[] b, int off, int len, Charset cs) {
    if (len <= 16 && off + 16 <= b.length) {
      long low = ByteWords.low(b, off, len);
      long high = ByteWords.high(b, off, len);
      if (!ByteWords.ascii(low, high)) {
        return new String(b, off, len, cs);
      }
      long k0 = ByteWords.key0(low, len);
      long k1 = ByteWords.key1(high, len);
      int slot = (int) (ByteWords.hash(k0, k1) >>> 54);
      Entry e = slots[slot];
      if (e != null && e.k0 == k0 && e.k1 == k1 && e.bytes == null) {
        return e.text;
      }
      String s = new String(b, off, len, StandardCharsets.ISO_8859_1); // ASCII reads the same
      slots[slot] = new Entry(k0, k1, null, s);
      return s;
    }
    if (len > MAX_LENGTH) {
      return new String(b, off, len, cs);
    }
    long x = len;
    int any = 0;
    for (int k = off, end = off + len; k < end; k++) {
      byte c = b[k];
      any |= c;
      x = (x << 8 | (x >>> 56)) ^ (c & 0xFF); // rotate in: no multiply chain per byte
    }
    if (any < 0) {
      return new String(b, off, len, cs); // not ASCII
    }
    int slot = (int) ((x * 0x9E37_79B9_7F4A_7C15L) >>> 54); // 10 bits: SLOTS = 1024
    Entry e = slots[slot];
    if (e != null && e.bytes != null && same(e.bytes, b, off, len)) {
      return e.text;
    }
    byte[] copy = Arrays.copyOfRange(b, off, off + len);
    String s = new String(copy, StandardCharsets.ISO_8859_1); // ASCII reads the same in cs
    slots[slot] = new Entry(0, 0, copy, s);
    return s;
  }

  private static boolean same(byte[] a, byte[] b, int off, int len) {
    if (a.length != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (a[k] != b[off + k]) {
        return false;
      }
    }
    return true;
  }
}
