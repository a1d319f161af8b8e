package dev.parafold.reduce;

import dev.parafold.fn.Cmp;
import java.util.ArrayList;

/** The n greatest, stable on ties (earlier wins). */
final class TopKReducer<T> extends MergingReducer<T, ArrayList<T>, java.util.List<T>> {
  private static final long serialVersionUID = 1L;
  private final int n;
  private final Cmp<? super T> order;

  TopKReducer(int n, Cmp<? super T> order) {
    super("topK(" + n + ")", ArrayList::new, (l, r) -> merge(n, order, l, r), a -> a);
    this.n = n;
    this.order = order;
  }

  /** Position after every element that is greater than or equal to {@code t}. */
  private int slot(ArrayList<T> acc, T t) {
    int lo = 0;
    int hi = acc.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (order.compare(acc.get(mid), t) >= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public ArrayList<T> step(ArrayList<T> acc, T t) {
    if (acc.size() == n && (n == 0 || order.compare(acc.get(n - 1), t) >= 0)) {
      return acc;
    }
    acc.add(slot(acc, t), t);
    if (acc.size() > n) {
      acc.remove(acc.size() - 1);
    }
    return acc;
  }

  /** The {@code n} greatest of two sorted lists, the left winning ties. */
  private static <T> ArrayList<T> merge(
      int n, Cmp<? super T> order, ArrayList<T> left, ArrayList<T> right) {
    ArrayList<T> out = new ArrayList<>(Math.min(n, left.size() + right.size()));
    int i = 0;
    int j = 0;
    while (out.size() < n && (i < left.size() || j < right.size())) {
      if (j >= right.size() || (i < left.size() && order.compare(left.get(i), right.get(j)) >= 0)) {
        out.add(left.get(i++));
      } else {
        out.add(right.get(j++));
      }
    }
    return out;
  }
}
