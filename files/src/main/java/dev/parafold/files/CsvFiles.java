package dev.parafold.files;

import dev.parafold.fn.CheckedFn;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * RFC 4180 CSV files as splittable sources of {@link CsvRecord}s.
 *
 * <pre>{@code
 * Map<String, Long> perCountry = ForkJoinExecutor.shared().fold(
 *     CsvFiles.records(Path.of("people.csv"), CsvFormat.RFC4180.withHeader(true)),
 *     Reducers.countBy(r -> r.get("country")), FoldOptions.defaults());
 * }</pre>
 *
 * <p>Quoted fields may hold delimiters, doubled quotes and line breaks. Only a quote at the start
 * of a field opens quotes; anywhere else it is a literal character ({@code 3,ab"c,5} has the three
 * fields {@code 3}, {@code ab"c}, {@code 5}), as Python's csv module and DuckDB read it. Blank
 * lines between records are skipped. A record is malformed when a quoted field is not closed, a
 * closing quote is followed by something other than a delimiter or the end of the record, or (with
 * a header) its field count differs from the header's. A quoted field that never closes does not
 * swallow the rest of the file: its record ends at the first line break after the opening quote, is
 * reported malformed, and reading goes on with the next line.
 *
 * @implNote Splitting by bytes stays exact with quoted line breaks: a line break ends a record only
 *     outside quotes, and a chunk that does not start the file learns the quoting state at its
 *     start from a short window before it (where the possible states meet), or from memoised block
 *     summaries further left when the window cannot tell. Every chunk applies the same file-wide
 *     rule, so records are never cut, lost or read twice, even in malformed files.
 * @since 0.1
 */
public final class CsvFiles {
  private CsvFiles() {}

  /** The records of {@code file}; a malformed record fails the fold (FAILFAST). */
  public static FileSource<CsvRecord> records(Path file, CsvFormat format) {
    return records(FileSet.of(file), format);
  }

  /** The records of every file of {@code files}; each file has its own header row, if any. */
  public static FileSource<CsvRecord> records(FileSet files, CsvFormat format) {
    return new FileSource<>(
        files,
        Objects.requireNonNull(format, "format").charset(),
        new Kind<>(format, false, null),
        ReadSettings.DEFAULTS,
        null);
  }

  /**
   * Each record as {@code Right(record)} or {@code Left(error)}; fold with {@link BadRecords} to
   * choose a {@link ParseMode}.
   */
  public static FileSource<Either<RecordError, CsvRecord>> checkedRecords(
      FileSet files, CsvFormat format) {
    return new FileSource<>(
        files,
        Objects.requireNonNull(format, "format").charset(),
        new Kind<>(format, true, null),
        ReadSettings.DEFAULTS,
        null);
  }

  /**
   * Each record mapped to a typed value by {@code mapper}: {@code Right(value)}, or {@code
   * Left(error)} with the record's position when the record is malformed or {@code mapper} throws
   * (a {@link NumberFormatException} from {@link CsvRecord#getLong} names the column). Fold it with
   * {@link BadRecords#handle} to choose a {@link ParseMode}: a throwing mapper is then a bad record
   * (FAILFAST: the fold fails naming {@code file:line}), not a crash.
   *
   * <pre>{@code
   * record Sale(String country, long cents) {}
   * FileSource<Either<RecordError, Sale>> sales = CsvFiles.mapped(
   *     Path.of("sales.csv"), CsvFormat.RFC4180.withHeader(true),
   *     r -> new Sale(r.get("country"), r.getLong("cents")));
   * }</pre>
   */
  public static <T> FileSource<Either<RecordError, T>> mapped(
      FileSet files, CsvFormat format, CheckedFn<? super CsvRecord, ? extends T> mapper) {
    return new FileSource<>(
        files,
        Objects.requireNonNull(format, "format").charset(),
        new Kind<>(format, true, Objects.requireNonNull(mapper, "mapper")),
        ReadSettings.DEFAULTS,
        null);
  }

  /** {@link #mapped(FileSet, CsvFormat, CheckedFn)} of one file. */
  public static <T> FileSource<Either<RecordError, T>> mapped(
      Path file, CsvFormat format, CheckedFn<? super CsvRecord, ? extends T> mapper) {
    return mapped(FileSet.of(file), format, mapper);
  }

  /** {@link #checkedRecords(FileSet, CsvFormat)} of one file. */
  public static FileSource<Either<RecordError, CsvRecord>> checkedRecords(
      Path file, CsvFormat format) {
    return checkedRecords(FileSet.of(file), format);
  }

  // ---- parsing --------------------------------------------------------------------------------

  /** Thrown inside the parser; carries the message and the byte index to blame. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final int at;

    Malformed(String message, int at) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /**
   * The fields of one record in {@code b[0, len)} (one-byte units): per field its start and end
   * (two ints per field, exactly), the start as {@code ~start} when the field holds doubled quotes.
   * Reads as {@link CsvStates} does: only a quote at the start of a field opens quotes.
   */
  static int[] parse(byte[] b, int len, byte delim, byte quote, int expected) throws Malformed {
    int[] bounds = new int[2 * Math.max(1, expected)];
    int[] plain = unquoted(b, len, delim, quote, bounds);
    if (plain != null) {
      return plain;
    }
    int n = 0;
    int i = 0;
    while (true) {
      int start;
      int end;
      if (i < len && b[i] == quote) {
        int open = i;
        i++;
        start = i;
        boolean doubled = false;
        while (true) {
          if (i >= len) {
            throw new Malformed(
                "quoted field opened at column " + (open + 1) + " is not closed", open);
          }
          if (b[i] == quote) {
            if (i + 1 < len && b[i + 1] == quote) {
              doubled = true;
              i += 2;
              continue;
            }
            break;
          }
          i++;
        }
        end = i;
        i++; // the closing quote
        if (i < len && b[i] != delim) {
          throw new Malformed("character after closing quote at column " + (i + 1), i);
        }
        if (doubled) {
          start = ~start;
        }
      } else {
        start = i;
        i = indexOf(b, i, len, delim);
        end = i;
      }
      if (2 * n + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * n] = start;
      bounds[2 * n + 1] = end;
      n++;
      if (i >= len) {
        break;
      }
      i++; // the delimiter
      if (i == len) {
        if (2 * n + 2 > bounds.length) {
          bounds = Arrays.copyOf(bounds, bounds.length + 2);
        }
        bounds[2 * n] = i;
        bounds[2 * n + 1] = i;
        n++;
        break;
      }
    }
    return bounds.length == 2 * n ? bounds : Arrays.copyOf(bounds, 2 * n);
  }

  private static final java.lang.invoke.VarHandle LONGS = ByteWords.LONGS;

  /**
   * The common case, a record without quotes: delimiters found eight bytes at a time, fields cut
   * between them. Returns null if the record holds a quote (the caller parses it fully).
   */
  private static int[] unquoted(byte[] b, int len, byte delim, byte quote, int[] bounds) {
    final long delims = 0x0101_0101_0101_0101L * (delim & 0xFF);
    final long quotes = 0x0101_0101_0101_0101L * (quote & 0xFF);
    int n = 0;
    int start = 0;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      long word = (long) LONGS.get(b, i);
      if (PrefixIndex.matches(word, quotes) != 0L) {
        return null;
      }
      for (long m = PrefixIndex.matches(word, delims); m != 0L; m &= m - 1) {
        int at = i + (Long.numberOfTrailingZeros(m) >>> 3);
        if (2 * n + 4 > bounds.length) {
          bounds = Arrays.copyOf(bounds, bounds.length * 2 + 2);
        }
        bounds[2 * n] = start;
        bounds[2 * n + 1] = at;
        n++;
        start = at + 1;
      }
    }
    for (; i < len; i++) {
      byte c = b[i];
      if (c == quote) {
        return null;
      }
      if (c == delim) {
        if (2 * n + 4 > bounds.length) {
          bounds = Arrays.copyOf(bounds, bounds.length * 2 + 2);
        }
        bounds[2 * n] = start;
        bounds[2 * n + 1] = i;
        n++;
        start = i + 1;
      }
    }
    if (2 * n + 2 > bounds.length) {
      bounds = Arrays.copyOf(bounds, 2 * n + 2);
    }
    bounds[2 * n] = start;
    bounds[2 * n + 1] = len;
    n++;
    return bounds.length == 2 * n ? bounds : Arrays.copyOf(bounds, 2 * n);
  }

  /** The index of the first {@code delim} in {@code b[i, len)}, or {@code len}. */
  private static int indexOf(byte[] b, int i, int len, byte delim) {
    long pattern = 0x0101_0101_0101_0101L * (delim & 0xFF);
    for (; i + 8 <= len; i += 8) {
      long m = PrefixIndex.matches((long) LONGS.get(b, i), pattern);
      if (m != 0L) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    while (i < len && b[i] != delim) {
      i++;
    }
    return i;
  }

  /** CSV records, failing (FAILFAST), as Either (checked) or mapped. */
  private static final class Kind<T> implements RecordKind<T> {
    private final CsvFormat format;
    private final boolean checked;
    private final CheckedFn<? super CsvRecord, ?> mapper; // null: the record itself

    Kind(CsvFormat format, boolean checked, CheckedFn<? super CsvRecord, ?> mapper) {
      this.format = Objects.requireNonNull(format, "format");
      this.checked = checked;
      this.mapper = mapper;
    }

    @Override
    public CsvFormat csv() {
      return format;
    }

    @Override
    public boolean header() {
      return format.header();
    }

    @Override
    public void readHeader(OpenedFile file, String firstRecord) {
      if (firstRecord == null) {
        return;
      }
      byte[] b = firstRecord.getBytes(StandardCharsets.UTF_8);
      try {
        int[] bounds = parse(b, b.length, (byte) format.delimiter(), (byte) format.quote(), 8);
        int n = bounds.length / 2;
        CsvRecord r =
            new CsvRecord(
                file,
                LineNumbers.FROM_START,
                0,
                0,
                b,
                StandardCharsets.UTF_8,
                bounds,
                n,
                format.quote());
        file.header = new CsvHeader(r.fields());
      } catch (Malformed e) {
        throw new RecordParseException(
            new RecordError(file.path, 1, 0, firstRecord, "header: " + e.getMessage(), null));
      }
    }

    @Override
    public String name() {
      return mapper != null
          ? "mapped CSV records"
          : checked ? "checked CSV records" : "CSV records";
    }

    @Override
    public Object make(
        OpenedFile file,
        LineNumbers lines,
        long relative,
        long offset,
        byte[] b,
        int off,
        int len) {
      if (file.enc.unit != 1) {
        return RecordKind.super.make(file, lines, relative, offset, b, off, len);
      }
      if (len == 0) {
        return SKIP;
      }
      if (file.settings.strict() && !RecordReader.ascii(b, off, len)) {
        // throws on bytes invalid in the charset (ASCII is valid in every one-byte charset here)
        file.text(b, off, len, lines, relative, offset);
      }
      return record(
          file, lines, relative, offset, Arrays.copyOfRange(b, off, off + len), file.enc.decode);
    }

    @Override
    public Object makeText(
        OpenedFile file, LineNumbers lines, long relative, long offset, String text) {
      if (text.isEmpty()) {
        return SKIP;
      }
      return record(
          file,
          lines,
          relative,
          offset,
          text.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8);
    }

    private Object record(
        OpenedFile file,
        LineNumbers lines,
        long relative,
        long offset,
        byte[] bytes,
        java.nio.charset.Charset cs) {
      CsvHeader header = file.header;
      String problem;
      long column = RecordError.UNKNOWN;
      try {
        int[] bounds =
            parse(
                bytes,
                bytes.length,
                (byte) format.delimiter(),
                (byte) format.quote(),
                header.size());
        int n = bounds.length / 2;
        if (header.size() > 0 && n != header.size()) {
          problem = "expected " + header.size() + " fields (header), found " + n;
        } else {
          CsvRecord rec =
              new CsvRecord(file, lines, relative, offset, bytes, cs, bounds, n, format.quote());
          if (mapper == null) {
            return checked ? Either.right(rec) : rec;
          }
          try {
            return Either.right(mapper.apply(rec));
          } catch (Exception e) {
            if (e instanceof CsvRecord.FieldFormatException
                && ((CsvRecord.FieldFormatException) e).record == rec) {
              column = rec.charColumn(((CsvRecord.FieldFormatException) e).field);
            }
            String msg = e.getMessage() == null ? e.getClass().getName() : e.toString();
            return Either.left(
                new RecordError(file.path, lines, relative, offset, column, rec.text(), msg, e));
          }
        }
      } catch (Malformed e) {
        problem = e.getMessage();
        column = new String(bytes, 0, e.at, cs).length() + 1;
      }
      RecordError err =
          new RecordError(
              file.path, lines, relative, offset, column, new String(bytes, cs), problem, null);
      if (checked) {
        return Either.left(err);
      }
      throw new RecordParseException(err);
    }
  }
}
