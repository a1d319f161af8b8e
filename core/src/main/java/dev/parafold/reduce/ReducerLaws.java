package dev.parafold.reduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Checks that a reducer obeys the laws parallel folds rely on, for use in your own tests (or at run
 * time with {@code -Dparafold.checkLaws=true}). Given sample inputs, it checks:
 *
 * <ul>
 *   <li><b>identity</b>: {@code combine(init, fold(xs))} and {@code combine(fold(xs), init)} give
 *       the result of {@code fold(xs)};
 *   <li><b>associativity</b>: for every way to cut {@code xs} into three parts, {@code
 *       combine(combine(a, b), c)} and {@code combine(a, combine(b, c))} give the sequential
 *       result;
 *   <li><b>split trees</b>: random binary split trees, with chunks folded from their offsets and
 *       merged in order, give the sequential result.
 * </ul>
 *
 * <p>On failure it shrinks the input (dropping halves, then single elements, while the failure
 * persists) and throws an {@link AssertionError} naming the reducer, the law and the smallest input
 * found; for the subtraction below: {@code Reducers.of breaks a fold law (identity): combine(init,
 * fold(xs)) gave 1, expected -1; smallest input found: [1] (seed 24301)}.
 *
 * <pre>{@code
 * ReducerLaws.check(Reducers.count(), List.of(1, 2, 3));            // passes
 * ReducerLaws.check(Reducers.of(() -> new long[1],
 *     (a, x) -> { a[0] -= x; return a; }, (l, r) -> { l[0] -= r[0]; return l; }, a -> a[0]),
 *     List.of(1L, 2L, 3L));                                          // throws: not associative
 * }</pre>
 *
 * @since 0.1
 */
public final class ReducerLaws {
  private ReducerLaws() {}

  /**
   * Checks the laws on {@code sample} with 32 random split trees; throws on the first violation.
   */
  public static <T> void check(Reducer<? super T, ?, ?> reducer, List<? extends T> sample) {
    check(reducer, sample, 32, 0x5EED);
  }

  /** Checks the laws on {@code sample} with {@code trees} random split trees from {@code seed}. */
  public static <T> void check(
      Reducer<? super T, ?, ?> reducer, List<? extends T> sample, int trees, long seed) {
    Objects.requireNonNull(reducer, "reducer");
    Objects.requireNonNull(sample, "sample");
    List<T> input = new ArrayList<>(sample);
    String failure = violation(reducer, input, trees, seed);
    if (failure == null) {
      return;
    }
    List<T> smallest = shrink(reducer, input, trees, seed);
    String law = violation(reducer, smallest, trees, seed);
    String broken = law == null ? failure : law;
    int colon = broken.indexOf(": ");
    throw new AssertionError(
        reducer.describe()
            + " breaks a fold law ("
            + broken.substring(0, colon)
            + "): "
            + broken.substring(colon + 2)
            + "; smallest input found: "
            + smallest
            + " (seed "
            + seed
            + ")");
  }

  /**
   * The first law broken on {@code xs} as {@code "law: what happened"} (law one of {@code
   * identity}, {@code associativity}, {@code split trees}), or null.
   */
  public static <T> String violation(
      Reducer<? super T, ?, ?> reducer, List<? extends T> xs, int trees, long seed) {
    Objects.requireNonNull(reducer, "reducer");
    Objects.requireNonNull(xs, "xs");
    return new Checker<>(reducer).violation(xs, trees, seed);
  }

  private static <T> List<T> shrink(
      Reducer<? super T, ?, ?> reducer, List<T> input, int trees, long seed) {
    List<T> best = input;
    boolean progress = true;
    while (progress && best.size() > 1) {
      progress = false;
      int half = best.size() / 2;
      for (List<T> candidate : List.of(best.subList(0, half), best.subList(half, best.size()))) {
        if (violation(reducer, candidate, trees, seed) != null) {
          best = new ArrayList<>(candidate);
          progress = true;
          break;
        }
      }
      for (int i = 0; !progress && i < best.size(); i++) {
        List<T> candidate = new ArrayList<>(best);
        candidate.remove(i);
        if (violation(reducer, candidate, trees, seed) != null) {
          best = candidate;
          progress = true;
        }
      }
    }
    return best;
  }

