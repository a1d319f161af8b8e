package dev.parafold.examples;

import dev.parafold.Fold;
import dev.parafold.files.BadRecords;
import dev.parafold.files.CsvFiles;
import dev.parafold.files.CsvFormat;
import dev.parafold.files.FileSet;
import dev.parafold.files.FileSource;
import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import dev.parafold.files.ProgressListener;
import dev.parafold.files.RecordError;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Group-by aggregation over CSV files with a header row: per value of one column, the number of
 * records and the sum of another (integer) column, written with parafold and with {@code
 * java.util.stream}.
 *
 * <p>A record is malformed when its field count differs from the header's or its sum column is not
 * an integer. PERMISSIVE mode reports malformed records as group {@value #MALFORMED} (count only);
 * DROPMALFORMED leaves them out and counts them; FAILFAST stops at the first.
 */
final class CsvGroupBy {
  /** The group of malformed records in PERMISSIVE mode. */
  static final String MALFORMED = "<malformed>";

  private CsvGroupBy() {}

  /** One record's group and value. */
  record Row(String key, long value) {}

  /** Count and sum of a group. */
  record Agg(long count, long sum) {}

  /**
   * The result.
   *
   * @param groups group to count and sum
   * @param malformed malformed records met
   */
  record Result(Map<String, Agg> groups, long malformed) {}

  // ---- parafold -------------------------------------------------------------------------------

  static ParseResult<Map<String, Agg>> parafold(
      List<Path> files,
      String groupBy,
      String sum,
      ParseMode mode,
      RunOptions how,
      boolean parallel,
      ProgressListener progress) {
    String key = groupBy.intern(); // the header's names are interned: found by identity
    String value = sum.intern();
    FileSource<Either<RecordError, Row>> source =
        CsvFiles.mapped(
                FileSet.of(files),
                CsvFormat.RFC4180.withHeader(true),
                r -> new Row(r.get(key), r.getLong(value)))
            .withStrictDecoding();
    if (progress != null) {
      source = source.withProgress(progress);
    }
    Fold<Either<RecordError, Row>> fold = how.on(Fold.from(source), parallel);
    if (mode == ParseMode.PERMISSIVE) {
      Reducer<Either<RecordError, Row>, ?, Map<String, Agg>> all =
          Reducers.groupBy(
              e -> e.isRight() ? e.get().key() : MALFORMED,
              Reducers.mapResult(
                  Reducers.tee(
                      Reducers.count(),
                      Reducers.<Either<RecordError, Row>>summingLong(
                          e -> e.isRight() ? e.get().value() : 0L)),
                  t -> new Agg(t._1, t._2)));
      return fold.reduce(BadRecords.permissive(all, 5));
    }
    Reducer<Row, ?, Map<String, Agg>> groups =
        Reducers.groupBy(
            Row::key,
            Reducers.mapResult(
                Reducers.tee(Reducers.count(), Reducers.summingLong(Row::value)),
                t -> new Agg(t._1, t._2)));
    return fold.reduce(BadRecords.handle(mode, groups, 5));
  }

  // ---- java.util.stream -----------------------------------------------------------------------

  /** The same aggregation with {@code Files.lines} and a quote-aware split of each line. */
  static Result streams(
      List<Path> files,
      String groupBy,
      String sum,
      ParseMode mode,
      boolean parallel,
      ProgressListener progress) {
    List<String> header = header(files.get(0));
    int key = column(header, groupBy);
    int value = column(header, sum);
    String headerLine = String.join(",", header);
    Map<String, Agg> groups =
        StreamLines.collect(
            files,
            parallel,
            progress,
            lines ->
                lines
                    .filter(l -> !l.isEmpty() && !l.equals(headerLine))
                    .map(l -> row(l, header.size(), key, value, mode))
                    .collect(
                        Collectors.groupingBy(
                            r -> r.key() == null ? MALFORMED : r.key(),
                            Collectors.teeing(
                                Collectors.counting(),
                                Collectors.summingLong(Row::value),
                                Agg::new))));
    Agg bad = mode == ParseMode.DROPMALFORMED ? groups.remove(MALFORMED) : groups.get(MALFORMED);
    return new Result(groups, bad == null ? 0 : bad.count());
  }

  /**
   * Why {@code groupBy} and {@code sum} cannot be used with {@code files} (a missing column, or a
   * sum column whose first values are not integers), or {@code null}: checked before any work.
   */
  static String checkColumns(List<Path> files, String groupBy, String sum) {
    List<String> header = header(files.get(0));
    if (!header.contains(groupBy)) {
      return "--group-by: no column \"" + groupBy + "\" in the header " + header;
    }
    int value = header.indexOf(sum);
    if (value < 0) {
      return "--sum: no column \"" + sum + "\" in the header " + header;
    }
    try (BufferedReader r = Files.newBufferedReader(files.get(0), StandardCharsets.UTF_8)) {
      r.readLine();
      String first = null;
      int seen = 0;
      for (String line = r.readLine(); line != null && seen < 100; line = r.readLine()) {
        List<String> f = split(line);
        if (f.size() != header.size()) {
          continue;
        }
        seen++;
        try {
          Long.parseLong(f.get(value));
          return null; // integers here
        } catch (NumberFormatException e) {
          first = first == null ? f.get(value) : first;
        }
      }
      return first == null
          ? null
          : "--sum: column \""
              + sum
              + "\" holds text, not integers (first value \""
              + first
              + "\")";
    } catch (IOException e) {
      throw new UncheckedIOException(files.get(0) + ": " + e.getMessage(), e);
    }
  }

  private static Row row(String line, int fields, int key, int value, ParseMode mode) {
    List<String> f = split(line);
    try {
      if (f.size() != fields) {
        throw new IllegalArgumentException(f.size() + " fields, header has " + fields);
      }
      return new Row(f.get(key), Long.parseLong(f.get(value)));
    } catch (IllegalArgumentException e) {
      if (mode == ParseMode.FAILFAST) {
        throw new IllegalArgumentException("malformed record: " + e.getMessage() + ": " + line, e);
      }
      return new Row(null, 0);
    }
  }

  /** Splits one RFC 4180 line (no line breaks inside quotes) into unquoted fields. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }

  static List<String> header(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      if (first == null) {
        throw new IllegalArgumentException(file + ": empty, no header row");
      }
      return split(first);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static int column(List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column \"" + name + "\" in header " + header);
    }
    return i;
  }

  // ---- output ---------------------------------------------------------------------------------

  static void print(Result r, String groupBy, String sum, java.io.PrintStream out) {
    out.printf("%-16s %14s %20s %14s%n", groupBy, "count", "sum(" + sum + ")", "avg");
    for (Map.Entry<String, Agg> e : new TreeMap<>(r.groups()).entrySet()) {
      Agg a = e.getValue();
      out.printf(
          "%-16s %,14d %,20d %,14.2f%n",
          e.getKey(), a.count(), a.sum(), a.count() == 0 ? 0.0 : (double) a.sum() / a.count());
    }
    out.printf("malformed records: %,d%n", r.malformed());
  }
}
