package dev.parafold.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A seeded generator of test inputs. Every random choice of the kit goes through one, so a failing
 * case is replayed exactly from its seed: the kit prints {@code -Dparafold.seed=<seed>}, and with
 * that property set the first case of every check uses that seed.
 *
 * <p>Input lists are generated with sizes that hit the edge cases more often than uniform choice
 * would: empty, one element, and sizes around the chunk sizes the kit splits at (1, 2, 7).
 */
public final class Gen {
  /** Cases per check; {@code -Dparafold.trials=} overrides it. */
  public static final int DEFAULT_TRIALS = Integer.getInteger("parafold.trials", 100);

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final Long FIXED_SEED = Long.getLong("parafold.seed");

  private final long seed;
  private final SplittableRandom random;

  /** A generator for {@code seed}. */
  public Gen(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** The seed this generator started from. */
  public long seed() {
    return seed;
  }

  /**
   * Runs {@code body} for {@code trials} cases, each with a fresh generator. Seeds come from {@code
   * -Dparafold.seed} when set (case 0 is that seed exactly), otherwise from the clock. A failure is
   * rethrown with the case's seed and the replay command in its message.
   */
  public static void forAll(String what, int trials, Consumer<Gen> body) {
    long base = FIXED_SEED != null ? FIXED_SEED : System.nanoTime() * GOLDEN;
    int n =
        FIXED_SEED != null ? Math.min(trials, Integer.getInteger("parafold.trials", 1)) : trials;
    for (int i = 0; i < n; i++) {
      // Case seeds are mixed: seeds GOLDEN apart would give SplittableRandom streams that are the
      // same sequence shifted by one draw (GOLDEN is its gamma), so consecutive cases would
      // share almost all their random choices. Case 0 is the base itself, so replay is exact.
      long s = i == 0 ? base : mix64(base + i * GOLDEN);
      Gen gen = new Gen(s);
      try {
        body.accept(gen);
      } catch (AssertionError | RuntimeException e) {
        String msg =
            what
                + " failed for seed "
                + s
                + " (replay: -Dparafold.seed="
                + s
                + " -Dparafold.trials=1)\n"
                + e.getMessage();
        System.err.println("[parafold-kit] " + msg);
        AssertionError wrapped = new AssertionError(msg, e);
        throw wrapped;
      }
    }
  }

  /** The SplitMix64 finalizer: a bijection that scatters nearby seeds. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A uniform int in {@code [lo, hi]}. */
  public int intBetween(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  /** A uniform long in {@code [lo, hi]}. */
  public long longBetween(long lo, long hi) {
    return lo + random.nextLong(hi - lo + 1);
  }

  /** {@code true} with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A uniform double in {@code [0, 1)}. */
  public double unit() {
    return random.nextDouble();
  }

  /** A fresh random long (e.g. a seed for a chunk policy). */
  public long nextLong() {
    return random.nextLong();
  }

  /** One of {@code options}. */
  @SafeVarargs
  public final <X> X oneOf(X... options) {
    return options[random.nextInt(options.length)];
  }

  /** One of {@code options}. */
  public <X> X oneOf(List<X> options) {
    return options.get(random.nextInt(options.size()));
  }

  /**
   * An input size: often 0, 1, 2, 6-8 or 13-15 (around chunk sizes 1, 2, 7), otherwise up to {@code
   * max}.
   */
  public int size(int max) {
    switch (random.nextInt(8)) {
      case 0:
        return 0;
      case 1:
        return 1;
      case 2:
        return Math.min(max, intBetween(2, 3));
      case 3:
        return Math.min(max, intBetween(6, 8));
      case 4:
        return Math.min(max, intBetween(13, 15));
      default:
        return intBetween(0, max);
    }
  }

  /** A list of {@code size(max)} elements from {@code element}. */
  public <X> List<X> list(int max, Function<Gen, X> element) {
    int n = size(max);
    List<X> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(this));
    }
    return out;
  }

  /**
   * Small integers with many repeats and runs (so distinct, dedupe and partitionBy have work), and
   * nulls with probability {@code nulls}.
   */
  public Function<Gen, Integer> ints(double nulls) {
    int range = oneOf(2, 3, 10, 1000);
    return g -> g.chance(nulls) ? null : g.intBetween(0, range - 1);
  }

  /**
   * The smallest input that still fails: drops halves, then quarters, ... of {@code input} while
   * {@code fails} holds (the kit's shrinking).
   */
  public static <X> List<X> shrink(List<X> input, Predicate<List<X>> fails) {
    List<X> cur = input;
    int chunk = Math.max(1, cur.size() / 2);
    while (chunk >= 1 && !cur.isEmpty()) {
      boolean progressed = false;
      for (int from = 0; from < cur.size(); ) {
        List<X> candidate = new ArrayList<>(cur.subList(0, from));
        candidate.addAll(cur.subList(Math.min(cur.size(), from + chunk), cur.size()));
        boolean f;
        try {
          f = fails.test(candidate);
        } catch (RuntimeException | AssertionError e) {
          f = true;
        }
        if (f) {
          cur = candidate;
          progressed = true;
        } else {
          from += chunk;
        }
      }
      if (!progressed) {
        chunk /= 2;
      }
    }
    return cur;
  }

  @Override
  public String toString() {
    return "Gen(seed=" + seed + ")";
  }
}
