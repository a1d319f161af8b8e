package dev.parafold.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Strings of short ASCII CSV fields seen before in one file, so that a group-by key repeated a
 * million times is one {@code String} (with its hash code cached), not a million.
 *
 * <p>A direct-mapped table of 1024 slots, shared by the file's chunks without locks: a slot holds a
 * reference to an immutable {@code String} (safely published through its final fields), a thread
 * may see an older string or none, and a string is returned only after comparing every character to
 * the field's bytes, so races cost a miss, never a wrong value.
 */
final class FieldStrings {
  private static final int SLOTS = 1024;
  private static final int MAX_LENGTH = 32;

  private final String[] slots = new String[SLOTS];

  /** The text of ASCII-compatible bytes {@code [off, off + len)} of {@code b} in {@code cs}. */
  String get(byte[] b, int off, int len, Charset cs) {
    if (len > MAX_LENGTH) {
      return new String(b, off, len, cs);
    }
    int h = 0;
    for (int k = off, end = off + len; k < end; k++) {
      byte c = b[k];
      if (c < 0) {
        return new String(b, off, len, cs); // not ASCII
      }
      h = 31 * h + c;
    }
    int slot = (h ^ (h >>> 11)) & (SLOTS - 1);
    String s = slots[slot];
    if (s != null && s.length() == len && same(s, b, off)) {
      return s;
    }
    s = new String(b, off, len, StandardCharsets.ISO_8859_1); // ASCII reads the same in cs
    slots[slot] = s;
    return s;
  }

  private static boolean same(String s, byte[] b, int off) {
    for (int k = 0, n = s.length(); k < n; k++) {
      if (s.charAt(k) != b[off + k]) {
        return false;
      }
    }
    return true;
  }
}
