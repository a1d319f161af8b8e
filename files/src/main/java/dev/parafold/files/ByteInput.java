package dev.parafold.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Bytes of one file by absolute position: positional reads on a {@link FileChannel}, or a forward
 * only stream (gzip) that accepts reads at its current position only. Not thread-safe; each chunk
 * opens its own and closes it on every exit path.
 */
interface ByteInput extends Closeable {

  /** Reads up to {@code len} bytes at {@code pos}; returns the count, or -1 at end of input. */
  int read(long pos, byte[] dst, int off, int len) throws IOException;

  static ByteInput open(Path path) throws IOException {
    FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
    return new ByteInput() {
      @Override
      public int read(long pos, byte[] dst, int off, int len) throws IOException {
        return ch.read(ByteBuffer.wrap(dst, off, len), pos);
      }

      @Override
      public void close() throws IOException {
        ch.close();
      }
    };
  }

  /** A forward-only input over {@code in}, positioned at 0. */
  static ByteInput stream(InputStream in) {
    return new ByteInput() {
      private long at;

      @Override
      public int read(long pos, byte[] dst, int off, int len) throws IOException {
        if (pos != at) {
          throw new IllegalStateException("stream input read at " + pos + ", it is at " + at);
        }
        int n = in.readNBytes(dst, off, len);
        if (n <= 0) {
          return -1;
        }
        at += n;
        return n;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
