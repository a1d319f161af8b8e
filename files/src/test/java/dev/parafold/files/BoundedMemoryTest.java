package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Split;
import dev.parafold.testkit.Figures;
import io.vavr.Tuple2;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * B10: counting the lines and words of a file far bigger than the heap, through lines and through
 * {@code TextFiles.words}. Tagged {@code memory}: it runs only under {@code mvn -Pstress verify},
 * in its own surefire run with {@code -Xmx64m} (see files/pom.xml). Size: {@code
 * -Dparafold.memtest.bytes} (default 3 GiB, so offsets pass 2^31).
 */
@Tag("memory")
final class BoundedMemoryTest {
  @TempDir Path dir;

  @Test
  @Timeout(900)
  void countsLinesAndWords_ofAFileBiggerThanTheHeap() throws IOException {
    long size = Long.getLong("parafold.memtest.bytes", 3L << 30);
    Path p = dir.resolve("huge.txt");
    byte[] line =
        "the quick brown fox jumps over the lazy dog 0123456789\n".getBytes(StandardCharsets.UTF_8);
    long lines = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      for (long w = 0; w < size; w += line.length) {
        out.write(line);
        lines++;
      }
    }
    AtomicLong peak = new AtomicLong();
    Runtime rt = Runtime.getRuntime();
    // heap in use, sampled once per chunk through the progress listener (no JMX in the module)
    FileSource<String> src =
        TextFiles.lines(p)
            .withProgress(
                pr -> peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max));
    if (size > (1L << 31)) {
      // a byte range past 2^31 splits like any other
      Split<String> s = ((FileChunk<String>) src.open()).splitAtByte((1L << 31) + 12345);
      assertTrue(((FileChunk<String>) s.right()).start() > Integer.MAX_VALUE);
    }
    long t0 = System.nanoTime();
    Tuple2<Long, Long> r =
        ForkJoinExecutor.shared()
            .fold(
                src,
                Reducers.tee(Reducers.count(), Reducers.summingLong(l -> words(l))),
                FoldOptions.defaults());
    long t1 = System.nanoTime();
    assertEquals(lines, r._1);
    assertEquals(lines * 10, r._2);
    Figures.record(
        "B10 memory",
        "file size MiB (-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m)",
        size >> 20);
    Figures.record("B10 memory", "file lines counted exactly", lines);
    Figures.record(
        "B10 memory",
        "file throughput",
        String.format(
            "%.1f s, %.0f MiB/s", (t1 - t0) / 1e9, (size / 1048576.0) / ((t1 - t0) / 1e9)));
    Figures.record(
        "B10 memory",
        "file fold: peak heap in use MiB (sampled per chunk, before GC)",
        peak.get() >> 20);

    // words: a table of repeated words per chunk, bounded too
    AtomicLong wordsPeak = new AtomicLong();
    FileSource<String> words =
        TextFiles.words(p)
            .withProgress(
                pr -> wordsPeak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max));
    long t2 = System.nanoTime();
    Map<String, Long> counts =
        ForkJoinExecutor.shared().fold(words, Reducers.countBy(w -> w), FoldOptions.defaults());
    long t3 = System.nanoTime();
    assertEquals(lines * 2, counts.get("the"));
    assertEquals(lines, counts.get("0123456789"));
    assertEquals(9, counts.size());
    Figures.record(
        "B10 memory",
        "file words counted",
        String.format(
            "%.1f s, %.0f MiB/s, peak heap in use %d MiB",
            (t3 - t2) / 1e9, (size / 1048576.0) / ((t3 - t2) / 1e9), wordsPeak.get() >> 20));
  }

  private static long words(String s) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = s.charAt(i) == ' ';
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }
}
