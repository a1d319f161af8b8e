package dev.parafold.source;

import java.util.Objects;

/**
 * The index range {@code [from, to)} of an indexed container (an array, a list, a char sequence),
 * sized and split at any index. Only the size and the split are shared: each subclass keeps its own
 * {@code reduce} loop, so that every loop keeps its own type profile (and its own hidden-class copy
 * under {@code Specializer}, which reaches this class's fields through reflection).
 *
 * @param <T> element type
 */
abstract class SliceSource<T> implements Source<T> {
  /** First index of the slice. */
  final int from;

  /** One past the last index of the slice. */
  final int to;

  SliceSource(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The same container's slice {@code [from, to)}; written in the subclass, so that a hidden-class
   * copy's halves are copies too. Overrides keep this return type: a covariant one would name the
   * original class in the copy's method descriptor, and the copy would fail verification.
   */
  abstract SliceSource<T> slice(int from, int to);

  @Override
  public final long size() {
    return to - from;
  }

  @Override
  public final Split<T> splitAt(long leftSize) {
    Objects.checkIndex(leftSize, size() + 1);
    int mid = from + (int) leftSize;
    return new Split<>(slice(from, mid), slice(mid, to));
  }
}
