package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import dev.parafold.files.RecordParseException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each CLI job on small generated data (generate, then the job, then a comparison with a plain
 * sequential implementation written here independently: BufferedReader loops, a regex for log
 * lines), sequential and on a ForkJoinPool of 2, in every bad-record mode.
 */
class CliJobsTest {
  private static final double MALFORMED = 0.002;

  @TempDir static Path dir;
  private static Path text;
  private static Path logs;
  private static Path csv;
  private static GenerateCommand.Written logsWritten;
  private static GenerateCommand.Written csvWritten;
  private static RunOptions sequential;
  private static RunOptions parallel;

  @BeforeAll
  static void generate() throws IOException {
    text = dir.resolve("text/words.txt");
    logs = dir.resolve("access.log");
    csv = dir.resolve("sales.csv");
    GenerateCommand.write(GenerateCommand.Kind.text, 600_000, 3, 0, text);
    GenerateCommand.write(GenerateCommand.Kind.text, 300_000, 4, 0, dir.resolve("text/more.txt"));
    logsWritten = GenerateCommand.write(GenerateCommand.Kind.logs, 1_500_000, 5, MALFORMED, logs);
    csvWritten = GenerateCommand.write(GenerateCommand.Kind.csv, 1_500_000, 6, MALFORMED, csv);
    sequential = new RunOptions();
    parallel = new RunOptions();
    parallel.threads = 2;
  }

  @AfterAll
  static void close() {
    parallel.close();
  }

  // ---- generate -------------------------------------------------------------------------------

  @Test
  void generate_isReproducible_andInjectsMalformedLines() throws IOException {
    Path again = dir.resolve("again.log");
    GenerateCommand.Written w =
        GenerateCommand.write(GenerateCommand.Kind.logs, 1_500_000, 5, MALFORMED, again);
    assertEquals(logsWritten, w);
    assertArrayEquals(Files.readAllBytes(logs), Files.readAllBytes(again));
    assertEquals(Files.size(logs), w.bytes());
    assertTrue(w.bytes() >= 1_500_000 && w.bytes() < 1_501_000, "size " + w.bytes());
    assertTrue(w.malformed() > 5, "malformed " + w.malformed());
    assertTrue(csvWritten.malformed() > 5, "malformed " + csvWritten.malformed());
  }

  // ---- wordcount ------------------------------------------------------------------------------

