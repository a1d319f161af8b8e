package dev.parafold.spark;

import java.io.Serializable;

/**
 * The accumulator of one partition, keyed by the partition's index, as it travels from an executor
 * to the driver (or to the next level of a tree merge, where {@code index} is the group's); or the
 * exception that the partition's fold threw on its last allowed attempt, so that the driver can end
 * the fold with the failure the sequential fold would reach (see OrderedMerge).
 */
final class Partial<A> implements Serializable {
  private static final long serialVersionUID = 1L;

  final int index;
  final A acc;
  final Throwable failure; // null unless the fold of this partition threw

  Partial(int index, A acc) {
    this.index = index;
    this.acc = acc;
    this.failure = null;
  }

  private Partial(int index, Throwable failure) {
    this.index = index;
    this.acc = null;
    this.failure = failure;
  }

  static <A> Partial<A> failed(int index, Throwable failure) {
    return new Partial<>(index, failure);
  }
}
