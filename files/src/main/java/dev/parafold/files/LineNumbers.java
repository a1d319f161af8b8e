package dev.parafold.files;

/**
 * The line numbers of one chunk's records, resolved on first use: a record knows how many lines lie
 * between the chunk's scan start and itself; the number of the scan start's line is counted (line
 * breaks before it, by the file's {@link PrefixIndex}) only when a number is asked for. A fold that
 * asks for none counts nothing.
 */
final class LineNumbers {
  /** Numbers of a chunk that starts its file (or a whole-file reader): line 1 is at the start. */
  static final LineNumbers FROM_START = new LineNumbers(null, 0, 1);

  private final PrefixIndex index;
  private final long from;
  private static final long NOT_YET = -2;
  private volatile long first; // the number of the line at `from`, UNKNOWN, or NOT_YET counted

  private LineNumbers(PrefixIndex index, long from, long first) {
    this.index = index;
    this.from = from;
    this.first = first;
  }

  /** Numbers counted from byte {@code from} of the file, resolved by {@code index}. */
  static LineNumbers after(PrefixIndex index, long from) {
    return index == null
        ? new LineNumbers(null, from, RecordError.UNKNOWN)
        : new LineNumbers(index, from, NOT_YET);
  }

  /** The 1-based number of the line {@code relative} lines after the scan start, or UNKNOWN. */
  long at(long relative) {
    long f = first;
    if (f == NOT_YET) {
      f = 1 + index.breaksBefore(from);
      first = f;
    }
    return f == RecordError.UNKNOWN ? RecordError.UNKNOWN : f + relative;
  }
}
