package dev.parafold.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How the byte scanner sees one file's charset: the width of a code unit, its byte order, the
 * length of the byte-order mark at offset 0, and whether line breaks can be found on raw bytes.
 *
 * <p>Splittable charsets are those where a line feed, a carriage return and an ASCII quote are each
 * one code unit that never occurs inside another character: UTF-8, US-ASCII, ISO-8859-*,
 * windows-125* (unit 1 byte), UTF-16 (unit 2) and UTF-32 (unit 4; surrogates and multi-unit
 * sequences never equal an ASCII unit). Any other charset (stateful ISO-2022, EBCDIC, legacy
 * multi-byte) is decoded as one stream and never split.
 */
final class Encoding {
  final Charset declared;
  final Charset decode; // concrete charset for one record's bytes (byte order resolved)
  final int unit;
  final boolean bigEndian;
  final int bomLength;
  final boolean splittable;

  private Encoding(
      Charset declared,
      Charset decode,
      int unit,
      boolean bigEndian,
      int bomLength,
      boolean splittable) {
    this.declared = declared;
    this.decode = decode;
    this.unit = unit;
    this.bigEndian = bigEndian;
    this.bomLength = bomLength;
    this.splittable = splittable;
  }

  /** Whether {@code cs} can be split on raw bytes (before looking at the file). */
  static boolean splittable(Charset cs) {
    String n = cs.name().toUpperCase(Locale.ROOT);
    return cs.equals(StandardCharsets.UTF_8)
        || cs.equals(StandardCharsets.US_ASCII)
        || n.startsWith("ISO-8859-")
        || n.startsWith("WINDOWS-125")
        || n.startsWith("UTF-16")
        || n.startsWith("UTF-32");
  }

  /** Resolves {@code cs} against the first bytes of a file ({@code head}, up to 4 bytes). */
  static Encoding detect(Charset cs, byte[] head, int headLength) {
    String n = cs.name().toUpperCase(Locale.ROOT);
    if (n.startsWith("UTF-16")) {
      boolean be = !n.endsWith("LE");
      int bom = 0;
      if (starts(head, headLength, 0xFE, 0xFF) && !n.endsWith("LE")) {
        be = true;
        bom = 2;
      } else if (starts(head, headLength, 0xFF, 0xFE) && !n.endsWith("BE")) {
        be = false;
        bom = 2;
      }
      return new Encoding(cs, Charset.forName(be ? "UTF-16BE" : "UTF-16LE"), 2, be, bom, true);
    }
    if (n.startsWith("UTF-32")) {
      boolean be = !n.endsWith("LE");
      int bom = 0;
      if (starts(head, headLength, 0, 0, 0xFE, 0xFF) && !n.endsWith("LE")) {
        be = true;
        bom = 4;
      } else if (starts(head, headLength, 0xFF, 0xFE, 0, 0) && !n.endsWith("BE")) {
        be = false;
        bom = 4;
      }
      return new Encoding(cs, Charset.forName(be ? "UTF-32BE" : "UTF-32LE"), 4, be, bom, true);
    }
    if (cs.equals(StandardCharsets.UTF_8)) {
      int bom = starts(head, headLength, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      return new Encoding(cs, cs, 1, true, bom, true);
    }
    return new Encoding(cs, cs, 1, true, 0, splittable(cs));
  }

  private static boolean starts(byte[] head, int length, int... bytes) {
    if (length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** The code unit at {@code i} of {@code b} (caller ensures {@code unit} bytes are there). */
  int unitAt(byte[] b, int i) {
    switch (unit) {
      case 1:
        return b[i] & 0xFF;
      case 2:
        return bigEndian
            ? ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF)
            : ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
      default:
        return bigEndian
            ? ((b[i] & 0xFF) << 24)
                | ((b[i + 1] & 0xFF) << 16)
                | ((b[i + 2] & 0xFF) << 8)
                | (b[i + 3] & 0xFF)
            : ((b[i + 3] & 0xFF) << 24)
                | ((b[i + 2] & 0xFF) << 16)
                | ((b[i + 1] & 0xFF) << 8)
                | (b[i] & 0xFF);
    }
  }

  /** The index (from {@code off}) of the first byte that is not valid here, or -1. */
  int firstMalformed(byte[] b, int off, int len) {
    java.nio.charset.CharsetDecoder d =
        decode
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b, off, len);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, len));
    java.nio.charset.CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      return in.position() - off;
    }
    r = d.flush(out);
    return r.isError() ? in.position() - off : -1;
  }

  String describe() {
    String s = declared.name();
    if (!splittable) {
      return s + " (not split: line breaks are not single code units in this charset)";
    }
    return unit == 1 ? s : s + " (split at " + unit + "-byte code units)";
  }
}
