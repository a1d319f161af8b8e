package dev.parafold.files;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.util.List;

/**
 * Several files in order, as one source. Splits between files so that both halves hold about the
 * same number of bytes; a single remaining file splits by its byte ranges; a group of files smaller
 * than one chunk is not split. So a directory of one huge file and many small ones balances: the
 * small ones group into chunks of about the chunk size, the huge one is cut.
 */
final class FileSetChunk<T> implements Source<T> {
  private final List<Source<T>> parts;
  private final long[] bytes; // bytes[i] = size of parts[i]
  private final long minBytes; // a group smaller than this is one chunk

  FileSetChunk(List<Source<T>> parts, long[] bytes, long minBytes) {
    this.parts = parts;
    this.bytes = bytes;
    this.minBytes = minBytes;
  }

  @Override
  public long size() {
    return -1;
  }

  @Override
  public Split<T> split() {
    int n = parts.size();
    if (n == 0) {
      return null;
    }
    if (n == 1) {
      return parts.get(0).split();
    }
    long total = 0;
    for (long b : bytes) {
      total += b;
    }
    if (total < minBytes) {
      return null; // many small files: one chunk, read one after another
    }
    // first cut where the left reaches half of the bytes, at least one part on each side
    long acc = 0;
    int cut = 1;
    for (int i = 0; i < n - 1; i++) {
      acc += bytes[i];
      cut = i + 1;
      if (2 * acc >= total) {
        break;
      }
    }
    return new Split<>(sub(0, cut), sub(cut, n));
  }

  private Source<T> sub(int from, int to) {
    if (to - from == 1) {
      return parts.get(from);
    }
    return new FileSetChunk<>(
        parts.subList(from, to), java.util.Arrays.copyOfRange(bytes, from, to), minBytes);
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    for (Source<T> part : parts) {
      acc = part.reduce(r, acc, stop);
      if ((r.mayStop() && r.isDone(acc)) || stop.stopRequested()) {
        break;
      }
    }
    return acc;
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder().append(parts.size()).append(" files: ");
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      if (i == 3 && parts.size() > 4) {
        sb.append("... ").append(parts.size() - 3).append(" more");
        break;
      }
      sb.append(parts.get(i).describe());
    }
    return sb.toString();
  }
}
