package dev.parafold.benchmarks;

import dev.parafold.Fold;
import dev.parafold.reduce.Reducers;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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
 * Word count over ~50 MB of generated lines (skewed draws from ~50k distinct words), in memory and
 * ({@code file*}) from a page-cached text file. Every variant splits lines with {@code
 * String.split(" ")} and returns a {@code Map<String, Long>}. {@code handFJ} is the hand loop on
 * every core (parts merged by hand): the parallel ceiling for this {@code split} and map.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class WordCountBenchmark {
  @Param("51200")
  public int kilobytes;

  List<String> lines;
  Path file;

  @Setup
  public void setup() throws IOException {
    lines = generate(kilobytes * 1024L, 42);
    file = Files.createTempFile("parafold-wordcount", ".txt");
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Lines of 4-16 words until {@code bytes} characters; words skewed towards a small head. */
  static List<String> generate(long bytes, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] vocabulary = new String[50_000];
    for (int i = 0; i < vocabulary.length; i++) {
      char[] w = new char[3 + rnd.nextInt(8)];
      for (int j = 0; j < w.length; j++) {
        w[j] = (char) ('a' + rnd.nextInt(26));
      }
      vocabulary[i] = new String(w);
    }
    List<String> out = new ArrayList<>();
    long total = 0;
    StringBuilder sb = new StringBuilder();
    while (total < bytes) {
      sb.setLength(0);
      int words = 4 + rnd.nextInt(13);
      for (int j = 0; j < words; j++) {
        double u = rnd.nextDouble();
        if (j > 0) {
          sb.append(' ');
        }
        sb.append(vocabulary[(int) (vocabulary.length * u * u * u)]);
      }
      out.add(sb.toString());
      total += sb.length() + 1;
    }
    return out;
  }

  static Map<String, Long> handCount(Iterable<String> source) {
    return boxed(countWords(source));
  }

  private static Map<String, long[]> countWords(Iterable<String> source) {
    Map<String, long[]> counts = new HashMap<>();
    for (String line : source) {
      for (String w : line.split(" ")) {
        long[] c = counts.get(w);
        if (c == null) {
          counts.put(w, new long[] {1});
        } else {
          c[0]++;
        }
      }
    }
    return counts;
  }

  private static Map<String, Long> boxed(Map<String, long[]> counts) {
    Map<String, Long> out = new HashMap<>(counts.size() * 2);
    counts.forEach((w, c) -> out.put(w, c[0]));
    return out;
  }

  /**
   * The hand-written parallel ceiling: one contiguous part of the lines per core, each counted by
   * the hand loop on its own thread (the caller takes the first), the smaller maps merged into the
   * larger. What any engine can reach with this {@code split} and {@code HashMap}.
   */
  @Benchmark
  public Map<String, Long> handFJ() {
    int parts = Runtime.getRuntime().availableProcessors();
    int n = lines.size();
    List<ForkJoinTask<Map<String, long[]>>> rest = new ArrayList<>();
    for (int i = 1; i < parts; i++) {
      List<String> part =
          lines.subList((int) ((long) n * i / parts), (int) ((long) n * (i + 1) / parts));
      rest.add(ForkJoinPool.commonPool().submit(() -> countWords(part)));
    }
    Map<String, long[]> total = countWords(lines.subList(0, n / parts));
    for (ForkJoinTask<Map<String, long[]>> t : rest) {
      Map<String, long[]> other = t.join();
      if (other.size() > total.size()) {
        Map<String, long[]> swap = total;
        total = other;
        other = swap;
      }
      for (Map.Entry<String, long[]> e : other.entrySet()) {
        long[] c = total.putIfAbsent(e.getKey(), e.getValue());
        if (c != null) {
          c[0] += e.getValue()[0];
        }
      }
    }
    return boxed(total);
  }

  // ---- in memory --------------------------------------------------------------------------------

  @Benchmark
  public Map<String, Long> hand() {
    return handCount(lines);
  }

  @Benchmark
  public Map<String, Long> streamSeq() {
    return lines.stream()
        .flatMap(l -> Arrays.stream(l.split(" ")))
        .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
  }

  @Benchmark
  public Map<String, Long> streamPar() {
    return lines.parallelStream()
        .flatMap(l -> Arrays.stream(l.split(" ")))
        .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
  }

  @Benchmark
  public Map<String, Long> streamParConcurrent() {
    return lines.parallelStream()
        .flatMap(l -> Arrays.stream(l.split(" ")))
        .collect(Collectors.groupingByConcurrent(w -> w, Collectors.counting()));
  }

  @Benchmark
  public Map<String, Long> parafoldSeq() {
    return Fold.from(lines)
        .flatMapIterable(l -> Arrays.asList(l.split(" ")))
        .reduce(Reducers.countBy(w -> w));
  }

  @Benchmark
  public Map<String, Long> parafoldPar() {
    return Fold.from(lines)
        .parallel()
        .flatMapIterable(l -> Arrays.asList(l.split(" ")))
        .reduce(Reducers.countBy(w -> w));
  }

  // ---- from a file ------------------------------------------------------------------------------

  @Benchmark
  public Map<String, Long> fileHand() throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return handCount(in.lines()::iterator);
    }
  }

  @Benchmark
  public Map<String, Long> fileStreamSeq() throws IOException {
    try (Stream<String> in = Files.lines(file, StandardCharsets.UTF_8)) {
      return in.flatMap(l -> Arrays.stream(l.split(" ")))
          .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
    }
  }

  @Benchmark
  public Map<String, Long> fileStreamPar() throws IOException {
    try (Stream<String> in = Files.lines(file, StandardCharsets.UTF_8)) {
      return in.parallel()
          .flatMap(l -> Arrays.stream(l.split(" ")))
          .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
    }
  }

  @Benchmark
  public Map<String, Long> fileParafoldSeq() throws IOException {
    try (Stream<String> in = Files.lines(file, StandardCharsets.UTF_8)) {
      return Fold.from(in)
          .flatMapIterable(l -> Arrays.asList(l.split(" ")))
          .reduce(Reducers.countBy(w -> w));
    }
  }

  /** {@code Files.lines} splits the memory-mapped file; parafold takes its spliterator. */
  @Benchmark
  public Map<String, Long> fileParafoldPar() throws IOException {
    try (Stream<String> in = Files.lines(file, StandardCharsets.UTF_8)) {
      return Fold.from(in)
          .parallel()
          .flatMapIterable(l -> Arrays.asList(l.split(" ")))
          .reduce(Reducers.countBy(w -> w));
    }
  }
}
