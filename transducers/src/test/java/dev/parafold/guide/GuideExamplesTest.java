package dev.parafold.guide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.IntFold;
import dev.parafold.LongFold;
import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldCancelledException;
import dev.parafold.exec.FoldTimeoutException;
import dev.parafold.files.BadRecords;
import dev.parafold.files.CsvFiles;
import dev.parafold.files.CsvFormat;
import dev.parafold.files.FileSet;
import dev.parafold.files.FileSource;
import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import dev.parafold.files.RecordError;
import dev.parafold.files.RecordParseException;
import dev.parafold.files.TextFiles;
import dev.parafold.fn.Cmp;
import dev.parafold.parallel.Blocking;
import dev.parafold.parallel.MdcPropagator;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.ReducerLaws;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.StateBudgetExceededException;
import dev.parafold.reduce.Transducer;
import dev.parafold.xf.Transducers;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Every compiled snippet of docs/guide.md, one test per snippet, named after its section. The
 * snippet's statements appear here as written in the guide (GuideMarkersTest checks that line by
 * line); the assertions check the results the guide states in its comments, and where a snippet
 * shows java.util.stream code beside parafold code, that both agree.
 */
class GuideExamplesTest {

  // ---- the sample data the guide's pages share -----------------------------------------------

  record Person(String name, String city, int age) {}

  List<Person> people =
      List.of(
          new Person("Ana", "Lisbon", 34),
          new Person("Ben", "Oslo", 27),
          new Person("Cai", "Lisbon", 41),
          new Person("Dee", "Oslo", 27),
          new Person("Eve", "Rome", 52));

  List<String> words = List.of("apple", "banana", "cherry", "apple", "date", "banana", "apple");

