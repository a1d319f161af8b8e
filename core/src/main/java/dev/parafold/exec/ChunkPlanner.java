package dev.parafold.exec;

import dev.parafold.source.Source;
import dev.parafold.source.Split;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Works out the chunks of a fold the way {@link SplitNode} cuts them, without folding: the same
 * leaf size, sample, depth bound and split points (for sources that split where they choose, by
 * splitting a fresh view of them). Adaptive re-splitting of stolen chunks cannot be known before
 * the run; the description says where it applies.
 */
final class ChunkPlanner {
  private record Key(long n, int depth) {}

  /** Leaves counted at most when walking a source's own splits. */
  private static final long MAX_WALK = 1 << 16;

  private ChunkPlanner() {}

  static ChunkPlan plan(Source<?> source, FoldOptions options, int p) {
    ChunkPolicy policy = options.chunks();
    boolean capped = options.maxParallelism() > 0;
    if (source.batched()) {
      return batches(policy, source, p, capped);
    }
    if (!source.reusable()) {
      return new ChunkPlan(
          -1,
          false,
          policy
              + ": a single-pass source; it splits as far as its spliterator allows once the fold"
              + " opens it");
    }
    Source<?> open = source.open();
    if (open.batched()) {
      return batches(policy, open, p, capped);
    }
    String steals =
        policy.kind() == ChunkPolicy.Kind.AUTO && !capped && p > 1
            ? "; a chunk that another thread steals splits once more"
            : "";
    if (SplitRun.inlineBySize(policy, open, p, capped)) {
      return new ChunkPlan(
          1,
          true,
          policy + ": " + open.size() + " elements -> 1 chunk, folded inline (too small to split)");
    }
    long leaf = SplitRun.leafSize(policy, open, p, capped);
    if (open.sized()) {
      long n = open.size();
      if (policy.kind() == ChunkPolicy.Kind.AUTO && !capped) {
        long rest = n - SplitRun.SAMPLE;
        long count = 1 + sized(rest, leaf, 1, null, new HashMap<Key, Long>());
        return new ChunkPlan(
            count,
            true,
            policy
                + ": "
                + n
                + " elements -> "
                + count
                + " chunks: a timed sample of the last "
                + SplitRun.SAMPLE
                + ", then chunks of <= "
                + leaf
                + " (or the rest as 1 chunk if the sample says the whole folds in under "
                + SplitRun.INLINE_NANOS / 1000
                + " us)"
                + steals
                + "; a fold into a hash map or set (groupBy, countBy, toMap) cuts "
                + p
                + " chunks instead"
                + "; a fold that may stop early (limit, takeWhile, findFirst, anyMatch) instead"
                + " takes chunks of "
                + Sweep.FIRST
                + " doubling to "
                + Math.max(Sweep.FIRST, n / (64L * p))
                + " from the left, on "
                + p
                + " threads");
      }
      long count = sized(n, leaf, 0, policy.newRandom(), new HashMap<Key, Long>());
      String sweep =
          policy.kind() == ChunkPolicy.Kind.FIXED && n > 2L * Sweep.FIRST
              ? "; a fold that may stop early takes them from the left, on " + p + " threads"
              : "";
      return new ChunkPlan(
          count,
          true,
          policy + ": " + n + " elements -> " + count + " chunks of <= " + leaf + steals + sweep);
    }
    long[] budget = {MAX_WALK};
    long count = walk(open, policy, leaf, 0, budget);
    String counted = budget[0] < 0 ? "more than " + MAX_WALK : Long.toString(count);
    return new ChunkPlan(
        budget[0] < 0 ? -1 : count,
        false,
        policy
            + ": cut where "
            + open.describe()
            + " splits, down to about "
            + leaf
            + " elements (positions unknown right of the first chunk) -> "
            + counted
            + " chunks"
            + steals);
  }

  private static ChunkPlan batches(ChunkPolicy policy, Source<?> s, int p, boolean capped) {
    int inFlight = 2 * Math.max(1, (capped ? p : 2 * p) / 2);
    String each;
    switch (policy.kind()) {
      case AUTO:
        each =
            "one chunk per batch of "
                + SplitRun.FIRST_BATCH
                + ", "
                + 2 * SplitRun.FIRST_BATCH
                + ", ... doubling up to "
                + SplitRun.MAX_BATCH
                + " elements";
        break;
      case FIXED:
        each =
            "batches of "
                + SplitRun.FIRST_BATCH
                + ", "
                + 2 * SplitRun.FIRST_BATCH
                + ", ... doubling up to "
                + SplitRun.MAX_BATCH
                + " elements, each cut into chunks of <= "
                + policy.leafSize(SplitRun.MAX_BATCH, p);
        break;
      default:
        each = "seeded random batches, each cut at seeded random points";
    }
    return new ChunkPlan(
        -1,
        true,
        policy
            + ": size unknown ("
            + s.describe()
            + "), pulled on one thread at a time: "
            + each
            + "; at most "
            + inFlight
            + " batches in memory");
  }

  /** Leaves of the split tree of {@code n} elements, as {@code SplitNode.trySplit} cuts it. */
  private static long sized(
      long n, long leaf, int depth, SplittableRandom random, Map<Key, Long> memo) {
    if (depth >= ChunkPolicy.MAX_DEPTH || n <= leaf || n <= 1) {
      return 1;
    }
    if (random == null) {
      Key key = new Key(n, depth); // midpoint trees have at most two sizes per depth
      Long known = memo.get(key);
      if (known != null) {
        return known;
      }
      long half = n / 2;
      long c =
          sized(half, leaf, depth + 1, null, memo) + sized(n - half, leaf, depth + 1, null, memo);
      memo.put(key, c);
      return c;
    }
    long at = 1 + random.nextLong(n - 1);
    SplittableRandom right = random.split();
    return sized(at, leaf, depth + 1, random, memo) + sized(n - at, leaf, depth + 1, right, memo);
  }

  /** Leaves of a source that splits where it chooses, by splitting it (at most MAX_WALK). */
  private static long walk(Source<?> s, ChunkPolicy policy, long leaf, int depth, long[] budget) {
    if (budget[0] < 0) {
      return 0;
    }
    long exact = s.size();
    long n = exact >= 0 ? exact : s.estimateSize();
    Split<?> split = null;
    if (depth < ChunkPolicy.MAX_DEPTH && (n < 0 || n > leaf) && n != 0 && n != 1) {
      split = s.sized() ? s.splitAt(policy.splitPoint(exact, null)) : s.split();
    }
    if (split == null) {
      if (--budget[0] < 0) {
        return 0;
      }
      return 1;
    }
    return walk(split.left(), policy, leaf, depth + 1, budget)
        + walk(split.right(), policy, leaf, depth + 1, budget);
  }
}
