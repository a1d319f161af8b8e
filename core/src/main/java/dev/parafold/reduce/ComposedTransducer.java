package dev.parafold.reduce;

import java.util.ArrayList;
import java.util.List;

/** {@code first} then {@code second}; its strategy is the stronger of the two. */
final class ComposedTransducer<T, U, V> implements Transducer<T, V> {
  private static final long serialVersionUID = 1L;

  private final Transducer<T, U> first;
  private final Transducer<? super U, V> second;

  ComposedTransducer(Transducer<T, U> first, Transducer<? super U, V> second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super V, A, R> downstream) {
    return applyFirst(second.apply(downstream));
  }

  private <B, R> Reducer<T, ?, R> applyFirst(Reducer<? super U, B, R> mid) {
    return first.apply(mid);
  }

  @Override
  public Strategy strategy() {
    return first.strategy().max(second.strategy());
  }

  @Override
  public List<Transducer<?, ?>> stages() {
    List<Transducer<?, ?>> all = new ArrayList<>(first.stages());
    all.addAll(second.stages());
    return List.copyOf(all);
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (Transducer<?, ?> t : stages()) {
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      sb.append(t.describe());
    }
    return sb.toString();
  }
}
