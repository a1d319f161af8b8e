package dev.parafold.reduce;

import java.io.Serializable;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The accumulator of the list-collecting reducers: elements in a list of segments, so that neither
 * {@code step} nor {@code combine} ever copies an element. A chunk fills segments of 16, 32, 64,
 * ... elements up to {@link #MAX_SEGMENT}; {@code combine} appends the right side's segments to the
 * left's (a few references per chunk); the elements are copied once at {@code complete}, by {@link
 * #toArrayList()} or through {@link #iterator()}.
 *
 * @implNote Segments stop growing at 65,536 references (256 KB with compressed references): G1
 *     allocates every object of half a region or more (0.5 MB with 1 MB regions) as a humongous
 *     object, and a growing {@code ArrayList} that allocates several of them per list makes
 *     collecting 2 to 4 times slower. Only the final array of a large result is that big.
 * @param <T> element type
 */
final class ChunkedList<T> implements Serializable, Iterable<T> {
  private static final long serialVersionUID = 1L;

  /** The largest segment, in elements. */
  static final int MAX_SEGMENT = 1 << 16;

  private static final int FIRST_SEGMENT = 16;
  private static final Object[] NONE = {};

  /** Sealed segments and how many elements each holds, in encounter order. */
  private Object[][] segments = new Object[4][];

  private int[] lengths = new int[4];
  private int sealed;

  /** The open segment that {@link #add} appends to. */
  private Object[] tail = NONE;

  private int tailLength;

  /** All elements, sealed and open. A {@code long}, so sums past the list cap are seen. */
  long size;

  /** Appends {@code t}; {@code operation} names the reducer if the list cap is reached. */
  void add(T t, String operation) {
    if (tailLength == tail.length) {
      grow(operation);
    }
    tail[tailLength++] = t;
    size++;
  }

  private void grow(String operation) {
    long room = ListCap.MAX - size;
    if (room <= 0) {
      throw ListCap.tooMany(operation, size + 1);
    }
    int next =
        (int) Math.min(Math.min(Math.max(FIRST_SEGMENT, 2L * tail.length), MAX_SEGMENT), room);
    seal();
    tail = new Object[next];
  }

  private void seal() {
    if (tailLength == 0) {
      return;
    }
    if (sealed == segments.length) {
      segments = Arrays.copyOf(segments, sealed * 2);
      lengths = Arrays.copyOf(lengths, sealed * 2);
    }
    segments[sealed] = tail;
    lengths[sealed++] = tailLength;
    tail = NONE;
    tailLength = 0;
  }

  /**
   * Appends {@code right}'s elements after this list's, without copying them, and returns this
   * list. {@code right} must not be used afterwards.
   */
  ChunkedList<T> append(ChunkedList<T> right, String operation) {
    ListCap.check(operation, size + right.size);
    if (right.size == 0) {
      return this;
    }
    if (size == 0) {
      return right;
    }
    seal();
    for (int i = 0; i < right.sealed; i++) {
      if (sealed == segments.length) {
        segments = Arrays.copyOf(segments, sealed * 2);
        lengths = Arrays.copyOf(lengths, sealed * 2);
      }
      segments[sealed] = right.segments[i];
      lengths[sealed++] = right.lengths[i];
    }
    tail = right.tail; // steps that follow append after the right side's elements
    tailLength = right.tailLength;
    size += right.size;
    return this;
  }

  /** The elements in a new {@code ArrayList} of exactly their number: the one copy. */
  @SuppressWarnings("unchecked")
  ArrayList<T> toArrayList() {
    ArrayList<T> out = new ArrayList<>((int) size);
    for (int i = 0; i < sealed; i++) {
      out.addAll((Segment<T>) new Segment<>(segments[i], lengths[i]));
    }
    out.addAll((Segment<T>) new Segment<>(tail, tailLength));
    return out;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<T>() {
      private int segment;
      private int index;

      @Override
      public boolean hasNext() {
        while (segment < sealed && index == lengths[segment]) {
          segment++;
          index = 0;
        }
        return segment < sealed || index < tailLength;
      }

      @Override
      @SuppressWarnings("unchecked")
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return (T) (segment < sealed ? segments[segment] : tail)[index++];
      }
    };
  }

  /**
   * One segment as a collection whose {@code toArray} is the segment itself when it is full: {@code
   * ArrayList.addAll} copies that array into its own and keeps no reference, so a full segment is
   * copied once.
   */
  private static final class Segment<T> extends AbstractCollection<T> {
    private final Object[] elements;
    private final int length;

    Segment(Object[] elements, int length) {
      this.elements = elements;
      this.length = length;
    }

    @Override
    public Object[] toArray() {
      return length == elements.length ? elements : Arrays.copyOf(elements, length);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<T> iterator() {
      return (Iterator<T>) Arrays.asList(elements).subList(0, length).iterator();
    }

    @Override
    public int size() {
      return length;
    }
  }
}
