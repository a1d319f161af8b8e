package dev.parafold.files;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Helpers shared by the file tests: reference readers, direct chunk folds, random split trees. */
final class TestFiles {
  private TestFiles() {}

  /** What BufferedReader.readLine reads, with a leading U+FEFF (byte-order mark) dropped. */
  static List<String> referenceLines(byte[] bytes, Charset cs) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), cs))) {
      String s;
      while ((s = r.readLine()) != null) {
        if (out.isEmpty() && s.startsWith("\uFEFF")) {
          s = s.substring(1);
        }
        out.add(s);
      }
    }
    return out;
  }

  /** Folds {@code s} on this thread as one chunk into a list. */
  static <T> List<T> toList(Source<T> s) {
    return fold(s, Reducers.toList());
  }

  static <T, A, R> R fold(Source<T> s, Reducer<? super T, A, R> r) {
    return r.complete(s.reduce(r, r.init(), Stop.NEVER));
  }

  /** Splits at the byte offsets (ascending), folds each part alone, concatenates in order. */
  @SafeVarargs
  static <T> List<T> splitAt(Source<T> opened, long... offsets) {
    List<T> out = new ArrayList<>();
    Source<T> rest = opened;
    for (long at : offsets) {
      FileChunk<T> c = (FileChunk<T>) rest;
      long unit = c.unit();
      if (at - at % unit <= c.start() || at - at % unit >= c.end()) {
        continue; // rounds to a code unit boundary outside the chunk
      }
      Split<T> sp = c.splitAtByte(at);
      out.addAll(toList(sp.left()));
      rest = sp.right();
    }
    out.addAll(toList(rest));
    return out;
  }

  /** Leaves of a random split tree over a byte-range chunk, in order. */
  static <T> List<Source<T>> randomLeaves(Source<T> s, SplittableRandom rnd, long minBytes) {
    List<Source<T>> out = new ArrayList<>();
    randomLeaves(s, rnd, minBytes, out);
    return out;
  }

  private static <T> void randomLeaves(
      Source<T> s, SplittableRandom rnd, long minBytes, List<Source<T>> out) {
    FileChunk<T> c = (FileChunk<T>) s;
    long len = c.end() - c.start();
    if (len < 2 * minBytes) {
      out.add(s);
      return;
    }
    long at = c.start() + minBytes + rnd.nextLong(len - 2 * minBytes + 1);
    if (at <= c.start() || at >= c.end()) {
      out.add(s);
      return;
    }
    Split<T> sp = c.splitAtByte(at);
    randomLeaves(sp.left(), rnd, minBytes, out);
    randomLeaves(sp.right(), rnd, minBytes, out);
  }
}