  @Test
  void wordcount_ofFilesDirectoriesAndGlobs_equalsHandLoop() {
    List<Path> files = Inputs.resolve(List.of(dir.resolve("text").toString()));
    assertEquals(2, files.size());
    assertEquals(files, Inputs.resolve(List.of(dir.resolve("text") + "/*.txt")));
    Map<String, Long> expected = new HashMap<>();
    for (Path f : files) {
      for (String line : readLines(f)) {
        for (String w : line.split(" ")) {
          if (!w.isEmpty()) {
            expected.merge(w.toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
          }
        }
      }
    }
    assertEquals(expected, WordCount.parafoldOfFiles(files, sequential, false, null));
    assertEquals(expected, WordCount.parafoldOfFiles(files, parallel, true, null));
    assertEquals(expected, WordCount.streamsOfFiles(files, true, null));
  }

  // ---- logs -----------------------------------------------------------------------------------

  private static final Pattern LOG =
      Pattern.compile(
          "^\\S+ \\S+ \\S+ \\[[^\\]]*\\] \"(\\S+) (\\S+) (\\S+)\" (\\d{3}) (\\d+|-) (\\d+)$");

  /** The report by a plain loop; malformed lines as status "malformed" when permissive. */
  private static AccessLog.Report expectedLogs(boolean permissive) {
    Map<String, Long> status = new HashMap<>();
    Map<String, Long> bytes = new HashMap<>();
    Map<Integer, Long> latency = new HashMap<>();
    long bad = 0;
    for (String line : readLines(logs)) {
      Matcher m = LOG.matcher(line);
      if (!m.matches()) {
        bad++;
        if (permissive) {
          status.merge("malformed", 1L, Long::sum);
        }
        continue;
      }
      status.merge(m.group(4), 1L, Long::sum);
      bytes.merge(m.group(2), m.group(5).equals("-") ? 0 : Long.parseLong(m.group(5)), Long::sum);
      latency.merge(Integer.parseInt(m.group(6)), 1L, Long::sum);
    }
    return new AccessLog.Report(status, bytes, latency, bad);
  }

  @Test
  void logs_permissiveAndDropMalformed_equalPlainLoop_andCountEveryInjectedLine() {
    for (ParseMode mode : List.of(ParseMode.PERMISSIVE, ParseMode.DROPMALFORMED)) {
      AccessLog.Report expected = expectedLogs(mode == ParseMode.PERMISSIVE);
      assertEquals(logsWritten.malformed(), expected.malformed());
      for (RunOptions how : List.of(sequential, parallel)) {
        ParseResult<AccessLog.Report> r =
            AccessLog.parafold(List.of(logs), mode, how, how == parallel, null);
        assertEquals(expected, AccessLog.withCount(r), mode + " " + how.describe(how == parallel));
        assertEquals(Math.min(5, expected.malformed()), r.firstErrors().size());
      }
      assertEquals(expected, AccessLog.streams(List.of(logs), mode, true, null), "streams " + mode);
    }
  }

  @Test
  void logs_failfast_namesTheFirstMalformedLine_whenSequential() throws IOException {
    long firstBad = 0;
    List<String> lines = readLines(logs);
    while (LOG.matcher(lines.get((int) firstBad)).matches()) {
      firstBad++;
    }
    RecordParseException e =
        assertThrows(
            RecordParseException.class,
            () -> AccessLog.parafold(List.of(logs), ParseMode.FAILFAST, sequential, false, null));
    assertTrue(e.getMessage().startsWith(logs + ":" + (firstBad + 1) + " "), e.getMessage());

    Cli run = Cli.run("logs", logs.toString(), "--mode", "failfast", "--threads", "2");
    assertEquals(1, run.code, run.out);
    assertTrue(run.err.contains("error: " + logs + ":"), run.err);
  }

  @Test
  void logs_percentiles_areNearestRank() {
    AccessLog.Report r =
        new AccessLog.Report(Map.of(), Map.of(), Map.of(10, 50L, 20, 49L, 300, 1L), 0);
    assertEquals(10, r.percentile(0.5));
    assertEquals(20, r.percentile(0.99));
    assertEquals(300, r.percentile(1.0));
  }

  // ---- csv ------------------------------------------------------------------------------------

  /** Group by region, sum amount_cents, by a plain loop. */
  private static CsvGroupBy.Result expectedCsv(boolean permissive) {
    Map<String, CsvGroupBy.Agg> groups = new HashMap<>();
    long bad = 0;
    List<String> lines = readLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = fields(line);
      String key;
      long value;
      try {
        if (f.size() != 7) {
          throw new NumberFormatException("fields");
        }
        key = f.get(2);
        value = Long.parseLong(f.get(6));
      } catch (NumberFormatException e) {
        bad++;
        if (!permissive) {
          continue;
        }
        key = CsvGroupBy.MALFORMED;
        value = 0;
      }
      CsvGroupBy.Agg a = groups.getOrDefault(key, new CsvGroupBy.Agg(0, 0));
      groups.put(key, new CsvGroupBy.Agg(a.count() + 1, a.sum() + value));
    }
    return new CsvGroupBy.Result(groups, bad);
  }

  @Test
  void csv_groupBy_equalsPlainLoop_inEachMode() {
    for (ParseMode mode : List.of(ParseMode.PERMISSIVE, ParseMode.DROPMALFORMED)) {
      CsvGroupBy.Result expected = expectedCsv(mode == ParseMode.PERMISSIVE);
      assertEquals(csvWritten.malformed(), expected.malformed());
      for (RunOptions how : List.of(sequential, parallel)) {
        ParseResult<Map<String, CsvGroupBy.Agg>> r =
            CsvGroupBy.parafold(
                List.of(csv), "region", "amount_cents", mode, how, how == parallel, null);
        assertEquals(expected, new CsvGroupBy.Result(r.value(), r.errorCount()), mode.name());
      }
      assertEquals(
          expected, CsvGroupBy.streams(List.of(csv), "region", "amount_cents", mode, true, null));
    }
    assertThrows(
        RecordParseException.class,
        () ->
            CsvGroupBy.parafold(
                List.of(csv), "region", "amount_cents", ParseMode.FAILFAST, parallel, true, null));
  }

