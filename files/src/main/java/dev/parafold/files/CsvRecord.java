package dev.parafold.files;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One CSV record with its position, read lazily from the record's bytes: {@link #getLong(int)}
 * parses digits in place, {@link #get(int)} makes a {@code String} only when asked (short ASCII
 * values seen before in the file come back as the same string), and column names are looked up in
 * the file's header, read once per file.
 *
 * <pre>{@code
 * // country,cents
 * long cents = record.getLong("cents");   // no String made
 * String country = record.get("country"); // one String per distinct short value
 * }</pre>
 *
 * <p>Immutable and safe to keep; equal when file, line, byte offset, fields and header are equal. A
 * field that is not a number makes {@link #getLong} and {@link #getDouble} throw a {@link
 * NumberFormatException} naming the column; inside {@link CsvFiles#mapped} that is a bad record
 * reported at {@code file:line:column}.
 *
 * @implNote Serializable, so records come back from Spark executors ({@code toList}, {@code
 *     limit}): a record travels as its bytes, field bounds, path string, resolved line number, byte
 *     offset, header names and charset name, and keeps parsing lazily from its bytes where it
 *     lands.
 * @since 0.1
 */
public final class CsvRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  // the file's path, header and short-string cache, taken from the opened file (the serial form
  // below writes the path and the header names)
  private final transient Path path;
  private final transient CsvHeader header;
  private final transient FieldStrings strings;
  private final transient LineNumbers lines;
  private final long relative;
  private final long byteOffset;
  private final byte[] bytes; // the record's text in an ASCII-compatible charset
  private final transient Charset charset;
  private final int[] bounds; // per field: start (~start when it holds doubled quotes), end
  private final int size;
  private final char quote;

  CsvRecord(
      OpenedFile file,
      LineNumbers lines,
      long relative,
      long byteOffset,
      byte[] bytes,
      Charset charset,
      int[] bounds,
      int size,
      char quote) {
    this(
        file.path,
        file.header,
        file.strings,
        lines,
        relative,
        byteOffset,
        bytes,
        charset,
        bounds,
        size,
        quote);
  }

  private CsvRecord(
      Path path,
      CsvHeader header,
      FieldStrings strings,
      LineNumbers lines,
      long relative,
      long byteOffset,
      byte[] bytes,
      Charset charset,
      int[] bounds,
      int size,
      char quote) {
    this.path = path;
    this.header = header;
    this.strings = strings;
    this.lines = lines;
    this.relative = relative;
    this.byteOffset = byteOffset;
    this.bytes = bytes;
    this.charset = charset;
    this.bounds = bounds;
    this.size = size;
    this.quote = quote;
  }

  /** The file. */
  public Path file() {
    return path;
  }

  /**
   * The 1-based line number of the record's first line (a record with quoted line breaks spans
   * several); resolved on first use.
   */
  public long line() {
    return lines.at(relative);
  }

  /** The offset of the record's first byte in the file. */
  public long byteOffset() {
    return byteOffset;
  }

  /** The number of fields. */
  public int size() {
    return size;
  }

  /** The file's column names, or an empty list without a header row. */
  public List<String> header() {
    return header.names;
  }

  /** The column of {@code name} in the header (0-based). */
  public int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          path + ": no column \"" + name + "\" in header " + header.names);
    }
    return i;
  }

  /** Field {@code i} (0-based), unquoted. */
  public String get(int i) {
    int s = start(i);
    int e = bounds[2 * i + 1];
    if (s >= 0) {
      return strings.get(bytes, s, e - s, charset);
    }
    return unescape(~s, e);
  }

  /** The field of column {@code name}; needs a header row. */
  public String get(String name) {
    return get(column(name));
  }

  /**
   * Field {@code i} as a {@code long}: optional sign and ASCII digits, as {@link Long#parseLong}
   * reads them, parsed from the bytes.
   *
   * @throws NumberFormatException naming the column if it is not one
   */
  public long getLong(int i) {
    int s = start(i);
    int e = bounds[2 * i + 1];
    if (s < 0 || s == e) {
      throw notA("an integer", i);
    }
    int k = s;
    boolean negative = false;
    byte c = bytes[k];
    if (c == '-' || c == '+') {
      negative = c == '-';
      if (++k == e) {
        throw notA("an integer", i);
      }
    }
    long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
    long min = limit / 10;
    long v = 0; // accumulated negatively, like Long.parseLong, to reach MIN_VALUE
    for (; k < e; k++) {
      int d = bytes[k] - '0';
      if (d < 0 || d > 9 || v < min) {
        throw notA("an integer", i);
      }
      v *= 10;
      if (v < limit + d) {
        throw notA("an integer", i);
      }
      v -= d;
    }
    return negative ? v : -v;
  }

  /** The field of column {@code name} as a {@code long}. */
  public long getLong(String name) {
    return getLong(column(name));
  }

  /**
   * Field {@code i} as a {@code double}, as {@link Double#parseDouble} reads it.
   *
   * @throws NumberFormatException naming the column if it is not one
   */
  public double getDouble(int i) {
    try {
      return Double.parseDouble(get(i));
    } catch (NumberFormatException e) {
      throw notA("a number", i);
    }
  }

  /** The field of column {@code name} as a {@code double}. */
  public double getDouble(String name) {
    return getDouble(column(name));
  }

  /** All fields, unquoted. */
  public List<String> fields() {
    String[] out = new String[size];
    for (int i = 0; i < size; i++) {
      out[i] = get(i);
    }
    return List.of(out);
  }

  /** The record's text as in the file (quotes included, line breaks inside quotes kept). */
  public String text() {
    return new String(bytes, charset);
  }

  private int start(int i) {
    Objects.checkIndex(i, size);
    return bounds[2 * i];
  }

  private String unescape(int s, int e) {
    byte[] out = new byte[e - s];
    int n = 0;
    for (int k = s; k < e; k++) {
      out[n++] = bytes[k];
      if (bytes[k] == quote) {
        k++; // the second of a doubled quote
      }
    }
    return new String(out, 0, n, charset);
  }

  /** The 1-based character column where field {@code i} starts in {@link #text()}. */
  long charColumn(int i) {
    int s = bounds[2 * i];
    s = s < 0 ? ~s : s;
    if (s > 0 && bytes[s - 1] == quote) {
      s--; // a quoted field starts at its quote
    }
    return new String(bytes, 0, s, charset).length() + 1;
  }

  private NumberFormatException notA(String what, int i) {
    String name = i < header.size() ? " (" + header.names.get(i) + ")" : "";
    String value = RecordError.truncate(get(i));
    return new FieldFormatException(
        this, i, "column " + (i + 1) + name + ": not " + what + ": \"" + value + "\"");
  }

  /** A field that is not a number, with the record and the field to blame. */
  static final class FieldFormatException extends NumberFormatException {
    private static final long serialVersionUID = 1L;
    final transient CsvRecord record;
    final int field;

    FieldFormatException(CsvRecord record, int field, String message) {
      super(message);
      this.record = record;
      this.field = field;
    }
  }

  // ---- serial form ---------------------------------------------------------------------------

  private Object writeReplace() {
    return new Serial(
        path.toString(), line(), byteOffset, bytes, charset.name(), bounds, quote, header.names);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a CsvRecord is read from its serial form");
  }

  /**
   * The record as it travels: {@link Path} and the opened file are not serializable, and the line
   * number is resolved before it leaves. The header list is the file's one instance, so a stream of
   * records from one file writes it once.
   */
  private record Serial(
      String path,
      long line,
      long byteOffset,
      byte[] bytes,
      String charset,
      int[] bounds,
      char quote,
      List<String> header)
      implements Serializable {
    private Object readResolve() {
      return new CsvRecord(
          Paths.get(path),
          headerOf(header),
          SHIPPED_STRINGS,
          line == RecordError.UNKNOWN ? LineNumbers.after(null, 0) : LineNumbers.FROM_START,
          line == RecordError.UNKNOWN ? 0 : line - 1,
          byteOffset,
          bytes,
          Charset.forName(charset),
          bounds,
          bounds.length / 2,
          quote);
    }
  }

  /** Short field strings of records read from a serial form, shared by all of them. */
  private static final FieldStrings SHIPPED_STRINGS = new FieldStrings();

  /** The header made last from a serial form, with the names list it was made from. */
  private static volatile Object[] lastShippedHeader = {null, CsvHeader.NONE};

  /** One header per names list read: the records of one stream share their file's list. */
  private static CsvHeader headerOf(List<String> names) {
    Object[] last = lastShippedHeader;
    if (last[0] == names) {
      return (CsvHeader) last[1];
    }
    CsvHeader h = names.isEmpty() ? CsvHeader.NONE : new CsvHeader(names);
    lastShippedHeader = new Object[] {names, h};
    return h;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CsvRecord)) {
      return false;
    }
    CsvRecord r = (CsvRecord) o;
    return r.path.equals(path)
        && r.byteOffset == byteOffset
        && r.line() == line()
        && r.fields().equals(fields())
        && r.header().equals(header());
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, byteOffset, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "CsvRecord[file="
        + path
        + ", line="
        + line()
        + ", byteOffset="
        + byteOffset
        + ", fields="
        + fields()
        + "]";
  }
}
