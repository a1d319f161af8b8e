package dev.parafold.spark;

import java.io.Serializable;

/**
 * The accumulator of one partition, keyed by the partition's index, as it travels from an executor
 * to the driver (or to the next level of a tree merge, where {@code index} is the group's).
 */
final class Partial<A> implements Serializable {
  private static final long serialVersionUID = 1L;

  final int index;
  final A acc;

  Partial(int index, A acc) {
    this.index = index;
    this.acc = acc;
  }
}
