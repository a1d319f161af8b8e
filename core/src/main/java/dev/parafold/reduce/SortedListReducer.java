package dev.parafold.reduce;

import dev.parafold.fn.Cmp;
import java.io.Serializable;
import java.util.ArrayList;

/**
 * A stable merge sort as a reducer. The accumulator is a stack of sorted runs in encounter order
 * (sizes strictly decreasing from the bottom) and an unsorted tail that steps append to. {@code
 * combine} sorts both tails into runs and pushes the right side's runs onto the left's, merging the
 * top two while the lower is not larger (TimSort's rule): only adjacent runs merge, the left
 * winning ties, so the sort is stable, and every element is merged O(log n) times whatever the
 * shape of the split tree (a left-deep tree of iterator batches included).
 */
final class SortedListReducer<T>
    implements Reducer<T, SortedListReducer.Runs<T>, java.util.List<T>> {
  private static final long serialVersionUID = 1L;
  private final Cmp<? super T> order;
  private final StateBudget budget;
  private final String name;
  private final boolean natural;

  SortedListReducer(Cmp<? super T> order, StateBudget budget, String name) {
    this.order = order;
    this.budget = budget;
    this.name = name;
    this.natural = order == Cmp.natural();
  }

  /** Per-chunk state. */
  static final class Runs<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    final ArrayList<ArrayList<T>> runs = new ArrayList<>();
    ArrayList<T> tail = new ArrayList<>();
    long size;
  }

  @Override
  public Runs<T> init() {
    return new Runs<>();
  }

  @Override
  public Runs<T> step(Runs<T> acc, T t) {
    if (natural && t == null) {
      throw new NullPointerException(
          name
              + ": null element in natural order; pass a comparator that orders nulls (a Cmp"
              + " lambda) or filter them out first");
    }
    budget.checkElements(name, acc.size + 1);
    ListCap.check(name, acc.size + 1);
    acc.tail.add(t);
    acc.size++;
    return acc;
  }

  @Override
  public Runs<T> combine(Runs<T> left, Runs<T> right) {
    if (right.size == 0) {
      return left;
    }
    if (left.size == 0) {
      return right;
    }
    budget.checkElements(name, left.size + right.size);
    ListCap.check(name, left.size + right.size);
    seal(left);
    seal(right);
    for (ArrayList<T> run : right.runs) {
      push(left, run);
    }
    left.size += right.size;
    return left;
  }

  @Override
  public java.util.List<T> complete(Runs<T> acc) {
    seal(acc);
    ArrayList<ArrayList<T>> runs = acc.runs;
    while (runs.size() > 1) {
      mergeTop(runs);
    }
    return runs.isEmpty() ? new ArrayList<>() : runs.get(0);
  }

  private void seal(Runs<T> acc) {
    if (!acc.tail.isEmpty()) {
      ArrayList<T> run = acc.tail;
      acc.tail = new ArrayList<>();
      run.sort(order);
      push(acc, run);
    }
  }

  private void push(Runs<T> acc, ArrayList<T> run) {
    ArrayList<ArrayList<T>> runs = acc.runs;
    runs.add(run);
    while (runs.size() > 1
        && runs.get(runs.size() - 2).size() <= runs.get(runs.size() - 1).size()) {
      mergeTop(runs);
    }
  }

  /** Merges the top two runs (adjacent in encounter order), the lower one winning ties. */
  private void mergeTop(ArrayList<ArrayList<T>> runs) {
    ArrayList<T> b = runs.remove(runs.size() - 1);
    ArrayList<T> a = runs.get(runs.size() - 1);
    ArrayList<T> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (order.compare(b.get(j), a.get(i)) < 0) {
        out.add(b.get(j++));
      } else {
        out.add(a.get(i++));
      }
    }
    out.addAll(a.subList(i, a.size()));
    out.addAll(b.subList(j, b.size()));
    runs.set(runs.size() - 1, out);
  }

  @Override
  public Strategy strategy() {
    return Strategy.MERGEABLE;
  }

  @Override
  public String describe() {
    return name;
  }
}
