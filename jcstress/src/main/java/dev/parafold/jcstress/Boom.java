package dev.parafold.jcstress;

/** A cheap failure: no stack trace, suppression enabled. */
final class Boom extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Boom() {
    super("boom", null, true, false);
  }
}
