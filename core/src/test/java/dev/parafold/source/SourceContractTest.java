package dev.parafold.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.reduce.Reducer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The split contract of every built-in source (after OpenJDK's {@code SpliteratorTestHelper} and
 * Rayon's {@code producer_split_at.rs}): exhaustive {@code splitAt} triples for small sizes, sizes
 * that add up, each element exactly once and in encounter order, {@code split()} down to the end,
 * batches of unknown-size sources, and stop polling at least every {@link Stop#CHECK_INTERVAL}.
 */
final class SourceContractTest {

  /** A source kind: builds a fresh source over the elements {@code data}. */
  private record Kind(String name, Function<long[], Source<?>> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Data 0..n-1 scrambled but distinct, so that order mistakes show. */
  private static long[] data(int n) {
    long[] d = new long[n];
    for (int i = 0; i < n; i++) {
      d[i] = (i * 7919L) % 100_003L + 3;
    }
    return d;
  }

  private static List<Long> boxed(long[] d) {
    return LongStream.of(d).boxed().collect(Collectors.toList());
  }

  private static final List<Kind> SIZED =
      List.of(
          new Kind("array", d -> Sources.array(boxed(d).toArray(new Long[0]))),
          new Kind(
              "array slice",
              d -> {
                Long[] padded = new Long[d.length + 4];
                Arrays.fill(padded, -1L);
                System.arraycopy(boxed(d).toArray(new Long[0]), 0, padded, 2, d.length);
                return Sources.array(padded, 2, 2 + d.length);
              }),
          new Kind("longs", Sources::longs),
          new Kind("ints", d -> Sources.ints(LongStream.of(d).mapToInt(x -> (int) x).toArray())),
          new Kind("doubles", d -> Sources.doubles(LongStream.of(d).asDoubleStream().toArray())),
          new Kind("ArrayList", d -> Sources.iterable(new ArrayList<>(boxed(d))).open()),
          new Kind("vavr Vector", d -> Sources.vavr(io.vavr.collection.Vector.ofAll(boxed(d)))),
          new Kind("vavr Array", d -> Sources.vavr(io.vavr.collection.Array.ofAll(boxed(d)))));

  private static final List<Kind> SPLITTABLE =
      List.of(
          new Kind("LinkedList", d -> Sources.iterable(new LinkedList<>(boxed(d))).open()),
          new Kind("ArrayDeque", d -> Sources.iterable(new ArrayDeque<>(boxed(d))).open()),
          new Kind(
              "spliterator",
              d -> Sources.spliterator(Arrays.spliterator(boxed(d).toArray(new Long[0]))).open()),
          new Kind("stream", d -> Sources.stream(LongStream.of(d).boxed()).open()),
          new Kind(
              "filtered stream (unknown size)",
              d -> Sources.stream(LongStream.of(d).boxed().filter(x -> x >= 0)).open()),
          new Kind("vavr List", d -> Sources.vavr(io.vavr.collection.List.ofAll(boxed(d))).open()));

  private static final List<Kind> BATCHED =
      List.of(
          new Kind("iterator", d -> Sources.iterator(boxed(d).iterator()).open()),
          new Kind(
              "unknown-size spliterator",
              d ->
                  Sources.spliterator(Spliterators.spliteratorUnknownSize(boxed(d).iterator(), 0))
                      .open()));

  // ---- helpers ---------------------------------------------------------------------------------

  /** Folds {@code s} into a list of its elements as longs. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Long> elements(Source<?> s) {
    List<Object> out = new ArrayList<>();
    ((Source) s).reduce(new Collect(), out, Stop.NEVER);
    List<Long> longs = new ArrayList<>();
    for (Object o : out) {
      longs.add(((Number) o).longValue());
    }
    return longs;
  }

  /** A plain list-collecting reducer. */
  private static final class Collect implements Reducer<Object, List<Object>, List<Object>> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Object> init() {
      return new ArrayList<>();
    }

    @Override
    public List<Object> step(List<Object> acc, Object t) {
      acc.add(t);
      return acc;
    }

    @Override
    public List<Object> combine(List<Object> left, List<Object> right) {
      left.addAll(right);
      return left;
    }

    @Override
    public List<Object> complete(List<Object> acc) {
      return acc;
    }
  }

  /** Splits with {@code split()} until nothing splits (explicit stack), leaves in order. */
  private static List<Long> splitAll(Source<?> s, int[] leaves) {
    List<Long> out = new ArrayList<>();
    ArrayDeque<Source<?>> stack = new ArrayDeque<>();
    stack.push(s);
    int guard = 0;
    while (!stack.isEmpty()) {
      Source<?> top = stack.pop();
      long n = top.size(); // before split(): a spliterator's right half is the same, shrunk object
      Split<?> split = ++guard < 100_000 ? top.split() : null;
      if (split == null) {
        leaves[0]++;
        out.addAll(elements(top));
        continue;
      }
      if (n >= 0 && split.left().size() >= 0 && split.right().size() >= 0) {
        assertEquals(n, split.left().size() + split.right().size(), "sizes add up: " + top);
      }
      stack.push(split.right());
      stack.push(split.left());
    }
    return out;
  }

  // ---- sized sources ---------------------------------------------------------------------------

  @Test
  void splitAt_everyTriple_keepsEachElementOnceInOrder() {
    int checked = 0;
    for (Kind kind : SIZED) {
      for (int n = 0; n <= 9; n++) {
        long[] d = data(n);
        List<Long> expected = boxed(d);
        for (int i = 0; i <= n; i++) {
          for (int j = 0; j <= n; j++) {
            Source<?> s = kind.make().apply(d);
            assertTrue(s.sized(), kind + " is sized");
            assertEquals(n, s.size(), kind + " size");
            Split<?> top = s.splitAt(i);
            assertEquals(i, top.left().size(), kind + " left size");
            assertEquals(n - i, top.right().size(), kind + " right size");
            List<Long> got = new ArrayList<>();
            // split the half that contains j again at j (relative), Rayon's (i, j, k) triples
            if (j <= i) {
              Split<?> inner = top.left().splitAt(j);
              assertEquals(i, inner.left().size() + inner.right().size());
              got.addAll(elements(inner.left()));
              got.addAll(elements(inner.right()));
              got.addAll(elements(top.right()));
            } else {
              Split<?> inner = top.right().splitAt(j - i);
              assertEquals(n - i, inner.left().size() + inner.right().size());
              got.addAll(elements(top.left()));
              got.addAll(elements(inner.left()));
              got.addAll(elements(inner.right()));
            }
            assertEquals(expected, got, kind + " n=" + n + " i=" + i + " j=" + j);
            checked++;
          }
        }
      }
    }
    System.out.println("[SourceContractTest] sized split triples checked: " + checked);
  }

  @Test
  void splitAt_outOfRange_throws() {
    for (Kind kind : SIZED) {
      Source<?> s = kind.make().apply(data(5));
      assertThrows(IndexOutOfBoundsException.class, () -> s.splitAt(6), kind.name());
      assertThrows(IndexOutOfBoundsException.class, () -> s.splitAt(-1), kind.name());
    }
  }

  @Test
  void randomSplitTrees_ofSizedSources_keepEachElementOnceInOrder() {
    long seed = Long.getLong("parafold.seed", System.nanoTime());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 300; trial++) {
      Kind kind = SIZED.get(rnd.nextInt(SIZED.size()));
      int n = rnd.nextInt(3000);
      long[] d = data(n);
      List<Long> got = new ArrayList<>();
      ArrayDeque<Source<?>> stack = new ArrayDeque<>();
      stack.push(kind.make().apply(d));
      while (!stack.isEmpty()) {
        Source<?> s = stack.pop();
        long size = s.size();
        if (size >= 2 && rnd.nextInt(4) != 0) {
          Split<?> split = s.splitAt(1 + rnd.nextLong(size - 1));
          assertEquals(size, split.left().size() + split.right().size());
          stack.push(split.right());
          stack.push(split.left());
        } else {
          got.addAll(elements(s));
        }
      }
      assertEquals(boxed(d), got, "seed=" + seed + " trial=" + trial + " kind=" + kind);
    }
  }

  @Test
  void ranges_splitExactly_evenBeyondIntegerMaxValue() {
    for (long from : new long[] {0, -5, Long.MAX_VALUE - 20}) {
      for (int n = 0; n <= 9; n++) {
        for (int i = 0; i <= n; i++) {
          Split<Long> s = Sources.range(from, from + n).splitAt(i);
          List<Long> got = new ArrayList<>(elements(s.left()));
          got.addAll(elements(s.right()));
          assertEquals(
              LongStream.range(from, from + n).boxed().collect(Collectors.toList()),
              got,
              "range from " + from + " n=" + n + " at " + i);
        }
      }
    }
    long big = (1L << 31) + 1;
    Source<Long> r = Sources.range(0, big);
    assertEquals(big, r.size());
    Split<Long> half = r.splitAt(big / 2);
    assertEquals(big, half.left().size() + half.right().size());
    assertEquals(List.of(big / 2 - 1), elements(half.left().splitAt(big / 2 - 1).right()));
    assertThrows(IllegalArgumentException.class, () -> Sources.range(5, 4));
    assertThrows(IllegalArgumentException.class, () -> Sources.range(-1, Long.MAX_VALUE));
  }

  // ---- sources that split where they choose ----------------------------------------------------

  @Test
  void split_downToTheEnd_keepsEachElementOnceInOrder() {
    int checked = 0;
    for (Kind kind : SPLITTABLE) {
      for (int n : new int[] {0, 1, 2, 3, 5, 8, 17, 100, 1025, 5000}) {
        long[] d = data(n);
        int[] leaves = {0};
        Source<?> s = kind.make().apply(d);
        assertEquals(boxed(d), splitAll(s, leaves), kind + " n=" + n);
        checked++;
      }
    }
    for (Kind kind : SIZED) {
      for (int n : new int[] {0, 1, 2, 3, 5, 8, 17, 100}) {
        long[] d = data(n);
        int[] leaves = {0};
        assertEquals(boxed(d), splitAll(kind.make().apply(d), leaves), kind + " n=" + n);
        assertEquals(Math.max(1, n), leaves[0], kind + ": split() goes down to single elements");
        checked++;
      }
    }
    System.out.println("[SourceContractTest] split() trees checked: " + checked);
  }

  @Test
  void hashedAndSortedCollections_splitThroughTheirSpliterator() {
    TreeSet<Long> tree = new TreeSet<>(boxed(data(2000)));
    int[] leaves = {0};
    List<Long> got = splitAll(Sources.iterable(tree).open(), leaves);
    assertEquals(new ArrayList<>(tree), got);
    assertTrue(leaves[0] > 1, "a TreeSet splits");
  }

  // ---- batched sources -------------------------------------------------------------------------

  @Test
  void nextBatch_givesEveryElementOnceInOrder_andNullAfterTheEnd() {
    long seed = Long.getLong("parafold.seed", System.nanoTime());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (Kind kind : BATCHED) {
      for (int n : new int[] {0, 1, 2, 255, 256, 257, 3000, 70_000}) {
        long[] d = data(n);
        Source<?> s = kind.make().apply(d);
        assertTrue(s.batched(), kind + " is batched");
        assertEquals(-1, s.size(), kind + " has unknown size");
        assertNull(s.split(), kind + " does not split");
        List<Long> got = new ArrayList<>();
        while (true) {
          int max = 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 5000);
          Source<?> b = s.nextBatch(max);
          if (b == null) {
            break;
          }
          assertTrue(b.sized(), "a batch is sized");
          assertTrue(b.size() >= 1 && b.size() <= max, "batch size in [1, max]: " + b.size());
          got.addAll(elements(b));
        }
        assertNull(s.nextBatch(10), kind + ": still exhausted");
        assertEquals(boxed(d), got, kind + " n=" + n + " seed=" + seed);
      }
    }
  }

  @Test
  void singlePassSources_refuseASecondRun() {
    List<Long> list = boxed(data(10));
    Source<Long> it = Sources.iterator(list.iterator());
    it.open();
    assertThrows(IllegalStateException.class, it::open);
    Source<Long> st = Sources.stream(list.stream());
    st.open();
    assertThrows(IllegalStateException.class, st::open);
    Source<Long> sp = Sources.spliterator(list.spliterator());
    sp.open();
    assertThrows(IllegalStateException.class, sp::open);
    Source<Long> reusable = Sources.iterable(list);
    assertEquals(list, elements(reusable.open()));
    assertEquals(list, elements(reusable.open()), "an iterable re-runs");
  }

  // ---- stop polling ----------------------------------------------------------------------------

  @Test
  void reduce_pollsStop_atLeastEveryCheckInterval() {
    List<Kind> all = new ArrayList<>(SIZED);
    all.addAll(SPLITTABLE);
    all.addAll(BATCHED);
    for (Kind kind : all) {
      Source<?> s = kind.make().apply(data(10_000));
      List<Long> got = elementsUntil(s, () -> true);
      assertTrue(
          got.size() <= Stop.CHECK_INTERVAL,
          kind + ": folded " + got.size() + " elements after stop was requested");
      assertEquals(boxed(data(10_000)).subList(0, got.size()), got, kind + ": a prefix");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Long> elementsUntil(Source<?> s, Stop stop) {
    List<Object> out = new ArrayList<>();
    ((Source) s).reduce(new Collect(), out, stop);
    List<Long> longs = new ArrayList<>();
    for (Object o : out) {
      longs.add(((Number) o).longValue());
    }
    return longs;
  }
}
