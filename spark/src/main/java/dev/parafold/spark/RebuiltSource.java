package dev.parafold.spark;

import dev.parafold.fn.Fn0;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/*
 * A source shipped as a recipe. The driver builds the source from the recipe, opens it and splits
 * it (Source.split, left half first) until there are n pieces; each part records its piece's path
 * from the root ("LRL": left, right, left). An executor builds the source again from the same
 * recipe, opens it and follows the path, so it reads exactly its piece: the same byte ranges of
 * the same files, with the source's own rules for records that cross a cut (a CSV record belongs
 * to the chunk holding its first byte). This needs a recipe whose open() and split() give the same
 * pieces on every JVM, which holds for files that do not change during the fold.
 *
 * The parts of one fold share a run id. Each executor JVM keeps the opened root of the last few
 * runs, so the partitions of a fold that land on one executor share one opened source, as the
 * chunks of a local fold do: a file source's prefix index (line and quote counts before a chunk)
 * is then counted once per file and executor instead of once per partition.
 */
final class RebuiltSource<T> implements PartitionedSource<T> {
  private static final long serialVersionUID = 1L;

  private final Fn0<? extends Source<T>> recipe;

  RebuiltSource(Fn0<? extends Source<T>> recipe) {
    this.recipe = Objects.requireNonNull(recipe, "recipe");
  }

  private Source<T> build() {
    return Objects.requireNonNull(recipe.get(), "the recipe returned null");
  }

  @Override
  public List<SourcePart<T>> parts(int n) {
    Source<T> root = build();
    if (!root.reusable() || root.batched()) {
      throw new IllegalArgumentException(
          root.describe()
              + " is single-pass, so executors cannot rebuild and split it; use a re-runnable"
              + " source (files, ranges) in the recipe");
    }
    Source<T> opened = root.open();
    List<Piece<T>> pieces = new ArrayList<>();
    pieces.add(new Piece<>(opened, "", 0));
    boolean splitAny = true;
    while (pieces.size() < n && splitAny) {
      splitAny = false;
      List<Piece<T>> next = new ArrayList<>(pieces.size() * 2);
      for (int i = 0; i < pieces.size(); i++) {
        Piece<T> p = pieces.get(i);
        Split<T> s = next.size() + (pieces.size() - i) < n ? p.source.split() : null;
        if (s == null) {
          next.add(p);
          continue;
        }
        splitAny = true;
        long leftSize = s.left().size();
        long rightOffset =
            p.offset == Reducer.UNKNOWN_OFFSET || leftSize < 0
                ? Reducer.UNKNOWN_OFFSET
                : p.offset + leftSize;
        next.add(new Piece<>(s.left(), p.path + "L", p.offset));
        next.add(new Piece<>(s.right(), p.path + "R", rightOffset));
      }
      pieces = next;
    }
    String run = UUID.randomUUID().toString();
    List<SourcePart<T>> parts = new ArrayList<>(pieces.size());
    for (Piece<T> p : pieces) {
      parts.add(new Part<>(recipe, run, p.path, p.offset, p.source.size(), p.source.describe()));
    }
    return parts;
  }

  @Override
  public boolean exactOffsets() {
    return build().sized();
  }

  @Override
  public long size() {
    return build().size();
  }

  @Override
  public long estimateSize() {
    return build().estimateSize();
  }

  @Override
  public Source<T> open() {
    return build().open();
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    return build().reduce(r, acc, stop);
  }

  @Override
  public String describe() {
    return build().describe() + ", rebuilt on each executor from a serializable recipe";
  }

  private static final class Piece<T> {
    final Source<T> source;
    final String path;
    final long offset;

    Piece(Source<T> source, String path, long offset) {
      this.source = source;
      this.path = path;
      this.offset = offset;
    }
  }

  // ---- one shipped part ---------------------------------------------------------------------

  /** Opened roots of recent runs in this JVM, by run id (a few: folds run one after another). */
  private static final Map<String, Source<?>> OPENED =
      new LinkedHashMap<String, Source<?>>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Source<?>> eldest) {
          return size() > 8;
        }
      };

  private static final class Part<T> implements SourcePart<T> {
    private static final long serialVersionUID = 1L;
    private final Fn0<? extends Source<T>> recipe;
    private final String run;
    private final String path;
    private final long offset;
    private final long size;
    private final String description;

    Part(
        Fn0<? extends Source<T>> recipe,
        String run,
        String path,
        long offset,
        long size,
        String description) {
      this.recipe = recipe;
      this.run = run;
      this.path = path;
      this.offset = offset;
      this.size = size;
      this.description = description;
    }

    @Override
    public long offset() {
      return offset;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Source<T> open() {
      Source<T> s;
      synchronized (OPENED) {
        s = (Source<T>) OPENED.get(run);
      }
      if (s == null) {
        s = recipe.get().open(); // outside the lock: opening reads file sizes and headers
        synchronized (OPENED) {
          Source<T> raced = (Source<T>) OPENED.putIfAbsent(run, s);
          if (raced != null) {
            s = raced;
          }
        }
      }
      for (int i = 0; i < path.length(); i++) {
        Split<T> split = s.split();
        if (split == null) {
          throw new IllegalStateException(
              "the source rebuilt on this executor does not split as it did on the driver (at '"
                  + path.substring(0, i)
                  + "' of '"
                  + path
                  + "'): did its files change during the fold? "
                  + description);
        }
        s = path.charAt(i) == 'L' ? split.left() : split.right();
      }
      return s;
    }

    @Override
    public String describe() {
      return description + " (split path '" + path + "')";
    }
  }
}
