package dev.parafold.spark;

import static dev.parafold.spark.TestStages.filter;
import static dev.parafold.spark.TestStages.flatMap;
import static dev.parafold.spark.TestStages.limit;
import static dev.parafold.spark.TestStages.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.files.CsvFiles;
import dev.parafold.files.CsvFormat;
import dev.parafold.files.CsvRecord;
import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import dev.parafold.files.RecordError;
import dev.parafold.files.RecordParseException;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pipelines on a real standalone cluster on loopback: a Master, a Worker and executor JVMs, all
 * separate processes bound to 127.0.0.1, with the test classes and the library's jars shipped as an
 * application ships them. Every process it starts is stopped, also when a test fails.
 */
@Tag("cluster")
final class StandaloneClusterTest {
  private static LocalSparkCluster cluster;
  private static JavaSparkContext sc;
  private static SparkExecutor spark;
  private static Set<Long> executorPids;

  @BeforeAll
  @Timeout(value = 170, unit = TimeUnit.SECONDS) // cluster start + first job on a loaded machine
  static void start() throws Exception {
    LocalSpark.stop(); // one active context per JVM
    long t0 = System.nanoTime();
    cluster = new LocalSparkCluster(Paths.get("target", "spark-cluster"));
    try {
      cluster.layout(name -> name.startsWith("vavr") || name.startsWith("parafold-"));
      cluster.start();
      long t1 = System.nanoTime();
      List<String> jars = new ArrayList<>();
      jars.add(cluster.buildAppJar().toString());
      cluster.appOnlyJars.forEach(p -> jars.add(p.toString()));
      SparkConf conf =
          new SparkConf()
              .setMaster(cluster.masterUrl())
              .setAppName("parafold-cluster-test")
              .set("spark.driver.host", "127.0.0.1")
              .set("spark.driver.bindAddress", "127.0.0.1")
              .set("spark.ui.enabled", "false")
              .set("spark.local.dir", cluster.dir.resolve("local").toString())
              .set("spark.executor.memory", "1g")
              .set("spark.executor.cores", "2")
              .set("spark.cores.max", "2")
              .setJars(jars.toArray(new String[0]));
      sc = new JavaSparkContext(conf);
      spark = SparkExecutor.on(sc);
      long t2 = System.nanoTime();
      executorPids =
          SparkFolds.fold(
              sc.parallelize(List.of(1, 2, 3, 4), 4).map(x -> ProcessHandle.current().pid()),
              Reducers.toSet());
      long t3 = System.nanoTime();
      System.out.printf(
          "cluster: Master+Worker up in %.1f s, SparkContext in %.1f s, first job (executor"
              + " launch + jar fetch) %.1f s; shipped %s%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, jars);
    } catch (Exception | Error e) {
      stop();
      throw e;
    }
  }

  @AfterAll
  static void stop() {
    try {
      if (sc != null) {
        sc.stop();
      }
    } finally {
      sc = null;
      if (cluster != null) {
        cluster.close();
        assertEquals(List.of(), cluster.alive(), "every cluster process has ended");
      }
    }
  }

  @Test
  void foldsRunOnExecutorJvms_childrenOfTheWorker() {
    Set<Long> pids = executorPids;
    assertFalse(pids.isEmpty());
    long self = ProcessHandle.current().pid();
    assertFalse(pids.contains(self), "ran outside the test JVM: " + pids);
    for (long pid : pids) {
      long parent = ProcessHandle.of(pid).flatMap(ProcessHandle::parent).get().pid();
      assertEquals(cluster.workerPid(), parent, "executor " + pid + " is a child of the Worker");
    }
  }

  @Test
  void everyClusterProcess_listensOnLoopbackOnly() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Paths.get("/proc/self/fd")), "needs Linux /proc");
    List<Long> pids = cluster.allPids();
    assertTrue(pids.size() >= 3, "master, worker and at least one executor: " + pids);
    int sockets = 0;
    for (long pid : pids) {
      for (String socket : LocalSparkCluster.listeningAddresses(pid)) {
        sockets++;
        String address = socket.substring(0, socket.indexOf(':'));
        int port = Integer.parseInt(socket.substring(socket.indexOf(':') + 1), 16);
        assertTrue(port != 6066, "the Master's REST submission port is off");
        assertTrue(
            address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F"),
            "process " + pid + " listens on " + address + ", not 127.0.0.1");
      }
    }
    assertTrue(sockets >= 4, "master RPC + UI, worker RPC + UI at least; saw " + sockets);
  }

  @Test
  void orderedPipeline_equalsTheLocalFold() {
    Reducer<Long, ?, List<Long>> r =
        map((Long x) -> x * x % 1_000_003)
            .andThen(filter((Long x) -> x % 2 == 0))
            .apply(Reducers.toList());
    Source<Long> source = SparkSources.range(0, 300_000);
    long t0 = System.nanoTime();
    List<Long> onCluster = spark.fold(source, r, FoldOptions.defaults());
    long t1 = System.nanoTime();
    List<Long> local = SequentialExecutor.instance().fold(source, r, FoldOptions.defaults());
    assertEquals(local, onCluster);
    System.out.printf(
        "cluster: ordered toList of %d elements in %.2f s, equal to the sequential fold%n",
        onCluster.size(), (t1 - t0) / 1e9);
  }

  @Test
  void earlyStop_onTheCluster() {
    Reducer<Long, ?, List<Long>> r =
        filter((Long x) -> x % 1000 == 7).andThen(limit(20)).apply(Reducers.toList());
    Source<Long> source = SparkSources.range(0, 2_000_000);
    List<Long> onCluster = spark.fold(source, r, FoldOptions.defaults());
    assertEquals(SequentialExecutor.instance().fold(source, r, FoldOptions.defaults()), onCluster);
    assertTrue(spark.lastRun().contains("merged prefix done after 2 of 8"), spark.lastRun());
    System.out.println("cluster explain after run:\n" + spark.lastRun());
  }

  @Test
  void filePipeline_readsASharedFileByByteRanges() throws Exception {
    Path file = cluster.dir.resolve("words.txt");
    String[] vocabulary = {"fold", "chunk", "merge", "spark", "early", "stop", "partition"};
    List<String> lines =
        IntStream.range(0, 20_000)
            .mapToObj(
                i ->
                    IntStream.range(0, 1 + i % 5)
                        .mapToObj(j -> vocabulary[(i * 5 + j * 3) % vocabulary.length])
                        .collect(Collectors.joining(" ")))
            .collect(Collectors.toList());
    Files.write(file, lines, StandardCharsets.UTF_8);
    Source<String> source = SparkSources.lines(file);

    Reducer<String, ?, Map<String, Long>> wordCount =
        flatMap((String line) -> Arrays.asList(line.split(" ")))
            .apply(Reducers.countBy((String w) -> w));
    Map<String, Long> counts = spark.fold(source, wordCount, FoldOptions.defaults());
    Map<String, Long> local =
        SequentialExecutor.instance().fold(source, wordCount, FoldOptions.defaults());
    assertEquals(local, counts);
    assertEquals(new ArrayList<>(local.keySet()), new ArrayList<>(counts.keySet()));

    Reducer<String, ?, List<String>> ordered = Reducers.toList();
    assertEquals(lines, spark.fold(source, ordered, FoldOptions.defaults()));
    System.out.println("cluster: word count " + counts);
  }

  @Test
  void csvWithBadRecords_readByTheExecutorsByByteRange_equalsTheLocalFold() throws Exception {
    Path file = cluster.dir.resolve("sales.csv");
    Files.writeString(file, SparkCsvTest.sales(20_000, true, 7), StandardCharsets.UTF_8);
    CsvFormat format = CsvFormat.RFC4180.withHeader(true);
    Reducer<CsvRecord, ?, Map<String, Long>> sum = SparkCsvTest.centsPerCountry();
    for (ParseMode mode : new ParseMode[] {ParseMode.PERMISSIVE, ParseMode.DROPMALFORMED}) {
      Reducer<Either<RecordError, CsvRecord>, ?, ParseResult<Map<String, Long>>> r =
          SparkCsvTest.centsPerCountry(mode, 3);
      ParseResult<Map<String, Long>> local =
          SequentialExecutor.instance()
              .fold(CsvFiles.checkedRecords(file, format), r, FoldOptions.defaults());
      ParseResult<Map<String, Long>> onCluster =
          spark.fold(SparkSources.checkedCsv(file, format, 8192), r, FoldOptions.defaults());
      assertEquals(local, onCluster, mode.toString());
      assertTrue(local.errorCount() > 100, "bad records: " + local.errorCount());
    }
    assertThrows(
        RecordParseException.class,
        () -> spark.fold(SparkSources.csv(file, format, 8192), sum, FoldOptions.defaults()));
    assertTrue(spark.lastRun().contains("partitions: 8"), spark.lastRun());
  }

  @Test
  void rawCsvRecords_comeBackFromTheExecutorJvms() throws Exception {
    Path file = cluster.dir.resolve("sales-clean.csv");
    Files.writeString(file, SparkCsvTest.sales(3000, false, 42), StandardCharsets.UTF_8);
    SparkCsvTest.assertRawRecordsCollect(SparkExecutor.on(sc).withPartitions(16), file);
  }

  @Test
  void dataset_foldsOnTheExecutors() {
    SparkSession session = SparkSession.builder().getOrCreate(); // on the cluster context
    Dataset<Long> longs = session.range(0, 100_000, 1, 6);
    Reducer<Long, ?, List<Long>> r =
        map((Long x) -> x * 3 % 1_000).andThen(filter((Long x) -> x < 10)).apply(Reducers.toList());
    List<Long> local =
        SequentialExecutor.instance()
            .fold(Sources.iterable(longs.collectAsList()), r, FoldOptions.defaults());
    assertEquals(local, SparkDatasets.fold(longs, r));
    Dataset<Row> rows = longs.toDF("n").selectExpr("n % 10 AS digit", "n");
    Reducer<Row, ?, Map<Long, Long>> perDigit = Reducers.countBy((Row row) -> row.getLong(0));
    assertEquals(
        SequentialExecutor.instance()
            .fold(Sources.iterable(rows.collectAsList()), perDigit, FoldOptions.defaults()),
        SparkDatasets.fold(rows, perDigit));
  }

  /**
   * Battery B14 on the cluster: random pipelines (every catalog operation and battery terminal,
   * nulls included) on executor JVMs equal the sequential fold. {@code
   * -Dparafold.spark.pipelines.cluster=N} (default 100; the stress tier runs 1000).
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES) // hang guard: about 30 s in the CI tier
  void randomPipelines_onTheCluster_equalTheSequentialFold() {
    RandomPipelinesOnSparkTest.run(
        new SparkPipelineBattery(sc),
        Integer.getInteger("parafold.spark.pipelines.cluster", 100),
        "B14 random pipelines on the standalone cluster");
  }

  @Test
  void userException_surfacesWithItsType() {
    Reducer<Long, ?, Long> r =
        map((Long x) -> {
              if (x == 77_777L) {
                throw new SparkExecutorTest.BoomException("boom on an executor at " + x);
              }
              return x;
            })
            .apply(Reducers.count());
    SparkExecutorTest.BoomException e =
        assertThrows(
            SparkExecutorTest.BoomException.class,
            () -> spark.fold(SparkSources.range(0, 100_000), r, FoldOptions.defaults()));
    assertEquals("boom on an executor at 77777", e.getMessage());
  }
}