  // ---- the command line -----------------------------------------------------------------------

  @Test
  void everyJob_runsFromTheCommandLine_andReportsAgreement() {
    Path gen = dir.resolve("cli.log");
    Cli g = Cli.run("generate", "--kind", "logs", "--size", "200KB", "--out", gen.toString());
    assertEquals(0, g.code, g.err);
    assertTrue(g.out.contains("wrote " + gen), g.out);
    String[][] jobs = {
      {"wordcount", dir.resolve("text").toString(), "--sequential", "--progress"},
      {"wordcount", dir.resolve("text") + "/*.txt", "--threads", "2", "--rounds", "2"},
      {"logs", gen.toString(), "--mode", "dropmalformed", "--progress", "--threads", "2"},
      {"csv", csv.toString(), "--group-by", "product", "--sum", "quantity", "--sequential"},
      {"wordcount", "--size-mb", "1", "--warmup", "0"},
    };
    for (String[] job : jobs) {
      Cli run = Cli.run(job);
      assertEquals(0, run.code, String.join(" ", job) + "\n" + run.out + run.err);
      assertTrue(
          run.out.contains("same result") || run.out.contains("identical counts"),
          String.join(" ", job) + "\n" + run.out);
    }
    Cli csvRun = Cli.run("csv", csv.toString(), "--group-by", "product", "--sum", "quantity");
    assertTrue(csvRun.out.contains("Widget, large"), csvRun.out); // quoted field with a comma
  }

  @Test
  void help_worksForEveryCommand() {
    Cli top = Cli.run("--help");
    assertEquals(0, top.code);
    for (String job : List.of("generate", "wordcount", "logs", "csv", "spark-wordcount")) {
      assertTrue(top.out.contains(job), top.out);
      Cli help = Cli.run(job, "--help");
      assertEquals(0, help.code, job);
      assertTrue(help.out.startsWith("Usage: parafold-examples " + job), help.out);
    }
    Cli both = Cli.run("logs", logs.toString(), "--parallel", "--sequential");
    assertEquals(2, both.code, both.err);
  }

  @Test
  void usageErrors_exit2_nameTheOption_beforeAnyWork() {
    String[][] bad = {
      {"logs", logs.toString(), "--mode", "lenient"},
      {"logs", logs.toString(), "--threads", "0"},
      {"logs", logs.toString(), "--top", "-1"},
      {"wordcount", text.toString(), "--top", "-1"},
      {"wordcount", text.toString(), "--rounds", "0"},
      {"wordcount", "--size-mb", "0"},
      {"csv", csv.toString(), "--group-by", "region", "--sum", "amount_cents", "--threads", "0"},
      {"csv", csv.toString(), "--group-by", "region", "--sum", "region"},
      {"csv", csv.toString(), "--group-by", "nope", "--sum", "amount_cents"},
      {"csv", csv.toString(), "--group-by", "region", "--sum", "amount_cents", "--mode", "x"},
      {"generate", "--kind", "logs", "--size", "1KB", "--malformed", "2", "--out", "x.log"},
      {"generate", "--kind", "logs", "--size", "0", "--out", "x.log"},
    };
    String[] option = {
      "--mode",
      "--threads",
      "--top",
      "--top",
      "--rounds",
      "--size-mb",
      "--threads",
      "--sum",
      "--group-by",
      "--mode",
      "--malformed",
      "--size"
    };
    for (int i = 0; i < bad.length; i++) {
      Cli run = Cli.run(bad[i]);
      String cmd = String.join(" ", bad[i]);
      assertEquals(2, run.code, cmd + "\n" + run.out + run.err);
      assertTrue(run.err.contains(option[i]), cmd + "\n" + run.err);
      assertTrue(!run.out.contains("times ("), cmd + ": no work before the usage error");
    }
    assertTrue(!Files.exists(Path.of("x.log")));
  }

  @Test
  void threads_sayHowManyReallyRun() {
    Cli common = Cli.run("logs", logs.toString());
    int workers = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism();
    assertTrue(common.out.contains("common pool: " + workers + " worker"), common.out);
    assertTrue(common.out.contains("(" + (workers + 1) + " threads)"), common.out);
    Cli two = Cli.run("logs", logs.toString(), "--threads", "2");
    assertTrue(two.out.contains("ForkJoinPool(2): 2 threads"), two.out);
    Cli seq = Cli.run("logs", logs.toString(), "--sequential");
    assertTrue(seq.out.contains("sequential (1 thread)"), seq.out);
  }

