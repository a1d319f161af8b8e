package dev.parafold.reduce;

import java.io.Serializable;

/**
 * {@code joining}: the string forms of the elements with a separator between them (placed only
 * between elements, also across chunks), a prefix and a suffix.
 */
final class Joining implements Serializable {
  private static final long serialVersionUID = 1L;
  final StringBuilder sb = new StringBuilder();
  boolean any;

  /** {@code Reducers.joining(separator, prefix, suffix)}. */
  static <T> Reducer<T, ?, String> reducer(String separator, String prefix, String suffix) {
    return new FnReducer<T, Joining, String>(
        "joining",
        Joining::new,
        (a, t) -> a.add(String.valueOf(t), separator),
        (l, r) -> l.merge(r, separator),
        a -> prefix + a.sb + suffix);
  }

  Joining add(String s, String sep) {
    if (any) {
      sb.append(sep);
    }
    sb.append(s);
    any = true;
    return this;
  }

  Joining merge(Joining r, String sep) {
    if (!r.any) {
      return this;
    }
    if (any) {
      sb.append(sep);
    }
    sb.append(r.sb);
    any = true;
    return this;
  }
}
