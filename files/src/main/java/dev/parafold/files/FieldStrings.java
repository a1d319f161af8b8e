package dev.parafold.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings of short ASCII CSV fields seen before in one file, so that a group-by key repeated a
 * million times is one {@code String} (with its hash code cached), not a million.
 *
 * <p>A direct-mapped table of 1024 slots, shared by the file's chunks without locks: a slot holds
 * an immutable entry (the bytes and their string, safely published through final fields), a thread
 * may see an older entry or none, and an entry is used only after comparing its bytes to the
 * field's, so races cost a miss, never a wrong value.
 */
final class FieldStrings {
  private static final int SLOTS = 1024;
  private static final int MAX_LENGTH = 32;

  private final Entry[] slots = new Entry[SLOTS];

  private static final class Entry {
    final byte[] bytes;
    final String text;

    Entry(byte[] bytes, String text) {
      this.bytes = bytes;
      this.text = text;
    }
  }

  /** The text of ASCII-compatible bytes {@code [off, off + len)} of {@code b} in {@code cs}. */
  String get(byte[] b, int off, int len, Charset cs) {
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
    if (e != null && same(e.bytes, b, off, len)) {
      return e.text;
    }
    byte[] copy = Arrays.copyOfRange(b, off, off + len);
    String s = new String(copy, StandardCharsets.ISO_8859_1); // ASCII reads the same in cs
    slots[slot] = new Entry(copy, s);
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
