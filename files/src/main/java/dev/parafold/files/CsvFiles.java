package dev.parafold.files;

import dev.parafold.fn.CheckedFn;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * <p>Quoted fields may hold delimiters, doubled quotes and line breaks. Blank lines between records
 * are skipped. A record is malformed when a quoted field is not closed, a closing quote is followed
 * by something other than a delimiter, an unquoted field holds a quote, or (with a header) its
 * field count differs from the header's.
 *
 * @implNote Splitting by bytes stays exact with quoted line breaks: a line break ends a record only
 *     where the number of quotes before it in the file is even (doubled quotes keep the parity),
 *     and a chunk that does not start the file reads that parity, with the line count, from the
 *     file's prefix index. Every chunk applies the same file-wide rule, so records are never cut,
 *     lost or read twice, even in malformed files.
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
   * Left(error)} with the record's position when the record is malformed or {@code mapper} throws.
   *
   * <pre>{@code
   * record Sale(String country, long cents) {}
   * FileSource<Either<RecordError, Sale>> sales = CsvFiles.mapped(
   *     FileSet.of(Path.of("sales.csv")), CsvFormat.RFC4180.withHeader(true),
   *     r -> new Sale(r.get("country"), Long.parseLong(r.get("cents"))));
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

  /** {@link #checkedRecords(FileSet, CsvFormat)} of one file. */
  public static FileSource<Either<RecordError, CsvRecord>> checkedRecords(
      Path file, CsvFormat format) {
    return checkedRecords(FileSet.of(file), format);
  }

  // ---- parsing --------------------------------------------------------------------------------

  /** Thrown inside the parser; carries the message only. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /** Splits one record's text into fields. */
  static List<String> parse(String s, char delim, char quote) throws Malformed {
    List<String> fields = new ArrayList<>();
    int n = s.length();
    int i = 0;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i < n && s.charAt(i) == quote) {
        sb.setLength(0);
        int open = i;
        i++;
        while (true) {
          if (i >= n) {
            throw new Malformed("quoted field opened at column " + (open + 1) + " is not closed");
          }
          char c = s.charAt(i);
          if (c == quote) {
            if (i + 1 < n && s.charAt(i + 1) == quote) {
              sb.append(quote);
              i += 2;
              continue;
            }
            i++;
            break;
          }
          sb.append(c);
          i++;
        }
        if (i < n && s.charAt(i) != delim) {
          throw new Malformed("character after closing quote at column " + (i + 1));
        }
        fields.add(sb.toString());
      } else {
        int j = s.indexOf(delim, i);
        if (j < 0) {
          j = n;
        }
        int q = s.indexOf(quote, i);
        if (q >= 0 && q < j) {
          throw new Malformed("quote in unquoted field at column " + (q + 1));
        }
        fields.add(s.substring(i, j));
        i = j;
      }
      if (i >= n) {
        return Collections.unmodifiableList(fields);
      }
      i++; // the delimiter
      if (i == n) {
        fields.add("");
        return Collections.unmodifiableList(fields);
      }
    }
  }

  /** CSV records, failing (FAILFAST) or as Either (checked). */
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
    public boolean needsLineNumbers() {
      return true;
    }

    @Override
    public int quote() {
      return format.quote();
    }

    @Override
    public boolean header() {
      return format.header();
    }

    @Override
    public void readHeader(OpenedFile file, String firstRecord) {
      if (firstRecord == null) {
        file.header = List.of();
        return;
      }
      try {
        file.header = List.copyOf(parse(firstRecord, format.delimiter(), format.quote()));
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
    public Object make(OpenedFile file, long line, long offset, String text) {
      if (text.isEmpty()) {
        return SKIP;
      }
      List<String> header = file.header == null ? List.of() : file.header;
      String problem;
      try {
        List<String> fields = parse(text, format.delimiter(), format.quote());
        if (!header.isEmpty() && fields.size() != header.size()) {
          problem = "expected " + header.size() + " fields (header), found " + fields.size();
        } else {
          CsvRecord rec = new CsvRecord(file.path, line, offset, fields, header);
          if (mapper == null) {
            return checked ? Either.right(rec) : rec;
          }
          try {
            return Either.right(mapper.apply(rec));
          } catch (Exception e) {
            String msg = e.getMessage() == null ? e.getClass().getName() : e.toString();
            return Either.left(new RecordError(file.path, line, offset, text, msg, e));
          }
        }
      } catch (Malformed e) {
        problem = e.getMessage();
      }
      RecordError err = new RecordError(file.path, line, offset, text, problem, null);
      if (checked) {
        return Either.left(err);
      }
      throw new RecordParseException(err);
    }
  }
}
