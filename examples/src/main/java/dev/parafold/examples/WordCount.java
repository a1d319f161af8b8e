package dev.parafold.examples;

import dev.parafold.Fold;
import dev.parafold.files.FileSet;
import dev.parafold.files.FileSource;
import dev.parafold.files.ProgressListener;
import dev.parafold.files.TextFiles;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import dev.parafold.xf.Transducers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Word count: the same job written with parafold (one reusable transducer, sequential or parallel)
 * and with {@code java.util.stream}, so the demo can compare them in one run.
 */
public final class WordCount {
  private WordCount() {}

  /** Splits lines into lower-case words: a value, reusable by any pipeline. */
  public static final Transducer<String, String> WORDS =
      Transducers.<String, String>flatMap(line -> Arrays.asList(line.split("\\s+")))
          .andThen(Transducers.map(w -> w.toLowerCase(java.util.Locale.ROOT)))
          .andThen(Transducers.filter(w -> !w.isEmpty()));

  /** Counts words with parafold. */
  public static Map<String, Long> parafold(List<String> lines, boolean parallel) {
    Fold<String> fold = Fold.from(lines);
    return parafold(parallel ? fold.parallel() : fold);
  }

  /** Counts the words of {@code lines}, on its executor. */
  static Map<String, Long> parafold(Fold<String> lines) {
    return lines.via(WORDS).reduce(Reducers.countBy(w -> w));
  }

  /** Counts words with java.util.stream, the way most code does today. */
  public static Map<String, Long> streams(List<String> lines, boolean parallel) {
    return (parallel ? lines.parallelStream() : lines.stream())
        .flatMap(line -> Arrays.stream(line.split("\\s+")))
        .map(w -> w.toLowerCase(java.util.Locale.ROOT))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /**
   * Counts the words of text files with parafold, on {@code how}'s executor. {@code
   * TextFiles.words} gives the words of each line's {@code split("\\s+")}, cut in the file's bytes
   * (no {@code String} per line, no regular expression, a repeated word is one {@code String});
   * then the same lower-casing as {@link #WORDS}.
   */
  static Map<String, Long> parafoldOfFiles(
      List<Path> files, RunOptions how, boolean parallel, ProgressListener progress) {
    FileSource<String> source =
        TextFiles.words(FileSet.of(files), StandardCharsets.UTF_8).withStrictDecoding();
    if (progress != null) {
      source = source.withProgress(progress);
    }
    return how.on(Fold.from(source), parallel).map(w -> w.toLowerCase(Locale.ROOT)).countBy(w -> w);
  }

  /** Counts the words of text files with {@code Files.lines} and java.util.stream. */
  static Map<String, Long> streamsOfFiles(
      List<Path> files, boolean parallel, ProgressListener progress) {
    return StreamLines.collect(
        files,
        parallel,
        progress,
        lines ->
            lines
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
  }

  /** The {@code n} most frequent words, ties broken alphabetically. */
  public static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
    return Fold.from(counts.entrySet())
        .reduce(
            Reducers.topK(
                n,
                Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))));
  }
}