  @Test
  void progress_coversTheStreamRunToo() {
    Cli run = Cli.run("logs", logs.toString(), "--progress", "--threads", "2");
    assertEquals(0, run.code, run.err);
    assertTrue(run.err.contains("parafold logs"), run.err);
    assertTrue(run.err.contains("java.util.stream logs"), run.err);
    assertTrue(run.err.contains("100%"), run.err);
  }

  @Test
  void wordcount_byteOrderMark_agrees() throws IOException {
    Path f = dir.resolve("bom/words.txt");
    Files.createDirectories(f.getParent());
    byte[] body = "word other word\nword\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(f, bytes);
    Map<String, Long> expected = Map.of("word", 3L, "other", 1L);
    assertEquals(expected, WordCount.streamsOfFiles(List.of(f), true, null));
    assertEquals(expected, WordCount.streamsOfFiles(List.of(f), false, null));
    assertEquals(expected, WordCount.parafoldOfFiles(List.of(f), parallel, true, null));
    Cli run = Cli.run("wordcount", f.toString());
    assertEquals(0, run.code, run.out + run.err);
    assertTrue(run.out.contains("same result"), run.out);
  }

  @Test
  void invalidUtf8_namesFileAndOffset_inBothVersions() throws IOException {
    Path f = dir.resolve("bad-utf8/words.txt");
    Files.createDirectories(f.getParent());
    byte[] head = "fine line\nsecond \u00e9 line\nthird ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 6];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF; // never valid in UTF-8
    bytes[head.length + 1] = 'x';
    bytes[head.length + 2] = '\n';
    bytes[head.length + 3] = 'o';
    bytes[head.length + 4] = 'k';
    bytes[head.length + 5] = '\n';
    Files.write(f, bytes);
    String where = "invalid UTF-8 at byte offset " + head.length;
    for (boolean par : new boolean[] {false, true}) {
      IllegalArgumentException s =
          assertThrows(
              IllegalArgumentException.class,
              () -> WordCount.streamsOfFiles(List.of(f), par, null));
      assertEquals(f + ": " + where, s.getMessage());
      RecordParseException p =
          assertThrows(
              RecordParseException.class,
              () -> WordCount.parafoldOfFiles(List.of(f), par ? parallel : sequential, par, null));
      assertTrue(p.getMessage().startsWith(f + ":3 (byte offset "), p.getMessage());
      assertTrue(p.getMessage().contains(where), p.getMessage());
    }
    Cli run = Cli.run("wordcount", f.toString());
    assertEquals(1, run.code);
    assertTrue(run.err.contains(f + ":3") && run.err.contains(where), run.err);
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** One command-line run with its exit code and output. */
  static final class Cli {
    int code;
    String out;
    String err;

    static synchronized Cli run(String... args) {
      PrintStream oldOut = System.out;
      PrintStream oldErr = System.err;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Cli c = new Cli();
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        System.setOut(o);
        System.setErr(e);
        picocli.CommandLine cl = Main.commandLine();
        cl.setOut(new java.io.PrintWriter(o, true));
        cl.setErr(new java.io.PrintWriter(e, true));
        c.code = cl.execute(args);
      } finally {
        System.setOut(oldOut);
        System.setErr(oldErr);
      }
      c.out = out.toString(StandardCharsets.UTF_8);
      c.err = err.toString(StandardCharsets.UTF_8);
      return c;
    }
  }

  static List<String> readLines(Path f) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** RFC 4180 fields of one line, written again here so the test does not trust the job's. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder f = new StringBuilder();
      if (i < line.length() && line.charAt(i) == '"') {
        int j = i + 1;
        while (true) {
          int q = line.indexOf('"', j);
          f.append(line, j, q);
          if (q + 1 < line.length() && line.charAt(q + 1) == '"') {
            f.append('"');
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? line.length() : comma;
        f.append(line, i, end);
        i = end;
      }
      out.add(f.toString());
      if (i >= line.length()) {
        return out;
      }
      i++; // the comma
    }
  }
}
