package dev.parafold.reduce;

import java.io.Serializable;
import java.util.Locale;

/**
 * An optional cap on the entries that a stateful operation ({@code distinct}, {@code distinctBy},
 * {@code distinctLongs}, {@code groupBy}, {@code countBy}, {@code sorted}, {@code toSortedList})
 * holds, so that an input with too many keys fails with a clear {@link
 * StateBudgetExceededException} naming the operation instead of running out of memory.
 *
 * <pre>{@code
 * List<Integer> r = Fold.of(1, 2, 1, 3).distinct(StateBudget.entries(3)).toList(); // [1, 2, 3]
 * }</pre>
 *
 * <p>What counts as an entry: a key of {@code distinct}, {@code distinctBy}, {@code distinctLongs},
 * {@code groupBy} and {@code countBy} (the seen set, the candidates of a chunk, the groups), an
 * element held by {@code sorted} and {@code toSortedList}.
 *
 * <p>Semantics: no single accumulator (a chunk's, or one merged from several chunks) holds more
 * than {@code max} entries. The check is exact: the operation fails when an accumulator would hold
 * entry {@code max + 1}, both when a step adds it and when {@code combine} merges two accumulators
 * into one that would hold more than {@code max}. With {@code k} chunks in flight, memory is
 * therefore bounded by about {@code k x max} entries (plus the merged accumulator), not by {@code
 * max}. The exception is thrown from {@code step} or {@code combine}, so the engine ends the fold
 * with it like with any failure: the caller gets that same instance.
 *
 * @since 0.1
 */
public final class StateBudget implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final StateBudget UNLIMITED = new StateBudget(Long.MAX_VALUE);

  private final long max;

  private StateBudget(long max) {
    this.max = max;
  }

  /**
   * At most {@code max} entries per accumulator; {@code max >= 0}.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public static StateBudget entries(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("StateBudget.entries: max must be >= 0, was " + max);
    }
    return max == Long.MAX_VALUE ? UNLIMITED : new StateBudget(max);
  }

  /** No cap: what the factories without a budget use. */
  public static StateBudget unlimited() {
    return UNLIMITED;
  }

  /** The cap on entries per accumulator ({@code Long.MAX_VALUE} when unlimited). */
  public long maxEntries() {
    return max;
  }

  /** Whether this budget has no cap. */
  public boolean isUnlimited() {
    return max == Long.MAX_VALUE;
  }

  /**
   * Throws {@link StateBudgetExceededException} naming {@code operation} if an accumulator holding
   * {@code entries} entries breaks this budget. For authors of stateful stages: call it whenever an
   * accumulator grows (a step adds a key, {@code combine} merges two).
   *
   * @param operation the operation's name, e.g. {@code "distinctBy"}
   * @param entries the entries the accumulator holds (or would hold after a merge)
   * @throws StateBudgetExceededException if {@code entries > maxEntries()}
   */
  public void check(String operation, long entries) {
    if (entries > max) {
      throw exceeded(operation, "reduce the key space");
    }
  }

  /** {@link #check(String, long)} with the advice for operations that hold elements. */
  void checkElements(String operation, long entries) {
    if (entries > max) {
      throw exceeded(operation, "reduce the input (filter or limit it first)");
    }
  }

  private StateBudgetExceededException exceeded(String operation, String advice) {
    return new StateBudgetExceededException(
        operation,
        this,
        String.format(
            Locale.ROOT,
            "%s holds more than %,d entries in one accumulator (budget %s); raise the budget or %s",
            operation,
            max,
            this,
            advice));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateBudget && ((StateBudget) o).max == max;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(max);
  }

  /** {@code StateBudget.entries(1000)} or {@code StateBudget.unlimited()}. */
  @Override
  public String toString() {
    return isUnlimited() ? "StateBudget.unlimited()" : "StateBudget.entries(" + max + ")";
  }
}
