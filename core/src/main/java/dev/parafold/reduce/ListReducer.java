package dev.parafold.reduce;

import dev.parafold.fn.Fn;

/**
 * Collects elements in encounter order into a {@link ChunkedList} and turns it into the result at
 * {@code complete}: {@code toList} (an {@code ArrayList}) and {@code toVector}. No element is
 * copied before {@code complete}; the list cap ({@link ListCap}) is checked on {@code long} sizes.
 *
 * @param <R> result type
 */
final class ListReducer<R> extends MergingReducer<Object, ChunkedList<Object>, R> {
  private static final long serialVersionUID = 1L;
  static final ListReducer<java.util.List<Object>> TO_LIST =
      new ListReducer<>("toList", ChunkedList::toArrayList);
  static final ListReducer<io.vavr.collection.Vector<Object>> TO_VECTOR =
      new ListReducer<>("toVector", io.vavr.collection.Vector::ofAll);

  private final String name;

  ListReducer(String name, Fn<ChunkedList<Object>, R> finish) {
    super(name, ChunkedList::new, (l, r) -> l.append(r, name), finish);
    this.name = name;
  }

  @Override
  public ChunkedList<Object> step(ChunkedList<Object> acc, Object t) {
    acc.add(t, name);
    return acc;
  }
}
