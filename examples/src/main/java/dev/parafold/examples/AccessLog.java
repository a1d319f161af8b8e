package dev.parafold.examples;

import dev.parafold.Fold;
import dev.parafold.files.BadRecords;
import dev.parafold.files.FileSet;
import dev.parafold.files.FileSource;
import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import dev.parafold.files.ProgressListener;
import dev.parafold.files.RecordError;
import dev.parafold.files.TextFiles;
import dev.parafold.reduce.Reducers;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The access-log report: requests per status, bytes per path (for the top paths), and the latency
 * distribution (for p50/p99), written with parafold and with {@code java.util.stream}.
 *
 * <p>Malformed lines follow a {@link ParseMode}: FAILFAST stops at the first; PERMISSIVE counts
 * them and shows them as status {@value #MALFORMED} in the requests per status; DROPMALFORMED
 * leaves them out of the report but still counts them.
 */
final class AccessLog {
  /** The status key of malformed lines in PERMISSIVE mode. */
  static final String MALFORMED = "malformed";

  private AccessLog() {}

  /** One parsed request. */
  record Entry(int status, String path, long bytes, int latencyMs) {}

  /**
   * The report.
   *
   * @param requestsPerStatus status code (or {@value #MALFORMED}) to requests
   * @param bytesByPath path to bytes sent
   * @param latencyHistogram latency in ms to requests
   * @param malformed malformed lines met
   */
  record Report(
      Map<String, Long> requestsPerStatus,
      Map<String, Long> bytesByPath,
      Map<Integer, Long> latencyHistogram,
      long malformed) {

    /** The latency at quantile {@code q} (nearest rank), or -1 without requests. */
    int percentile(double q) {
      long total = 0;
      for (long n : latencyHistogram.values()) {
        total += n;
      }
      long rank = Math.max(1, (long) Math.ceil(q * total));
      long seen = 0;
      for (Map.Entry<Integer, Long> e : new TreeMap<>(latencyHistogram).entrySet()) {
        seen += e.getValue();
        if (seen >= rank) {
          return e.getKey();
        }
      }
      return -1;
    }
  }

  /**
   * Parses a combined-log-format line with the latency in ms at the end.
   *
   * @throws IllegalArgumentException if the line is not one
   */
  static Entry parse(String line) {
    int open = line.indexOf('"');
    int close = open < 0 ? -1 : line.indexOf('"', open + 1);
    if (close < 0) {
      throw new IllegalArgumentException("no quoted request");
    }
    int sp1 = line.indexOf(' ', open + 1);
    int sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0 || sp2 > close) {
      throw new IllegalArgumentException("request is not 'METHOD PATH PROTOCOL'");
    }
    String path = line.substring(sp1 + 1, sp2);
    String[] rest = line.substring(close + 1).trim().split(" ");
    if (rest.length != 3) {
      throw new IllegalArgumentException("expected status, bytes and latency after the request");
    }
    int status = Integer.parseInt(rest[0]);
    long bytes = rest[1].equals("-") ? 0 : Long.parseLong(rest[1]);
    int latency = Integer.parseInt(rest[2]);
    return new Entry(status, path, bytes, latency);
  }

  // ---- parafold -------------------------------------------------------------------------------

  /** The report over {@code files} with parafold, on {@code how}'s executor. */
  static ParseResult<Report> parafold(
      List<Path> files,
      ParseMode mode,
      RunOptions how,
      boolean parallel,
      ProgressListener progress) {
    FileSource<Either<RecordError, Entry>> source =
        TextFiles.parsedLines(FileSet.of(files), StandardCharsets.UTF_8, line -> parse(line.text()))
            .withStrictDecoding();
    if (progress != null) {
      source = source.withProgress(progress);
    }
    Fold<Either<RecordError, Entry>> fold = how.on(Fold.from(source), parallel);
    ParseResult<Acc> r;
    if (mode == ParseMode.PERMISSIVE) {
      // every line reaches the report; malformed ones count as status "malformed"
      r =
          fold.reduce(
              BadRecords.permissive(
                  Reducers.<Either<RecordError, Entry>, Acc>of(
                      Acc::new, (a, e) -> a.add(e.isRight() ? e.get() : null, true), Acc::merge),
                  5));
    } else {
      r =
          fold.reduce(
              BadRecords.handle(
                  mode,
                  Reducers.<Entry, Acc>of(Acc::new, (a, e) -> a.add(e, false), Acc::merge),
                  5));
    }
    Acc acc = r.value();
    return new ParseResult<>(
        new Report(acc.status, acc.bytes, acc.latency, r.errorCount()),
        r.errorCount(),
        r.firstErrors());
  }

  /** The parafold result as a report whose malformed count is the one the fold reported. */
  static Report withCount(ParseResult<Report> r) {
    Report v = r.value();
    return new Report(v.requestsPerStatus(), v.bytesByPath(), v.latencyHistogram(), r.errorCount());
  }

  // ---- java.util.stream -----------------------------------------------------------------------

  /**
   * The report's mutable container, for both versions: the stream version's {@code collect} and the
   * parafold version's {@code Reducers.of} (the same work per line in both).
   */
  static final class Acc {
    final Map<String, Long> status = new HashMap<>();
    final Map<String, Long> bytes = new HashMap<>();
    final Map<Integer, Long> latency = new HashMap<>();
    long malformed;

    Acc add(Entry e, boolean permissive) {
      if (e == null) {
        malformed++;
        if (permissive) {
          status.merge(MALFORMED, 1L, Long::sum);
        }
        return this;
      }
      status.merge(Integer.toString(e.status()), 1L, Long::sum);
      bytes.merge(e.path(), e.bytes(), Long::sum);
      latency.merge(e.latencyMs(), 1L, Long::sum);
      return this;
    }

    Acc merge(Acc o) {
      o.status.forEach((k, v) -> status.merge(k, v, Long::sum));
      o.bytes.forEach((k, v) -> bytes.merge(k, v, Long::sum));
      o.latency.forEach((k, v) -> latency.merge(k, v, Long::sum));
      malformed += o.malformed;
      return this;
    }
  }

  /** The same report with {@code java.util.stream} over {@code Files.lines}. */
  static Report streams(
      List<Path> files, ParseMode mode, boolean parallel, ProgressListener progress) {
    boolean permissive = mode == ParseMode.PERMISSIVE;
    Acc acc =
        StreamLines.collect(
            files,
            parallel,
            progress,
            lines ->
                lines
                    .map(line -> parseOrNull(line, mode))
                    .collect(Acc::new, (a, e) -> a.add(e, permissive), Acc::merge));
    return new Report(acc.status, acc.bytes, acc.latency, acc.malformed);
  }

  private static Entry parseOrNull(String line, ParseMode mode) {
    try {
      return parse(line);
    } catch (RuntimeException e) {
      if (mode == ParseMode.FAILFAST) {
        throw new IllegalArgumentException("malformed line: " + e.getMessage() + ": " + line, e);
      }
      return null;
    }
  }

  // ---- output ---------------------------------------------------------------------------------

  /** Prints the report. */
  static void print(Report r, int top, java.io.PrintStream out) {
    out.println("requests per status:");
    new TreeMap<>(r.requestsPerStatus()).forEach((k, v) -> out.printf("  %-10s %,14d%n", k, v));
    out.printf("top %d paths by bytes:%n", top);
    List<Map.Entry<String, Long>> paths = new ArrayList<>(r.bytesByPath().entrySet());
    paths.sort(
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Long> e : paths.subList(0, Math.min(top, paths.size()))) {
      out.printf("  %-24s %,16d bytes%n", e.getKey(), e.getValue());
    }
    out.printf("latency: p50 %d ms, p99 %d ms%n", r.percentile(0.5), r.percentile(0.99));
    out.printf("malformed lines: %,d%n", r.malformed());
  }
}
