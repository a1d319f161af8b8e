package dev.parafold.exec;

import java.util.SplittableRandom;

/**
 * How a fold splits its source into chunks.
 *
 * <ul>
 *   <li>{@link #auto()}: leaves of about {@code n / (4 x parallelism)} elements, split further
 *       where work is stolen (Rayon's adaptive splitting), and small cheap inputs folded inline.
 *   <li>{@link #fixed(long)}: split at midpoints until chunks hold at most {@code n} elements. The
 *       split and combine tree depends only on the input size and {@code n}, never on timing or
 *       core count, so floating-point results are bit-identical on any number of cores.
 *   <li>{@link #deterministic()}: {@code fixed(4096)}.
 *   <li>{@link #random(long, long)}: split at seeded random points (for tests of combine laws).
 * </ul>
 *
 * @since 0.1
 */
public final class ChunkPolicy {
  /** The kind of policy. */
  public enum Kind {
    /** Size-based with adaptive re-splitting. */
    AUTO,
    /** Midpoint splits down to a fixed leaf size; deterministic. */
    FIXED,
    /** Seeded random split points; deterministic for a seed. */
    RANDOM
  }

  private static final ChunkPolicy AUTO = new ChunkPolicy(Kind.AUTO, 0, 0);

  /** Split depth bound: a degenerate split tree becomes a big leaf, never a stack overflow. */
  public static final int MAX_DEPTH = 48;

  private final Kind kind;
  private final long leafSize;
  private final long seed;

  private ChunkPolicy(Kind kind, long leafSize, long seed) {
    this.kind = kind;
    this.leafSize = leafSize;
    this.seed = seed;
  }

  /** The default: about {@code n / (4 x parallelism)} per chunk, adaptive. */
  public static ChunkPolicy auto() {
    return AUTO;
  }

  /** Chunks of at most {@code leafSize} elements, split at midpoints; deterministic. */
  public static ChunkPolicy fixed(long leafSize) {
    if (leafSize < 1) {
      throw new IllegalArgumentException("leafSize must be >= 1, was " + leafSize);
    }
    return new ChunkPolicy(Kind.FIXED, leafSize, 0);
  }

  /** {@code fixed(4096)}: a split tree that depends only on the input size. */
  public static ChunkPolicy deterministic() {
    return fixed(4096);
  }

  /** Splits at seeded random points down to at most {@code maxLeaf} elements per chunk. */
  public static ChunkPolicy random(long seed, long maxLeaf) {
    if (maxLeaf < 1) {
      throw new IllegalArgumentException("maxLeaf must be >= 1, was " + maxLeaf);
    }
    return new ChunkPolicy(Kind.RANDOM, maxLeaf, seed);
  }

  /** The kind of policy. */
  public Kind kind() {
    return kind;
  }

  /** Whether the split tree depends only on the input (never on timing or core count). */
  public boolean isDeterministic() {
    return kind != Kind.AUTO;
  }

  /**
   * The target leaf size for {@code n} elements at {@code parallelism}; for {@code AUTO} about
   * {@code n / (4p)}, at least 1.
   */
  public long leafSize(long n, int parallelism) {
    if (kind != Kind.AUTO) {
      return leafSize;
    }
    long target = n / (4L * Math.max(1, parallelism));
    return Math.max(1, target);
  }

  /** The size of the left part when splitting {@code n} elements (FIXED/AUTO: the midpoint). */
  public long splitPoint(long n, SplittableRandom random) {
    if (kind == Kind.RANDOM && random != null) {
      return 1 + random.nextLong(n - 1);
    }
    return n / 2;
  }

  /** A random generator for split points, or null when splits are at midpoints. */
  public SplittableRandom newRandom() {
    return kind == Kind.RANDOM ? new SplittableRandom(seed) : null;
  }

  @Override
  public String toString() {
    switch (kind) {
      case AUTO:
        return "auto(n/(4p), adaptive)";
      case FIXED:
        return "fixed(" + leafSize + ")";
      default:
        return "random(seed=" + seed + ", maxLeaf=" + leafSize + ")";
    }
  }
}
