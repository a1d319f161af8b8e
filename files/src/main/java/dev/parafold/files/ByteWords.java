package dev.parafold.files;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reading bytes eight at a time: the scanners' view of a {@code byte[]} as little-endian {@code
 * long}s, and the keys of short ASCII texts ({@link FieldStrings}, {@link Words}): up to 16 bytes
 * as two longs with a 0x80 byte marking the end (not an ASCII byte, so a shorter text never keys
 * like a longer one), hashed and compared in a few operations with no loop over the bytes.
 */
final class ByteWords {
  /** A {@code byte[]} read as little-endian {@code long}s at any byte offset. */
  static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of every byte: set in a word exactly when one of its bytes is not ASCII. */
  static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private ByteWords() {}

  /** Bytes {@code [off, off + min(len, 8))} of {@code b}, the rest zero; needs 8 readable bytes. */
  static long low(byte[] b, int off, int len) {
    long w = (long) LONGS.get(b, off);
    return len < 8 ? w & ((1L << (len << 3)) - 1) : w;
  }

  /** Bytes {@code [off + 8, off + len)}, the rest zero (0 when len <= 8); needs 16 readable. */
  static long high(byte[] b, int off, int len) {
    if (len <= 8) {
      return 0L;
    }
    long w = (long) LONGS.get(b, off + 8);
    return len < 16 ? w & ((1L << ((len - 8) << 3)) - 1) : w;
  }

  /** Whether the text whose {@link #low} and {@link #high} words these are is all ASCII. */
  static boolean ascii(long low, long high) {
    return ((low | high) & HIGH_BITS) == 0L;
  }

  /** The first key word of a text of {@code len <= 16} bytes: {@code low} with its end marked. */
  static long key0(long low, int len) {
    return len < 8 ? low | 0x80L << (len << 3) : low;
  }

  /** The second key word: {@code high} with its end marked (no marker fits a 16-byte text). */
  static long key1(long high, int len) {
    return len >= 8 && len < 16 ? high | 0x80L << ((len - 8) << 3) : high;
  }

  /** A hash of a key whose high bits are well mixed: take a table index from the top. */
  static long hash(long k0, long k1) {
    return (k0 ^ (k1 * 0xC2B2_AE3D_27D4_EB4FL)) * 0x9E37_79B9_7F4A_7C15L;
  }
}
