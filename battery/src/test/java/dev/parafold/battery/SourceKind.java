package dev.parafold.battery;

import dev.parafold.Fold;
import dev.parafold.files.TextFiles;
import dev.parafold.testkit.Gen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The source kinds of the battery. Each turns the case's data into a source of its kind and says
 * which list of elements (in encounter order) the source holds: sets drop duplicates and iterate in
 * their own order, and kinds that cannot hold null get -1 for it. Primitive sources are mapped back
 * to boxed Integers into the object pipeline.
 */
enum SourceKind {
  OBJECT_ARRAY(true),
  INT_ARRAY(false),
  LONG_ARRAY(false),
  DOUBLE_ARRAY(false),
  LONG_RANGE(false),
  ARRAY_LIST(true),
  LINKED_LIST(true),
  HASH_SET(true),
  TREE_SET(false),
  ITERATOR(true),
  SPLITERATOR(true),
  STREAM(true),
  VAVR_LIST(true),
  VAVR_VECTOR(true),
  TEXT_LINES(true);

  private final boolean nulls;

  SourceKind(boolean nulls) {
    this.nulls = nulls;
  }

  /**
   * A prepared source: the elements it holds and a factory of folds over it (single-use sources are
   * made afresh for each fold).
   */
  record Prepared(List<Object> input, Supplier<Fold<Object>> fold, String detail, Path file) {
    Prepared(List<Object> input, Supplier<Fold<Object>> fold, String detail) {
      this(input, fold, detail, null);
    }
  }

  Prepared prepare(List<Integer> data, Gen gen, Path dir) {
    List<Object> vals = new ArrayList<>(data.size());
    for (Integer x : data) {
      vals.add(x == null && !nulls ? Integer.valueOf(-1) : x);
    }
    int n = vals.size();
    switch (this) {
      case OBJECT_ARRAY:
        {
          Object[] a = vals.toArray();
          return new Prepared(vals, () -> Fold.from(a), "Object[" + n + "]");
        }
      case INT_ARRAY:
        {
          int[] a = new int[n];
          for (int i = 0; i < n; i++) {
            a[i] = (Integer) vals.get(i);
          }
          return new Prepared(
              vals, () -> Fold.from(a).<Object>mapToObj(x -> (int) x), "int[" + n + "]");
        }
      case LONG_ARRAY:
        {
          long[] a = new long[n];
          for (int i = 0; i < n; i++) {
            a[i] = (Integer) vals.get(i);
          }
          return new Prepared(
              vals, () -> Fold.from(a).<Object>mapToObj(x -> (int) x), "long[" + n + "]");
        }
      case DOUBLE_ARRAY:
        {
          double[] a = new double[n];
          for (int i = 0; i < n; i++) {
            a[i] = (Integer) vals.get(i);
          }
          return new Prepared(
              vals, () -> Fold.from(a).<Object>mapToObj(x -> (int) x), "double[" + n + "]");
        }
      case LONG_RANGE:
        {
          Object[] a = vals.toArray();
          long base = gen.longBetween(-1_000_000_000_000L, 1_000_000_000_000L);
          return new Prepared(
              vals,
              () -> Fold.range(base, base + n).<Object>mapToObj(i -> a[(int) (i - base)]),
              "range(" + base + ", +" + n + ")->a[i-base]");
        }
      case ARRAY_LIST:
        {
          Collection<Object> c = new ArrayList<>(vals);
          return new Prepared(vals, () -> Fold.from(c), "ArrayList(" + n + ")");
        }
      case LINKED_LIST:
        {
          Collection<Object> c = new LinkedList<>(vals);
          return new Prepared(vals, () -> Fold.from(c), "LinkedList(" + n + ")");
        }
      case HASH_SET:
        {
          Set<Object> s = new HashSet<>(vals);
          return new Prepared(
              new ArrayList<>(s),
              () -> Fold.from((Collection<Object>) s),
              "HashSet(" + s.size() + ")");
        }
      case TREE_SET:
        {
          Set<Object> s = new TreeSet<>(vals);
          return new Prepared(
              new ArrayList<>(s),
              () -> Fold.from((Collection<Object>) s),
              "TreeSet(" + s.size() + ")");
        }
      case ITERATOR:
        return new Prepared(
            vals, () -> Fold.<Object>from(vals.iterator()), "iterator(unknown size, " + n + ")");
      case SPLITERATOR:
        if (gen.chance(0.5)) {
          return new Prepared(
              vals, () -> Fold.from(vals.spliterator()), "ArrayList.spliterator(sized, " + n + ")");
        }
        return new Prepared(
            vals,
            () ->
                Fold.from(
                    Spliterators.spliteratorUnknownSize(vals.iterator(), Spliterator.ORDERED)),
            "spliteratorUnknownSize(" + n + ")");
      case STREAM:
        if (gen.chance(0.5)) {
          return new Prepared(
              vals, () -> Fold.from(vals.stream()), "ArrayList.stream(sized, " + n + ")");
        }
        return new Prepared(
            vals,
            () -> Fold.from(vals.stream().filter(x -> true)),
            "ArrayList.stream().filter(true)(unsized, " + n + ")");
      case VAVR_LIST:
        {
          io.vavr.collection.List<Object> l = io.vavr.collection.List.ofAll(vals);
          return new Prepared(vals, () -> Fold.from(l), "vavr List(" + n + ")");
        }
      case VAVR_VECTOR:
        {
          io.vavr.collection.Vector<Object> v = io.vavr.collection.Vector.ofAll(vals);
          return new Prepared(vals, () -> Fold.from(v), "vavr Vector(" + n + ")");
        }
      case TEXT_LINES:
        {
          List<String> lines = new ArrayList<>(n);
          for (Object x : vals) {
            lines.add(x == null ? "n" : x.toString());
          }
          Path file;
          try {
            file = Files.createTempFile(dir, "lines", ".txt");
            Files.write(file, lines, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          int chunkBytes = gen.oneOf(1, 2, 3, 8, 64, 4 << 20);
          return new Prepared(
              vals,
              () ->
                  Fold.from(TextFiles.lines(file).withChunkBytes(chunkBytes))
                      .<Object>map(s -> s.equals("n") ? null : Integer.valueOf(s)),
              "TextFiles.lines("
                  + file.getFileName()
                  + ", "
                  + n
                  + " lines, chunkBytes="
                  + chunkBytes
                  + ")");
        }
      default:
        throw new AssertionError(this);
    }
  }
}
