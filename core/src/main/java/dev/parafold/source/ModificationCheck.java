package dev.parafold.source;

import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.List;

/**
 * Tells whether a collection was changed since a fold over it began, using the collection's own
 * fail-fast machinery where it has one. Made once per fold run and shared by its chunks.
 *
 * <p>For a {@link List} it holds an empty {@code subList} view taken when the fold began: the JDK's
 * lists ({@code ArrayList}, {@code LinkedList}, every {@code AbstractList}, and their synchronized
 * and unmodifiable wrappers) record the list's modification count in the view and check it in the
 * view's {@code size()}, so any structural change is seen, also one that keeps the size (a
 * rotation, {@code l.add(l.remove(0))}). That is the check {@code ArrayList}'s own iterators and
 * spliterators make, read without reflection. For every collection the size is compared as well,
 * which covers collections without a modification count.
 *
 * <p>A check is two field reads for an {@code ArrayList}; sources call it every {@link
 * Stop#CHECK_INTERVAL} elements and at the end of each chunk.
 */
final class ModificationCheck {
  private final Collection<?> collection;
  private final int expectedSize;
  private final List<?> view;

  private ModificationCheck(Collection<?> collection) {
    this.collection = collection;
    this.expectedSize = collection.size();
    this.view = emptyView(collection, expectedSize);
  }

  /** Starts watching {@code collection} from its current state. */
  static ModificationCheck of(Collection<?> collection) {
    return new ModificationCheck(collection);
  }

  private static List<?> emptyView(Collection<?> c, int size) {
    if (!(c instanceof List)) {
      return null;
    }
    try {
      return ((List<?>) c).subList(size, size);
    } catch (RuntimeException e) {
      return null; // a list without sub-lists: the size comparison still runs
    }
  }

  /** The size the fold began with. */
  int expectedSize() {
    return expectedSize;
  }

  /**
   * Throws a {@link ConcurrentModificationException} naming {@code source} and where the change was
   * seen if the collection changed since the fold began.
   */
  void check(Source<?> source, long at) {
    if (view != null) {
      try {
        view.size();
      } catch (ConcurrentModificationException e) {
        throw modified(source, at, e);
      }
    }
    if (collection.size() != expectedSize) {
      throw modified(source, at, null);
    }
  }

  /** True if the collection changed since the fold began; never throws. */
  boolean changed() {
    if (view != null) {
      try {
        view.size();
      } catch (ConcurrentModificationException e) {
        return true;
      }
    }
    return collection.size() != expectedSize;
  }

  /** The exception for a change seen at element {@code at} (or {@code -1}: position unknown). */
  ConcurrentModificationException modified(Source<?> source, long at, Throwable cause) {
    int now = collection.size();
    String change =
        now == expectedSize
            ? "was modified during the fold (its size stayed " + expectedSize + ")"
            : "was modified during the fold (its size went from "
                + expectedSize
                + " to "
                + now
                + ")";
    ConcurrentModificationException e =
        new ConcurrentModificationException(
            source.describe()
                + ": the "
                + (collection instanceof List ? "list " : "collection ")
                + change
                + (at >= 0 ? ", seen at element " + at : "")
                + "; fold a copy, or do not change it until the fold returns");
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
