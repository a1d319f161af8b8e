package dev.parafold.benchmarks;

import dev.parafold.Fold;
import dev.parafold.files.TextFiles;
import dev.parafold.reduce.Reducers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
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
 * The line source alone: every line of a page-cached text file made into a {@code String} and its
 * length summed, with {@code TextFiles.lines} and with {@code Files.lines}; and the floor, a raw
 * scan of the same bytes that counts newlines and makes nothing: 4 MiB pieces, positional reads
 * into a 64 KiB heap buffer (the line source's I/O), newlines counted eight bytes at a time.
 *
 * <p>{@code -p file=PATH} measures that file (e.g. one from the examples' {@code generate});
 * otherwise {@code megabytes} of generated words are written to a temporary file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class FileLinesBenchmark {
  @Param("64")
  public int megabytes;

  @Param("")
  public String file;

  Path path;
  private boolean generated;

  @Setup
  public void setup() throws IOException {
    if (file == null || file.isEmpty()) {
      path = Files.createTempFile("parafold-lines", ".txt");
      Files.write(
          path, WordCountBenchmark.generate(megabytes * 1_000_000L, 7), StandardCharsets.UTF_8);
      generated = true;
    } else {
      path = Path.of(file);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    if (generated) {
      Files.deleteIfExists(path);
    }
  }

  @Benchmark
  public long linesParafoldSeq() {
    return Fold.from(TextFiles.lines(path)).reduce(Reducers.summingLong(String::length));
  }

  @Benchmark
  public long linesParafoldPar() {
    return Fold.from(TextFiles.lines(path)).parallel().reduce(Reducers.summingLong(String::length));
  }

  @Benchmark
  public long linesStreamSeq() throws IOException {
    try (Stream<String> lines = Files.lines(path)) {
      return lines.mapToLong(String::length).sum();
    }
  }

  @Benchmark
  public long linesStreamPar() throws IOException {
    try (Stream<String> lines = Files.lines(path)) {
      return lines.parallel().mapToLong(String::length).sum();
    }
  }

  private static final long PIECE = 4L << 20;

  @Benchmark
  public long floorSeq() throws IOException {
    return newlines(path, 0, Files.size(path));
  }

  @Benchmark
  public long floorPar() throws IOException {
    long size = Files.size(path);
    return LongStream.range(0, (size + PIECE - 1) / PIECE)
        .parallel()
        .map(p -> newlines(path, p * PIECE, Math.min(size, (p + 1) * PIECE)))
        .sum();
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;

  /** Newline bytes in {@code [from, to)} of {@code path}. */
  static long newlines(Path path, long from, long to) {
    byte[] buf = new byte[1 << 16];
    long n = 0;
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      for (long p = from; p < to; ) {
        int got = ch.read(ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, to - p)), p);
        if (got < 0) {
          break;
        }
        int i = 0;
        for (; i + 8 <= got; i += 8) {
          long v = (long) LONGS.get(buf, i) ^ NEWLINES; // zero bytes where the newlines are
          n += Long.bitCount(~(((v & LOW7) + LOW7) | v | LOW7));
        }
        for (; i < got; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
        p += got;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
    return n;
  }
}
