package dev.parafold.exec;

/**
 * The chunks a fold would run, as {@link SplitDriver#plan} works them out before anything is
 * folded: for {@code explain()} and for checking that explain says what the fold then does.
 *
 * @param chunks how many chunks the fold runs, or -1 when it cannot be known before the run (a
 *     source of unknown size pulled in batches, a single-pass source)
 * @param exactOffsets whether every chunk knows the position of its first element
 * @param description one line: the policy, the input and how it is cut
 * @since 0.2
 */
public record ChunkPlan(long chunks, boolean exactOffsets, String description) {
  @Override
  public String toString() {
    return description;
  }
}
