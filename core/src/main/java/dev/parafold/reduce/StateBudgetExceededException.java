package dev.parafold.reduce;

/**
 * A stateful operation held more entries in one accumulator than its {@link StateBudget} allows.
 * The message names the operation, the budget and what to do, e.g. {@code "distinctBy holds more
 * than 1,000,000 entries in one accumulator (budget StateBudget.entries(1000000)); raise the budget
 * or reduce the key space"}.
 *
 * @since 0.1
 */
public class StateBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The operation that broke its budget. */
  private final String operation;

  /** The budget it broke. */
  private final StateBudget budget;

  /**
   * An exception for {@code operation} breaking {@code budget}.
   *
   * @param operation the operation's name, e.g. {@code "distinct"}
   * @param budget the budget it broke
   * @param message the full message
   */
  public StateBudgetExceededException(String operation, StateBudget budget, String message) {
    super(message);
    this.operation = operation;
    this.budget = budget;
  }

  /** The operation that broke its budget, e.g. {@code "groupBy"}. */
  public String operation() {
    return operation;
  }

  /** The budget it broke. */
  public StateBudget budget() {
    return budget;
  }
}