  /** Captures the accumulator type. */
  private static final class Checker<T, A, R> {
    private final Reducer<T, A, R> r;

    @SuppressWarnings("unchecked")
    Checker(Reducer<? super T, ?, ?> reducer) {
      this.r = (Reducer<T, A, R>) reducer;
    }

    private A fold(List<? extends T> xs, int from, int to, long offset) {
      A acc = r.init(offset);
      for (int i = from; i < to && !r.isDone(acc); i++) {
        acc = r.step(acc, xs.get(i));
      }
      return acc;
    }

    private A merge(A left, A right) {
      return r.isDone(left) ? left : r.combine(left, right);
    }

    String violation(List<? extends T> xs, int trees, long seed) {
      int n = xs.size();
      R expected = r.complete(fold(xs, 0, n, 0));
      R viaLeftIdentity = r.complete(merge(r.init(0), fold(xs, 0, n, Reducer.UNKNOWN_OFFSET)));
      if (!Objects.equals(expected, viaLeftIdentity)) {
        return "identity: combine(init, fold(xs)) gave "
            + viaLeftIdentity
            + ", expected "
            + expected;
      }
      R viaRightIdentity = r.complete(merge(fold(xs, 0, n, 0), r.init(Reducer.UNKNOWN_OFFSET)));
      if (!Objects.equals(expected, viaRightIdentity)) {
        return "identity: combine(fold(xs), init) gave "
            + viaRightIdentity
            + ", expected "
            + expected;
      }
      for (int i = 0; i <= n; i++) {
        for (int j = i; j <= n; j++) {
          R leftFirst =
              r.complete(merge(merge(fold(xs, 0, i, 0), fold(xs, i, j, i)), fold(xs, j, n, j)));
          R rightFirst =
              r.complete(merge(fold(xs, 0, i, 0), merge(fold(xs, i, j, i), fold(xs, j, n, j))));
          if (!Objects.equals(expected, leftFirst) || !Objects.equals(expected, rightFirst)) {
            return "associativity: cutting at "
                + i
                + " and "
                + j
                + " gave "
                + leftFirst
                + " and "
                + rightFirst
                + ", expected "
                + expected;
          }
          if (n > 24 && j > i + 1) {
            break; // quadratic cuts only for small samples; trees cover the rest
          }
        }
      }
      SplittableRandom random = new SplittableRandom(seed);
      for (int t = 0; t < trees; t++) {
        boolean unknownOffsets = t % 2 == 1;
        R got = r.complete(tree(xs, 0, n, random.split(), unknownOffsets));
        if (!Objects.equals(expected, got)) {
          return "split trees: tree "
              + t
              + (unknownOffsets ? " (chunk offsets unknown)" : "")
              + " gave "
              + got
              + ", expected "
              + expected;
        }
      }
      return null;
    }

    private A tree(
        List<? extends T> xs, int from, int to, SplittableRandom random, boolean unknown) {
      if (to - from <= 1 || random.nextInt(4) == 0) {
        long offset = from == 0 ? 0 : unknown ? Reducer.UNKNOWN_OFFSET : from;
        return fold(xs, from, to, offset);
      }
      int mid = from + 1 + random.nextInt(to - from - 1);
      SplittableRandom right = random.split();
      A left = tree(xs, from, mid, random, unknown);
      if (r.isDone(left)) {
        return left;
      }
      return merge(left, tree(xs, mid, to, right, unknown));
    }
  }

  /** Adapts an element generator for {@link #check}: {@code n} elements from {@code seed}. */
  public static <T> List<T> sample(Function<SplittableRandom, ? extends T> gen, int n, long seed) {
    Objects.requireNonNull(gen, "gen");
    SplittableRandom random = new SplittableRandom(seed);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(gen.apply(random));
    }
    return out;
  }
}
