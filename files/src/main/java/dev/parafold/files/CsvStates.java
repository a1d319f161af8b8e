package dev.parafold.files;

import java.io.IOException;

/*
 * The quoting state machine of a CSV reader, and summaries of byte ranges under it.
 *
 * States, before a code unit: FIELD (at the start of a field or record), UNQUOTED (inside an
 * unquoted field, or after the closing quote of a quoted one), QUOTED (inside quotes), AFTER_QUOTE
 * (a quote seen inside quotes: a closing quote, or the first of a doubled pair). Only a quote at
 * the start of a field opens quotes; anywhere else it is a literal character (Python's csv and
 * DuckDB read it so), which keeps a stray quote in `3,ab"c,5` from hiding the rest of the file.
 *
 *            other     quote        delimiter  line break
 *   FIELD    UNQUOTED  QUOTED       FIELD      FIELD (ends the record)
 *   UNQUOTED UNQUOTED  UNQUOTED     FIELD      FIELD (ends the record)
 *   QUOTED   QUOTED    AFTER_QUOTE  QUOTED     QUOTED (inside the field)
 *   AFTER_Q. UNQUOTED  QUOTED       FIELD      FIELD (ends the record)
 *
 * A summary of a range maps each possible entry state to the exit state, packed as 2 bits per
 * entry state in one int. Summaries compose (the machine is deterministic), so the state at any
 * offset is the composition of block summaries from the start of the file; and since the four
 * paths usually meet within a line or two (they meet at any delimiter or line break outside
 * quotes that all of them see), the composition of a short window before the offset often maps
 * every entry state to the same exit: the state there is known without looking further left.
 */
final class CsvStates {
  static final int FIELD = 0;
  static final int UNQUOTED = 1;
  static final int QUOTED = 2;
  static final int AFTER_QUOTE = 3;

  static final int OTHER = 0;
  static final int QUOTE = 1;
  static final int DELIMITER = 2;
  static final int BREAK = 3;

  /** The summary of an empty range: every state maps to itself. */
  static final int IDENTITY = 0b11_10_01_00;

  /** STEP[state * 4 + class]. */
  private static final byte[] STEP = {
    UNQUOTED, QUOTED, FIELD, FIELD, // FIELD
    UNQUOTED, UNQUOTED, FIELD, FIELD, // UNQUOTED
    QUOTED, AFTER_QUOTE, QUOTED, QUOTED, // QUOTED
    UNQUOTED, QUOTED, FIELD, FIELD, // AFTER_QUOTE
  };

  /** VECTOR[class << 8 | summary]: the summary after one more unit of that class. */
  private static final byte[] VECTOR = new byte[4 << 8];

  static {
    for (int c = 0; c < 4; c++) {
      for (int v = 0; v < 256; v++) {
        int out = 0;
        for (int e = 0; e < 4; e++) {
          out |= step(exit(v, e), c) << (2 * e);
        }
        VECTOR[c << 8 | v] = (byte) out;
      }
    }
  }

  private final Encoding enc;
  private final int quote;
  private final int delimiter;
  private final byte[] byteClass = new byte[256]; // for one-byte units

  CsvStates(Encoding enc, int quote, int delimiter) {
    this.enc = enc;
    this.quote = quote;
    this.delimiter = delimiter;
    for (int u = 0; u < 256; u++) {
      byteClass[u] = (byte) classOf(u);
    }
  }

  static int step(int state, int cls) {
    return STEP[state << 2 | cls];
  }

  /** The exit state of {@code summary} for entry state {@code entry}. */
  static int exit(int summary, int entry) {
    return (summary >>> (2 * entry)) & 3;
  }

  /** The summary of a range followed by another. */
  static int then(int first, int second) {
    int out = 0;
    for (int e = 0; e < 4; e++) {
      out |= exit(second, exit(first, e)) << (2 * e);
    }
    return out;
  }

  /** Whether every entry state leads to the same exit state. */
  static boolean converged(int summary) {
    return summary == 0 || summary == 0b01_01_01_01 || summary == 0b10_10_10_10 || summary == 0xFF;
  }

  int quote() {
    return quote;
  }

  int delimiter() {
    return delimiter;
  }

  /** The class of code unit {@code u}. */
  int classOf(int u) {
    if (u == quote) {
      return QUOTE;
    }
    if (u == delimiter) {
      return DELIMITER;
    }
    return u == RecordReader.LF || u == RecordReader.CR ? BREAK : OTHER;
  }

  /** The summary of units {@code [a, b)} of {@code in}. */
  int summarize(ByteInput in, long a, long b, byte[] scratch) throws IOException {
    int v = IDENTITY;
    final int w = enc.unit;
    long p = a;
    while (p < b) {
      int want = (int) Math.min(scratch.length, b - p);
      int n = PrefixIndex.readFully(in, p, scratch, want);
      int units = n - n % w;
      if (units <= 0) {
        break;
      }
      if (w == 1) {
        final byte[] cls = byteClass;
        for (int i = 0; i < units; i++) {
          v = VECTOR[cls[scratch[i] & 0xFF] << 8 | v] & 0xFF;
        }
      } else {
        for (int i = 0; i < units; i += w) {
          v = VECTOR[classOf(enc.unitAt(scratch, i)) << 8 | v] & 0xFF;
        }
      }
      p += units;
    }
    return v;
  }
}
