package dev.parafold.reduce;

import java.util.ArrayList;
import java.util.Objects;

/**
 * Several reducers over the same elements in one pass ({@code tee}, {@code teeing}, {@code
 * teeAll}): each gets the chunk's offset and its own accumulator; a done one is neither stepped nor
 * combined with its right; the tee is done when all are.
 */
final class TeeReducer<T> implements Reducer<T, Object[], Object[]>, Offsets.Wrapper {
  private static final long serialVersionUID = 1L;
  private final java.util.List<Reducer<? super T, Object, ?>> rs;
  private final boolean mayStop;

  @SuppressWarnings("unchecked")
  TeeReducer(java.util.List<? extends Reducer<? super T, ?, ?>> reducers) {
    java.util.List<Reducer<? super T, Object, ?>> copy = new ArrayList<>();
    boolean stop = true;
    for (Reducer<? super T, ?, ?> r : reducers) {
      copy.add((Reducer<? super T, Object, ?>) Objects.requireNonNull(r, "reducer"));
      stop &= r.mayStop();
    }
    this.rs = java.util.List.copyOf(copy);
    this.mayStop = stop && !rs.isEmpty();
  }

  @Override
  public Object[] init() {
    return init(0);
  }

  @Override
  public Object[] init(long offset) {
    Object[] a = new Object[rs.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = rs.get(i).init(offset);
    }
    return a;
  }

  @Override
  public Object[] step(Object[] acc, T t) {
    for (int i = 0; i < acc.length; i++) {
      Reducer<? super T, Object, ?> r = rs.get(i);
      if (!r.isDone(acc[i])) {
        acc[i] = r.step(acc[i], t);
      }
    }
    return acc;
  }

  @Override
  public Object[] combine(Object[] left, Object[] right) {
    for (int i = 0; i < left.length; i++) {
      Reducer<? super T, Object, ?> r = rs.get(i);
      if (!r.isDone(left[i])) {
        left[i] = r.combine(left[i], right[i]);
      }
    }
    return left;
  }

  @Override
  public Object[] complete(Object[] acc) {
    Object[] out = new Object[acc.length];
    for (int i = 0; i < acc.length; i++) {
      out[i] = rs.get(i).complete(acc[i]);
    }
    return out;
  }

  @Override
  public boolean isDone(Object[] acc) {
    if (!mayStop) {
      return false;
    }
    for (int i = 0; i < acc.length; i++) {
      if (!rs.get(i).isDone(acc[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean mayStop() {
    return mayStop;
  }

  @Override
  public boolean ignoresOffsets() {
    for (Reducer<? super T, Object, ?> r : rs) {
      if (!Offsets.ignoredBy(r)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Strategy strategy() {
    Strategy s = Strategy.MERGEABLE;
    for (Reducer<? super T, Object, ?> r : rs) {
      s = s.max(r.strategy());
    }
    return s;
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("tee(");
    for (int i = 0; i < rs.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(rs.get(i).describe());
    }
    return sb.append(')').toString();
  }
}
