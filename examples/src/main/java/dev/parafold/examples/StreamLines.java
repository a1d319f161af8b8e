package dev.parafold.examples;

import dev.parafold.files.Progress;
import dev.parafold.files.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The lines of UTF-8 files for the {@code java.util.stream} versions of the jobs, read the way the
 * parafold versions read them, so that both can be compared on real files:
 *
 * <ul>
 *   <li>a byte-order mark is not part of the first line ({@code Files.lines} keeps it as U+FEFF);
 *   <li>an invalid UTF-8 byte fails the job with the file and the byte offset ({@code Files.lines}
 *       says only "MalformedInputException: Input length = 1");
 *   <li>with a progress listener, the characters read feed a progress bar twice a second.
 * </ul>
 */
final class StreamLines {
  private StreamLines() {}

  /**
   * Runs {@code job} over the lines of {@code files} (parallel if asked), closes them, and turns a
   * decoding failure into an error naming the file and offset.
   */
  static <R> R collect(
      List<Path> files,
      boolean parallel,
      ProgressListener progress,
      Function<Stream<String>, R> job) {
    Ticker ticker = progress == null ? null : new Ticker(progress, Inputs.bytes(files));
    try (Stream<String> lines = lines(files, parallel)) {
      Stream<String> counted = ticker == null ? lines : lines.peek(ticker::add);
      R r = job.apply(counted);
      if (ticker != null) {
        ticker.finish();
      }
      return r;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new IllegalArgumentException(firstInvalid(files), e);
      }
      throw e;
    } finally {
      if (ticker != null) {
        ticker.stop();
      }
    }
  }

  /** The lines of all {@code files}, each file's stream parallel if asked. */
  static Stream<String> lines(List<Path> files, boolean parallel) {
    Stream<String> all = Stream.empty();
    for (Path f : files) {
      try {
        Stream<String> s = hasByteOrderMark(f) ? afterMark(f) : Files.lines(f);
        all = Stream.concat(all, parallel ? s.parallel() : s);
      } catch (IOException e) {
        all.close();
        throw new UncheckedIOException(f + ": " + e.getMessage(), e);
      }
    }
    return parallel ? all.parallel() : all;
  }

  private static boolean hasByteOrderMark(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      byte[] head = in.readNBytes(3);
      return head.length == 3
          && (head[0] & 0xFF) == 0xEF
          && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF;
    }
  }

  /** The lines after the byte-order mark, decoded strictly (as {@code Files.lines} does). */
  private static Stream<String> afterMark(Path f) throws IOException {
    FileChannel ch = FileChannel.open(f, StandardOpenOption.READ);
    ch.position(3);
    BufferedReader r =
        new BufferedReader(Channels.newReader(ch, StandardCharsets.UTF_8.newDecoder(), -1));
    return r.lines()
        .onClose(
            () -> {
              try {
                r.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** "{@code file: invalid UTF-8 at byte offset N}" for the first invalid byte of the files. */
  static String firstInvalid(List<Path> files) {
    for (Path f : files) {
      long at = firstInvalid(f);
      if (at >= 0) {
        return f + ": invalid UTF-8 at byte offset " + at;
      }
    }
    return files + ": invalid UTF-8 (offset not found again)";
  }

  private static long firstInvalid(Path f) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long consumed = 0;
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      boolean eof = false;
      while (true) {
        eof = ch.read(in) < 0;
        in.flip();
        int before = in.position();
        CoderResult r = d.decode(in, out, eof);
        if (r.isError()) {
          return consumed + in.position();
        }
        consumed += in.position() - before;
        out.clear();
        in.compact();
        if (eof) {
          return -1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(f + ": " + e.getMessage(), e);
    }
  }

  /** Feeds a progress listener from a background thread while a stream runs. */
  private static final class Ticker {
    private final ProgressListener listener;
    private final long total;
    private final long start = System.nanoTime();
    private final LongAdder chars = new LongAdder();
    private final Thread thread;
    private volatile boolean running = true;

    Ticker(ProgressListener listener, long total) {
      this.listener = listener;
      this.total = total;
      this.thread = new Thread(this::run, "stream-progress");
      thread.setDaemon(true);
      thread.start();
    }

    void add(String line) {
      chars.add(line.length() + 1L);
    }

    private void run() {
      while (running) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
        if (running) {
          long done = Math.min(total - 1, chars.sum()); // characters: about the bytes
          listener.progress(new Progress(Math.max(0, done), total, 0, System.nanoTime() - start));
        }
      }
    }

    void finish() {
      stop();
      listener.progress(new Progress(total, total, 0, System.nanoTime() - start));
    }

    void stop() {
      running = false;
      thread.interrupt();
      try {
        thread.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