  // ---- what the snippets print ---------------------------------------------------------------

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void capturePrinting() {
    originalOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restorePrinting() {
    System.setOut(originalOut);
  }

  private List<String> printedLines() {
    System.out.flush();
    String s = printed.toString(StandardCharsets.UTF_8);
    return s.isEmpty() ? List.of() : List.of(s.split("\\R"));
  }

  /** A stand-in for a blocking call (a database or an HTTP request) that may throw. */
  static String lookUp(int id) throws InterruptedException {
    Thread.sleep(5);
    return "user-" + id;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }

  // ---- 1. Getting started --------------------------------------------------------------------

  @Test
  void gettingStarted_firstPipeline() {
    List<String> lines = List.of("the quick brown fox", "jumps over the lazy dog");
    Map<String, Long> counts =
        Fold.from(lines).flatMap(line -> Arrays.stream(line.split(" "))).countBy(w -> w);
    Map<String, Long> sorted = new TreeMap<>(counts);
    assertEquals(
        "{brown=1, dog=1, fox=1, jumps=1, lazy=1, over=1, quick=1, the=2}", sorted.toString());
  }

  @Test
  void gettingStarted_sequentialVsParallel() {
    long sequential = Fold.range(0, 1_000_000).filter(i -> i % 3 == 0).sum();
    long parallel = Fold.range(0, 1_000_000).parallel().filter(i -> i % 3 == 0).sum();
    assertEquals(166_666_833_333L, sequential);
    assertEquals(166_666_833_333L, parallel);

    List<String> upper =
        Fold.from(List.of("apple", "banana", "cherry"))
            .parallel()
            .map(String::toUpperCase)
            .toList();
    assertEquals("[APPLE, BANANA, CHERRY]", upper.toString());
  }

  @Test
  void gettingStarted_reuseTransducer() {
    Transducer<String, String> splitWords =
        Transducers.flatMapStream((String line) -> Arrays.stream(line.split(" ")))
            .andThen(Transducers.map(String::toLowerCase))
            .andThen(Transducers.filter(w -> !w.isEmpty()));

    Map<String, Long> counts =
        new TreeMap<>(Fold.from(List.of("To be or", "not to be")).via(splitWords).countBy(w -> w));
    List<String> hello = Fold.from(List.of("Hello  World")).parallel().via(splitWords).toList();
    assertEquals("{be=2, not=1, or=1, to=2}", counts.toString());
    assertEquals("[hello, world]", hello.toString());
  }

  // ---- 2. Everyday tasks ---------------------------------------------------------------------

  @Test
  void everydayTasks_collectToList() {
    List<String> s =
        words.stream()
            .filter(w -> w.length() > 4)
            .map(String::toUpperCase)
            .collect(Collectors.toList());
    List<String> p = Fold.from(words).filter(w -> w.length() > 4).map(String::toUpperCase).toList();
    assertEquals("[APPLE, BANANA, CHERRY, APPLE, BANANA, APPLE]", p.toString());
    assertEquals(s, p);
  }

  @Test
  void everydayTasks_countWords() {
    Map<String, Long> s =
        words.stream().collect(Collectors.groupingBy(w -> w, Collectors.counting()));
    Map<String, Long> p = Fold.from(words).countBy(w -> w);
    Map<String, Long> q = Fold.from(words).parallel().countBy(Function.identity());
    Map<String, Long> firstSeen =
        Fold.from(words)
            .parallel()
            .reduce(Reducers.groupBy(w -> w, LinkedHashMap::new, Reducers.count()));
    assertEquals(s, p);
    assertEquals(s, q);
    assertEquals("{apple=3, banana=2, cherry=1, date=1}", firstSeen.toString());
  }

  @Test
  void everydayTasks_groupAndAverage() {
    Map<String, Double> s =
        people.stream()
            .collect(Collectors.groupingBy(Person::city, Collectors.averagingInt(Person::age)));
    Map<String, Double> p =
        Fold.from(people).groupBy(Person::city, Reducers.averagingDouble(Person::age));
    Map<String, Double> byCity =
        Fold.from(people)
            .reduce(
                Reducers.groupBy(
                    Person::city, TreeMap::new, Reducers.averagingDouble(Person::age)));
    assertEquals(s, p);
    assertEquals("{Lisbon=37.5, Oslo=27.0, Rome=52.0}", byCity.toString());
  }

  @Test
  void everydayTasks_mappingTeeing() {
    Map<String, List<String>> s =
        people.stream()
            .collect(
                Collectors.groupingBy(
                    Person::city,
                    TreeMap::new,
                    Collectors.mapping(Person::name, Collectors.toList())));
    Map<String, List<String>> p =
        Fold.from(people)
            .reduce(
                Reducers.groupBy(
                    Person::city, TreeMap::new, Reducers.mapping(Person::name, Reducers.toList())));
    double s2 =
        people.stream()
            .collect(
                Collectors.teeing(
                    Collectors.summingLong(Person::age),
                    Collectors.counting(),
                    (sum, n) -> (double) sum / n));
    double p2 =
        Fold.from(people)
            .parallel()
            .reduce(
                Reducers.teeing(
                    Reducers.summingLong(Person::age),
                    Reducers.count(),
                    (sum, n) -> (double) sum / n));
    assertEquals("{Lisbon=[Ana, Cai], Oslo=[Ben, Dee], Rome=[Eve]}", p.toString());
    assertEquals(s, p);
    assertEquals(36.2, p2);
    assertEquals(s2, p2);
  }

  @Test
  void everydayTasks_topNSorted() {
    List<String> s =
        people.stream()
            .sorted(Comparator.comparingInt(Person::age).reversed().thenComparing(Person::name))
            .limit(3)
            .map(Person::name)
            .collect(Collectors.toList());
    List<String> p =
        Fold.from(people)
            .sorted(Cmp.comparingInt(Person::age).reversed().thenComparing(Person::name))
            .limit(3)
            .map(Person::name)
            .toList();
    assertEquals("[Eve, Cai, Ana]", p.toString());
    assertEquals(s, p);

    Comparator<Person> byAge = Comparator.comparingInt(Person::age);
    List<String> youngest = Fold.from(people).sorted(byAge).limit(2).map(Person::name).toList();
    assertEquals("[Ben, Dee]", youngest.toString());

    List<Person> oldest =
        Fold.from(people).parallel().reduce(Reducers.topK(2, Cmp.comparingInt(Person::age)));
    assertEquals(
        List.of("Eve", "Cai"), oldest.stream().map(Person::name).collect(Collectors.toList()));

    Map<String, Long> counts = Fold.from(words).countBy(w -> w);
    List<Map.Entry<String, Long>> top2 =
        Fold.from(counts.entrySet())
            .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
            .limit(2)
            .toList();
    assertEquals("[apple=3, banana=2]", top2.toString());
  }

  @Test
  void everydayTasks_distinct() {
    List<String> s = words.stream().distinct().collect(Collectors.toList());
    List<String> p = Fold.from(words).parallel().distinct().toList();
    List<String> oneOfEachLength = Fold.from(words).distinctBy(String::length).toList();
    assertEquals("[apple, banana, cherry, date]", p.toString());
    assertEquals(s, p);
    assertEquals("[apple, banana, date]", oneOfEachLength.toString());
  }

  @Test
  void everydayTasks_limitFindFirstAnyMatch() {
    Optional<String> s1 = words.stream().filter(w -> w.startsWith("c")).findFirst();
    Optional<String> p1 = Fold.from(words).filter(w -> w.startsWith("c")).findFirst();
    boolean s2 = words.stream().anyMatch(w -> w.length() > 5);
    boolean p2 = Fold.from(words).anyMatch(w -> w.length() > 5);
    List<String> s3 = words.stream().skip(1).limit(3).collect(Collectors.toList());
    List<String> p3 = Fold.from(words).parallel().skip(1).limit(3).toList();
    assertEquals("Optional[cherry]", p1.toString());
    assertEquals(s1, p1);
    assertTrue(p2);
    assertEquals(s2, p2);
    assertEquals("[banana, cherry, apple]", p3.toString());
    assertEquals(s3, p3);
  }

  @Test
  void everydayTasks_primitiveSums() {
    int s1 = IntStream.rangeClosed(1, 100).sum();
    int p1 = IntFold.rangeClosed(1, 100).sum();
    long s2 = LongStream.range(0, 1_000_000).map(i -> i * i).sum();
    long p2 = Fold.range(0, 1_000_000).parallel().map(i -> i * i).sum();
    double s3 = people.stream().mapToDouble(Person::age).average().orElse(0);
    double p3 = Fold.from(people).mapToDouble(Person::age).average().orElse(0);
    int ages = Fold.from(people).mapToInt(Person::age).sum();
    assertEquals(5050, p1);
    assertEquals(s1, p1);
    assertEquals(333_332_833_333_500_000L, p2);
    assertEquals(s2, p2);
    assertEquals(36.2, p3);
    assertEquals(s3, p3);
    assertEquals(181, ages);
  }

  @Test
  void everydayTasks_joining() {
    String s = words.stream().distinct().collect(Collectors.joining(", ", "[", "]"));
    String p = Fold.from(words).distinct().reduce(Reducers.joining(", ", "[", "]"));
    String q = Fold.from(words).distinct().joining("/");
    assertEquals("[apple, banana, cherry, date]", p);
    assertEquals(s, p);
    assertEquals("apple/banana/cherry/date", q);
  }

  @Test
  void everydayTasks_toMap() {
    Map<String, Integer> s =
        words.stream().distinct().collect(Collectors.toMap(w -> w, String::length));
    Map<String, Integer> p = Fold.from(words).distinct().toMap(w -> w, String::length);
    Map<Integer, String> s2 =
        words.stream()
            .distinct()
            .collect(
                Collectors.toMap(
                    String::length, w -> w, (a, b) -> a + "|" + b, LinkedHashMap::new));
    Map<Integer, String> p2 =
        Fold.from(words)
            .parallel()
            .distinct()
            .reduce(
                Reducers.toMap(String::length, w -> w, (a, b) -> a + "|" + b, LinkedHashMap::new));
    assertEquals("{apple=5, banana=6, cherry=6, date=4}", new TreeMap<>(p).toString());
    assertEquals(s, p);
    assertEquals("{5=apple, 6=banana|cherry, 4=date}", p2.toString());
    assertEquals(s2, p2);
  }

  @Test
  void everydayTasks_partitioning() {
    List<Integer> numbers = List.of(1, 2, 3, 4, 5, 6);
    Map<Boolean, List<Integer>> s =
        numbers.stream().collect(Collectors.partitioningBy(x -> x % 2 == 0));
    Map<Boolean, List<Integer>> p =
        Fold.from(numbers).reduce(Reducers.partition(x -> x % 2 == 0, Reducers.toList()));
    Map<Boolean, Long> over35 =
        Fold.from(people).reduce(Reducers.partition(x -> x.age() > 35, Reducers.count()));
    assertEquals("{false=[1, 3, 5], true=[2, 4, 6]}", p.toString());
    assertEquals(s, p);
    assertEquals("{false=3, true=2}", over35.toString());
  }

  @Test
  void everydayTasks_flatMap() {
    List<String> lines = List.of("to be or", "not to be");
    List<String> s =
        lines.stream().flatMap(line -> Arrays.stream(line.split(" "))).collect(Collectors.toList());
    List<String> p = Fold.from(lines).flatMap(line -> Arrays.stream(line.split(" "))).toList();
    List<String> q = Fold.from(lines).flatMapIterable(line -> List.of(line.split(" "))).toList();
    assertEquals("[to, be, or, not, to, be]", p.toString());
    assertEquals(s, p);
    assertEquals(p, q);
  }

  @Test
  void everydayTasks_iterateGenerate() {
    List<Integer> s = Stream.iterate(1, x -> x * 2).limit(10).collect(Collectors.toList());
    List<Integer> p = Fold.iterate(1, x -> x * 2).limit(10).toList();
    List<Integer> whileSmall = Fold.iterate(1, x -> x < 100, x -> x * 3).toList();
    String repeated = Fold.generate(() -> "ab").limit(3).joining();
    assertEquals("[1, 2, 4, 8, 16, 32, 64, 128, 256, 512]", p.toString());
    assertEquals(s, p);
    assertEquals("[1, 3, 9, 27, 81]", whileSmall.toString());
    assertEquals("ababab", repeated);
  }

  @Test
  void everydayTasks_toArray() {
    String[] s = words.stream().distinct().toArray(String[]::new);
    String[] p = Fold.from(words).distinct().toArray(String[]::new);
    int[] squares = IntFold.range(1, 6).map(i -> i * i).toArray();
    assertEquals("[apple, banana, cherry, date]", Arrays.toString(p));
    assertArrayEquals(s, p);
    assertEquals("[1, 4, 9, 16, 25]", Arrays.toString(squares));
  }

  // ---- 3. Where it runs ----------------------------------------------------------------------

  @Test
  void whereItRuns_poolsAndParallelism() {
    ForkJoinPool pool = new ForkJoinPool(4);
    try {
      long sevens = Fold.range(0, 1_000_000).on(pool).filter(i -> i % 7 == 0).count();
      assertEquals(142_858, sevens);
    } finally {
      pool.shutdown();
    }

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<String> upper = Fold.from(words).on(threads).map(String::toUpperCase).toList();
      assertEquals("[APPLE, BANANA, CHERRY, APPLE, DATE, BANANA, APPLE]", upper.toString());
    } finally {
      threads.shutdown();
    }

    long sevens =
        Fold.range(0, 1_000_000).parallel().maxParallelism(2).filter(i -> i % 7 == 0).count();
    assertEquals(142_858, sevens);
  }

