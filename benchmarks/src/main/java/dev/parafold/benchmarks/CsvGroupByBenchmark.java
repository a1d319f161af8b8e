package dev.parafold.benchmarks;

import dev.parafold.Fold;
import dev.parafold.files.BadRecords;
import dev.parafold.files.CsvFiles;
import dev.parafold.files.CsvFormat;
import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import dev.parafold.reduce.Reducers;
import io.vavr.Tuple2;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CSV group-by of the examples' {@code csv} job: per {@code region}, the number of records and
 * the sum of {@code amount_cents}, malformed records (a missing field, {@code n/a} as the amount)
 * left out. With parafold ({@code CsvFiles.mapped}, {@code getLong}), with {@code java.util.stream}
 * ({@code Files.lines} and a quote-aware split per line), and with DuckDB 2.0 embedded ({@code
 * read_csv(..., ignore_errors=true) GROUP BY region}, {@code SET threads} to 1 or 2). Every variant
 * returns region to [count, sum], sorted.
 *
 * <p>{@code -p file=PATH} measures that file (the examples' {@code generate --kind csv}); otherwise
 * {@code megabytes} of records of the same shape are generated into a temporary file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class CsvGroupByBenchmark {
  @Param("64")
  public int megabytes;

  @Param("")
  public String file;

  Path path;
  private boolean generated;
  private Connection duck;

  static final String HEADER = "order_id,date,region,product,quantity,unit_cents,amount_cents";
  private static final String[] REGIONS = {
    "north", "south", "east", "west", "central", "north-east", "north-west", "south-east"
  };
  private static final String[] PRODUCTS = {
    "Widget", "\"Widget, large\"", "Gadget", "\"12\"\" pipe\"", "Sprocket", "Gizmo"
  };

  @Setup
  public void setup() throws IOException, SQLException {
    if (file == null || file.isEmpty()) {
      path = Files.createTempFile("parafold-groupby", ".csv");
      write(path, megabytes * 1_000_000L, 7);
      generated = true;
    } else {
      path = Path.of(file);
    }
    duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  @TearDown
  public void tearDown() throws IOException, SQLException {
    duck.close();
    if (generated) {
      Files.deleteIfExists(path);
    }
  }

  /** About {@code bytes} of records, one in 10,000 malformed. */
  static void write(Path path, long bytes, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (long id = 1; written < bytes; id++) {
        int product = rnd.nextInt(PRODUCTS.length);
        int quantity = 1 + rnd.nextInt(20);
        int unit = 100 + product * 250;
        String line =
            id
                + ",2026-0"
                + (1 + rnd.nextInt(9))
                + "-1"
                + rnd.nextInt(10)
                + ","
                + REGIONS[rnd.nextInt(REGIONS.length)]
                + ","
                + PRODUCTS[product]
                + ","
                + quantity
                + ","
                + unit;
        int bad = rnd.nextInt(10_000);
        line += bad == 0 ? ",n/a" : bad == 1 ? "" : "," + (long) quantity * unit;
        w.write(line);
        w.write('\n');
        written += line.length() + 1;
      }
    }
  }

  // ---- parafold -------------------------------------------------------------------------------

  record Row(String region, long cents) {}

  private Fold<io.vavr.control.Either<dev.parafold.files.RecordError, Row>> parafold() {
    return Fold.from(
        CsvFiles.mapped(
            path,
            CsvFormat.RFC4180.withHeader(true),
            r -> new Row(r.get("region"), r.getLong("amount_cents"))));
  }

  private static TreeMap<String, List<Long>> groups(
      ParseResult<Map<String, Tuple2<Long, Long>>> r) {
    TreeMap<String, List<Long>> out = new TreeMap<>();
    r.value().forEach((k, v) -> out.put(k, List.of(v._1, v._2)));
    return out;
  }

  @Benchmark
  public TreeMap<String, List<Long>> groupByParafoldSeq() {
    return groups(parafold().reduce(handled()));
  }

  @Benchmark
  public TreeMap<String, List<Long>> groupByParafoldPar() {
    return groups(parafold().parallel().reduce(handled()));
  }

  private static dev.parafold.reduce.Reducer<
          io.vavr.control.Either<dev.parafold.files.RecordError, Row>,
          ?,
          ParseResult<Map<String, Tuple2<Long, Long>>>>
      handled() {
    return BadRecords.handle(
        ParseMode.DROPMALFORMED,
        Reducers.groupBy(
            Row::region, Reducers.tee(Reducers.count(), Reducers.summingLong(Row::cents))),
        5);
  }

  // ---- java.util.stream -----------------------------------------------------------------------

  private TreeMap<String, List<Long>> streams(boolean parallel) throws IOException {
    try (Stream<String> lines = Files.lines(path)) {
      Map<String, List<Long>> m =
          (parallel ? lines.parallel() : lines)
              .filter(l -> !l.isEmpty() && !l.equals(HEADER))
              .map(CsvGroupByBenchmark::row)
              .filter(r -> r != null)
              .collect(
                  Collectors.groupingBy(
                      Row::region,
                      Collectors.teeing(
                          Collectors.counting(),
                          Collectors.summingLong(Row::cents),
                          (c, s) -> List.of(c, s))));
      return new TreeMap<>(m);
    }
  }

  /** A record's row, or null if malformed (the stream version's own quote-aware split). */
  static Row row(String line) {
    List<String> f = new ArrayList<>(7);
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
        f.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    f.add(field.toString());
    if (f.size() != 7) {
      return null;
    }
    try {
      return new Row(f.get(2), Long.parseLong(f.get(6)));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Benchmark
  public TreeMap<String, List<Long>> groupByStreamSeq() throws IOException {
    return streams(false);
  }

  @Benchmark
  public TreeMap<String, List<Long>> groupByStreamPar() throws IOException {
    return streams(true);
  }

  // ---- DuckDB ---------------------------------------------------------------------------------

  private TreeMap<String, List<Long>> duckdb(int threads) {
    TreeMap<String, List<Long>> out = new TreeMap<>();
    try (Statement st = duck.createStatement()) {
      st.execute("SET threads=" + threads);
      String sql =
          "SELECT region, count(*), sum(amount_cents) FROM read_csv('"
              + path.toAbsolutePath().toString().replace("'", "''")
              + "', header=true, ignore_errors=true, columns={'order_id': 'BIGINT', 'date':"
              + " 'VARCHAR', 'region': 'VARCHAR', 'product': 'VARCHAR', 'quantity': 'BIGINT',"
              + " 'unit_cents': 'BIGINT', 'amount_cents': 'BIGINT'}) GROUP BY region";
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          out.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
    }
    return out;
  }

  @Benchmark
  public TreeMap<String, List<Long>> groupByDuckdbSeq() {
    return duckdb(1);
  }

  @Benchmark
  public TreeMap<String, List<Long>> groupByDuckdbPar() {
    return duckdb(2);
  }
}
