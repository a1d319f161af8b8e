package dev.parafold.files;

/**
 * Tunables of a file source: chunk size (the split grid), read buffer, the longest record kept in
 * memory, and whether bytes invalid in the charset fail the fold (strict) or decode to U+FFFD.
 */
record ReadSettings(long chunkBytes, int bufferBytes, long maxRecordBytes, boolean strict) {
  static final ReadSettings DEFAULTS = new ReadSettings(4L << 20, 1 << 16, 64L << 20, false);

  /** Chunk size rounded to whole code units, between one unit and 1 GiB. */
  long grid(int unit) {
    long g = Math.min(chunkBytes, 1L << 30);
    g -= g % unit;
    return Math.max(unit, g);
  }
}
