package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports (never asserts) line-counting throughput against the JDK on a generated file: {@code
 * -Dparafold.throughput.bytes}, default 1 GiB. Stress tier only; figures go to the issue.
 */
@Tag("stress")
final class ThroughputReportTest {
  @TempDir Path dir;

  @Test
  @Timeout(900)
  void countLines_versusJdk() throws IOException {
    long size = Long.getLong("parafold.throughput.bytes", 1L << 30);
    Path p = LargeFileTest.generate(dir, size, 1, StandardCharsets.UTF_8);
    long expected;
    try (Stream<String> s = Files.lines(p)) {
      expected = s.count(); // warms the page cache
    }
    for (int round = 0; round < 2; round++) {
      long t0 = System.nanoTime();
      long a =
          ForkJoinExecutor.shared()
              .fold(TextFiles.lines(p), Reducers.count(), FoldOptions.defaults());
      long t1 = System.nanoTime();
      long b =
          SequentialExecutor.instance()
              .fold(TextFiles.lines(p), Reducers.count(), FoldOptions.defaults());
      long t2 = System.nanoTime();
      long c;
      try (Stream<String> s = Files.lines(p).parallel()) {
        c = s.count();
      }
      long t3 = System.nanoTime();
      long d = 0;
      try (BufferedReader r = Files.newBufferedReader(p)) {
        while (r.readLine() != null) {
          d++;
        }
      }
      long t4 = System.nanoTime();
      long e =
          ForkJoinExecutor.shared()
              .fold(TextFiles.numberedLines(p), Reducers.count(), FoldOptions.defaults());
      long t5 = System.nanoTime();
      assertEquals(expected, a);
      assertEquals(expected, b);
      assertEquals(expected, c);
      assertEquals(expected, d);
      assertEquals(expected, e);
      System.out.printf(
          "[figure] round %d, %d MiB, %d lines: TextFiles.lines ForkJoin %d ms, sequential %d ms;"
              + " Files.lines().parallel() %d ms; BufferedReader %d ms; numberedLines ForkJoin %d"
              + " ms%n",
          round,
          size >> 20,
          expected,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000,
          (t4 - t3) / 1_000_000,
          (t5 - t4) / 1_000_000);
    }
  }
}