  @Test
  void whereItRuns_deterministicChunks() {
    double[] xs = new Random(42).doubles(1_000_000).toArray();
    ForkJoinPool two = new ForkJoinPool(2);
    ForkJoinPool eight = new ForkJoinPool(8);
    try {
      double a = Fold.from(xs).on(two).chunks(ChunkPolicy.deterministic()).sum();
      double b = Fold.from(xs).on(eight).chunks(ChunkPolicy.deterministic()).sum();
      double c = Fold.from(xs).parallel().chunks(ChunkPolicy.fixed(50_000)).sum();
      double d = Fold.from(xs).on(eight).chunks(ChunkPolicy.fixed(50_000)).sum();
      assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b));
      assertEquals(Double.doubleToRawLongBits(c), Double.doubleToRawLongBits(d));
    } finally {
      two.shutdown();
      eight.shutdown();
    }
  }

  @Test
  void whereItRuns_timeout() {
    try {
      LongFold.iterate(0, x -> x + 1).withTimeout(Duration.ofMillis(100)).count();
    } catch (FoldTimeoutException e) {
      System.out.println("gave up after 100 ms");
    }
    assertEquals(List.of("gave up after 100 ms"), printedLines());
  }

  @Test
  void whereItRuns_cancel() {
    CancelHandle handle = new CancelHandle();
    CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(handle::cancel);
    try {
      LongFold.iterate(0, x -> x + 1).parallel().cancelWith(handle).count();
    } catch (FoldCancelledException e) {
      System.out.println("cancelled");
    }
    assertEquals(List.of("cancelled"), printedLines());
  }

  @Test
  void whereItRuns_nestedFolds() {
    long total = Fold.range(0, 1_000).parallel().map(i -> Fold.range(0, i).parallel().sum()).sum();
    assertEquals(166_167_000L, total);
  }

  @Test
  void whereItRuns_blocking() {
    List<String> users =
        Fold.from(List.of(1, 2, 3, 4))
            .parallel()
            .map(id -> Blocking.call(() -> lookUp(id)))
            .toList();
    assertEquals("[user-1, user-2, user-3, user-4]", users.toString());
  }

  @Test
  void whereItRuns_mdc() {
    MDC.put("request", "r-42");
    try {
      List<String> seen =
          Fold.range(0, 4)
              .parallel()
              .chunks(ChunkPolicy.fixed(1))
              .propagate(MdcPropagator.INSTANCE)
              .mapToObj(i -> MDC.get("request"))
              .toList();
      assertEquals("[r-42, r-42, r-42, r-42]", seen.toString());

      // The same with chunks slow enough for the pool's workers to take some: every chunk sees
      // the caller's MDC with propagation, and the workers' chunks see none without it.
      Set<String> threadNames = ConcurrentHashMap.newKeySet();
      Fold<String> slow =
          Fold.range(0, 64)
              .parallel()
              .chunks(ChunkPolicy.fixed(1))
              .mapToObj(
                  i -> {
                    threadNames.add(Thread.currentThread().getName());
                    LockSupport.parkNanos(2_000_000);
                    return String.valueOf(MDC.get("request"));
                  });
      assertEquals(List.of("r-42"), slow.propagate(MdcPropagator.INSTANCE).distinct().toList());
      assertTrue(slow.distinct().toList().contains("null"), "a worker saw the caller's MDC");
      assertTrue(threadNames.size() > 1, "only the calling thread ran chunks: " + threadNames);
    } finally {
      MDC.clear();
    }
  }

  // ---- 4. Errors -----------------------------------------------------------------------------

  @Test
  void errors_throwingFunction() {
    try {
      Fold.range(0, 1_000_000)
          .parallel()
          .map(
              i -> {
                if (i == 765_432) throw new IllegalStateException("bad element " + i);
                return i;
              })
          .sum();
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
    assertEquals(List.of("bad element 765432"), printedLines());
  }

  @Test
  void errors_checkedExceptions() {
    try {
      Fold.of(Path.of("no-such-file.txt")).mapChecked(Files::size).toList();
    } catch (UncheckedIOException e) {
      System.out.println(e.getCause());
    }
    List<Path> visible =
        Fold.of(Path.of("pom.xml")).filterChecked(f -> !Files.isHidden(f)).toList();
    assertEquals(List.of("java.nio.file.NoSuchFileException: no-such-file.txt"), printedLines());
    assertEquals("[pom.xml]", visible.toString());
  }

  @Test
  void errors_mapTry() {
    Either<List<Throwable>, Long> bad =
        Fold.of("1", "2", "x", "4")
            .mapTry(Long::parseLong)
            .reduce(Reducers.tryResults(Reducers.summingLong(x -> x)));
    Either<List<Throwable>, Long> good =
        Fold.of("1", "2", "4")
            .mapTry(Long::parseLong)
            .reduce(Reducers.tryResults(Reducers.summingLong(x -> x)));
    assertEquals(
        "Left([java.lang.NumberFormatException: For input string: \"x\"])", bad.toString());
    assertEquals("Right(7)", good.toString());
  }

  @Test
  void errors_stateBudget() {
    try {
      Fold.range(0, 1_000_000)
          .mapToObj(i -> "user-" + i)
          .distinct(StateBudget.entries(10_000))
          .count();
    } catch (StateBudgetExceededException e) {
      System.out.println(e.getMessage());
    }
    Map<String, Long> counts =
        Fold.from(words).reduce(Reducers.countBy(w -> w, StateBudget.entries(1_000)));
    List<String> sorted =
        Fold.from(words).sorted(Cmp.natural(), StateBudget.entries(1_000)).toList();
    assertEquals(
        List.of(
            "distinct holds more than 10,000 entries in one accumulator (budget"
                + " StateBudget.entries(10000)); raise the budget or reduce the key space"),
        printedLines());
    assertEquals(Fold.from(words).countBy(w -> w), counts);
    assertEquals("{apple=3, banana=2, cherry=1, date=1}", new TreeMap<>(counts).toString());
    assertEquals("[apple, apple, apple, banana, banana, cherry, date]", sorted.toString());
  }

  // ---- 5. Files ------------------------------------------------------------------------------

  @Test
  void files_linesDirectoriesAndGlobs() throws IOException {
    Path dir = Files.createTempDirectory("guide");
    try {
      Path log = dir.resolve("app.log");
      Files.write(
          log,
          List.of("INFO start", "ERROR disk full", "INFO retry", "ERROR disk full", "INFO done"));
      Files.write(dir.resolve("old.log"), List.of("ERROR timeout"));
      Files.write(dir.resolve("notes.txt"), List.of("ERROR is a word here"));

      long errors =
          Fold.from(TextFiles.lines(log))
              .parallel()
              .filter(line -> line.startsWith("ERROR"))
              .count();
      Map<String, Long> perMessage =
          Fold.from(TextFiles.lines(FileSet.glob(dir, "*.log"), StandardCharsets.UTF_8))
              .parallel()
              .filter(line -> line.startsWith("ERROR "))
              .reduce(Reducers.groupBy(line -> line.substring(6), TreeMap::new, Reducers.count()));
      long allLines =
          Fold.from(TextFiles.lines(FileSet.directory(dir), StandardCharsets.UTF_8)).count();
      assertEquals(2, errors);
      assertEquals("{disk full=2, timeout=1}", perMessage.toString());
      assertEquals(7, allLines);
    } finally {
      deleteTree(dir);
    }
  }

  @Test
  void files_words() throws IOException {
    Path dir = Files.createTempDirectory("guide");
    try {
      Path book = dir.resolve("book.txt");
      Files.write(book, List.of("To be or not to be", "\tthat is  the question"));

      Map<String, Long> counts =
          Fold.from(TextFiles.words(book))
              .parallel()
              .map(w -> w.toLowerCase(Locale.ROOT))
              .reduce(Reducers.groupBy(w -> w, TreeMap::new, Reducers.count()));
      assertEquals("{be=2, is=1, not=1, or=1, question=1, that=1, the=1, to=2}", counts.toString());
    } finally {
      deleteTree(dir);
    }
  }

  @Test
  void files_numberedLines() throws IOException {
    Path dir = Files.createTempDirectory("guide");
    try {
      Path log = dir.resolve("app.log");
      Files.write(
          log,
          List.of("INFO start", "ERROR disk full", "INFO retry", "ERROR disk full", "INFO done"));

      List<String> where =
          Fold.from(TextFiles.numberedLines(log))
              .parallel()
              .filter(l -> l.text().startsWith("ERROR"))
              .map(l -> l.file().getFileName() + ":" + l.number())
              .toList();
      assertEquals("[app.log:2, app.log:4]", where.toString());
    } finally {
      deleteTree(dir);
    }
  }

  @Test
  void files_csvWithHeader() throws IOException {
    Path dir = Files.createTempDirectory("guide");
    try {
      Path csv = dir.resolve("sales.csv");
      Files.write(
          csv,
          List.of(
              "region,product,cents",
              "north,\"Widget, large\",1200",
              "south,Gadget,800",
              "north,Gadget,300"));

      Map<String, Long> perRegion =
          Fold.from(CsvFiles.records(csv, CsvFormat.RFC4180.withHeader(true)))
              .parallel()
              .reduce(
                  Reducers.groupBy(
                      r -> r.get("region"),
                      TreeMap::new,
                      Reducers.summingLong(r -> r.getLong("cents"))));
      List<String> products =
          Fold.from(CsvFiles.records(csv, CsvFormat.RFC4180.withHeader(true)))
              .map(r -> r.get(1))
              .toList();
      assertEquals("{north=1500, south=800}", perRegion.toString());
      assertEquals("[Widget, large, Gadget, Gadget]", products.toString());
    } finally {
      deleteTree(dir);
    }
  }

  @Test
  void files_badRecords() throws IOException {
    Path dir = Files.createTempDirectory("guide");
    try {
      Path ordersCsv = dir.resolve("orders.csv");
      Files.write(
          ordersCsv, List.of("region,cents", "north,1200", "south", "north,300", "south,n/a"));
      record Order(String region, long cents) {}
      FileSource<Either<RecordError, Order>> orders =
          CsvFiles.mapped(
              ordersCsv,
              CsvFormat.RFC4180.withHeader(true),
              r -> new Order(r.get("region"), r.getLong("cents")));

      try {
        Fold.from(orders)
            .reduce(
                BadRecords.handle(ParseMode.FAILFAST, Reducers.summingLong(o -> o.cents()), 10));
      } catch (RecordParseException e) {
        System.out.println(e.error().describe());
      }

      ParseResult<Long> dropped =
          Fold.from(orders)
              .parallel()
              .reduce(
                  BadRecords.handle(
                      ParseMode.DROPMALFORMED, Reducers.summingLong(o -> o.cents()), 10));
      for (RecordError error : dropped.firstErrors()) {
        System.out.println(error.line() + ": " + error.message());
      }

      ParseResult<Map<String, Long>> perRegion =
          Fold.from(orders)
              .parallel()
              .reduce(
                  BadRecords.handle(
                      ParseMode.PERMISSIVE,
                      Reducers.groupBy(Order::region, TreeMap::new, Reducers.count()),
                      error -> new Order("(bad)", 0),
                      10));

      ParseResult<Map<String, Long>> all =
          Fold.from(orders)
              .reduce(
                  BadRecords.permissive(
                      Reducers.groupBy(
                          e -> e.isLeft() ? "bad" : "good", TreeMap::new, Reducers.count()),
                      10));

      assertEquals(
          List.of(
              ordersCsv + ":3 (byte offset 24): expected 2 fields (header), found 1: \"south\"",
              "3: expected 2 fields (header), found 1",
              "5: dev.parafold.files.CsvRecord$FieldFormatException: column 2 (cents): not an integer:"
                  + " \"n/a\""),
          printedLines());
      assertEquals(1500L, dropped.value());
      assertEquals(2, dropped.errorCount());
      assertEquals("{(bad)=2, north=2}", perRegion.value().toString());
      assertEquals(2, perRegion.errorCount());
      assertEquals("{bad=2, good=2}", all.value().toString());
      assertEquals(2, all.errorCount());
    } finally {
      deleteTree(dir);
    }
  }

  @Test
  void files_progress() throws IOException {
    Path dir = Files.createTempDirectory("guide");
    try {
      Path big = dir.resolve("big.txt");
      Files.write(
          big, IntStream.range(0, 200_000).mapToObj(i -> "line " + i).collect(Collectors.toList()));

      DoubleAccumulator done = new DoubleAccumulator(Math::max, 0);
      long lines =
          Fold.from(
                  TextFiles.lines(big)
                      .withChunkBytes(256 * 1024)
                      .withProgress(p -> done.accumulate(p.fraction())))
              .parallel()
              .count();
      assertEquals(200_000, lines);
      assertEquals(1.0, done.get());
    } finally {
      deleteTree(dir);
    }
  }

  // ---- 6. Custom reducers and interop --------------------------------------------------------

  @Test
  void reducers_builtIn() {
    Tuple2<Long, OptionalDouble> countAndMean =
        Fold.from(people).reduce(Reducers.tee(Reducers.count(), Reducers.averaging(Person::age)));
    Optional<Person> youngest = Fold.from(people).parallel().min(Cmp.comparingInt(Person::age));
    Reducer<String, StringBuilder, String> initials =
        Reducers.of(
            StringBuilder::new,
            (sb, w) -> sb.append(w.charAt(0)),
            StringBuilder::append,
            StringBuilder::toString);
    String firstLetters = Fold.from(words).parallel().reduce(initials);
    assertEquals("(5, OptionalDouble[36.2])", countAndMean.toString());
    assertEquals("Ben", youngest.orElseThrow().name());
    assertEquals(people.stream().min(Comparator.comparingInt(Person::age)), youngest);
    assertEquals("abcadba", firstLetters);
  }

  @Test
  void reducers_customAndLaws() {
    final class MeanLength implements Reducer<String, long[], Double> {
      @Override
      public long[] init() {
        return new long[2]; // {characters, words}
      }

      @Override
      public long[] step(long[] acc, String word) {
        acc[0] += word.length();
        acc[1]++;
        return acc;
      }

      @Override
      public long[] combine(long[] left, long[] right) {
        left[0] += right[0];
        left[1] += right[1];
        return left;
      }

      @Override
      public Double complete(long[] acc) {
        return acc[1] == 0 ? 0.0 : (double) acc[0] / acc[1];
      }
    }

    double mean = Fold.from(words).parallel().reduce(new MeanLength());
    ReducerLaws.check(new MeanLength(), List.of("a", "bb", "ccc", "dddd"));

    Reducer<Integer, int[], Integer> minus =
        Reducers.of(
            () -> new int[1],
            (a, x) -> {
              a[0] -= x;
              return a;
            },
            (l, r) -> {
              l[0] -= r[0];
              return l;
            },
            a -> a[0]);
    try {
      ReducerLaws.check(minus, List.of(1, 2, 3));
    } catch (AssertionError e) {
      System.out.println(e.getMessage());
    }
    assertEquals(5.285714285714286, mean);
    assertEquals(37.0 / 7, mean);
    List<String> out = printedLines();
    assertEquals(1, out.size());
    assertEquals(
        List.of(
            "Reducers.of breaks a fold law (identity): combine(init, fold(xs)) gave 1, expected -1;"
                + " smallest input found: [1] (seed 24301)"),
        out);
  }

  @Test
  void interop_collectors() {
    Map<Integer, List<String>> byLength =
        Fold.from(words)
            .parallel()
            .distinct()
            .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
    Map<String, Long> counts =
        words.parallelStream().collect(Reducers.toCollector(Reducers.countBy(w -> w)));
    assertEquals("{4=[date], 5=[apple], 6=[banana, cherry]}", byLength.toString());
    assertEquals(Map.of("apple", 3L, "banana", 2L, "cherry", 1L, "date", 1L), counts);
  }

  // ---- 8. Debugging and speed ----------------------------------------------------------------

  @Test
  void debugging_explain() {
    System.out.println(Fold.from(words).parallel().filter(w -> w.length() > 4).limit(3).explain());
    List<String> out = printedLines();
    assertTrue(out.get(0).startsWith("source:   "), out.get(0));
    assertEquals("stage:    filter  [stateless]", out.get(1));
    assertEquals("stage:    limit(3)  [indexed]", out.get(2));
    assertTrue(out.get(3).startsWith("executor: fork/join(common pool, parallelism "), out.get(3));
    assertTrue(out.stream().anyMatch(l -> l.startsWith("chunks:   ")), String.join("\n", out));
  }

  @Test
  void debugging_checkLaws() {
    Reducer<Integer, int[], Integer> minus =
        Reducers.of(
            () -> new int[1],
            (a, x) -> {
              a[0] -= x;
              return a;
            },
            (l, r) -> {
              l[0] -= r[0];
              return l;
            },
            a -> a[0]);
    System.setProperty("parafold.checkLaws", "true"); // or: java -Dparafold.checkLaws=true ...
    try {
      Fold.of(1, 2, 3, 4).parallel().reduce(minus);
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    } finally {
      System.clearProperty("parafold.checkLaws");
    }
    List<String> out = printedLines();
    assertEquals(1, out.size());
    assertTrue(
        out.get(0)
            .startsWith(
                "parafold.checkLaws: on the first 4 of the 4 elements folded from array[0..4),"
                    + " Reducers.of breaks a fold law (identity): combine(init, fold(xs)) gave 1,"
                    + " expected -1; smallest input found: [1] (seed 1). Checked: init as the"
                    + " identity of combine (both sides), "),
        out.get(0));
  }

  @Test
  void debugging_costs() {
    long boxed = Fold.range(0, 1_000_000).boxed().reduce(0L, Long::sum);
    long unboxed = Fold.range(0, 1_000_000).sum();
    Map<String, Long> counts =
        Fold.from(words)
            .parallel()
            .unordered()
            .collect(Collectors.groupingByConcurrent(w -> w, Collectors.counting()));
    assertEquals(499_999_500_000L, boxed);
    assertEquals(boxed, unboxed);
    assertEquals(Map.of("apple", 3L, "banana", 2L, "cherry", 1L, "date", 1L), counts);
  }
}
