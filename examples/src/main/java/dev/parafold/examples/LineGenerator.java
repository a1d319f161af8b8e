package dev.parafold.examples;

/** An endless, seeded supply of sample lines (without terminators) for {@code generate}. */
interface LineGenerator {
  /** The next line. */
  String next();

  /** A header line written first, or {@code null}. */
  default String header() {
    return null;
  }

  /** Whether the line last returned was made malformed on purpose. */
  default boolean lastMalformed() {
    return false;
  }
}
