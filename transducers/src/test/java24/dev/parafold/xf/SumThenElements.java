package dev.parafold.xf;

import java.io.Serializable;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.stream.Gatherer;

/**
 * A user gatherer with a combiner and a finisher that depends on the merged state: it passes the
 * non-null elements and then their count. Serializable, so it also goes through the conformance kit
 * ({@link FromGathererContractTest}).
 */
final class SumThenElements implements Gatherer<Integer, long[], Integer>, Serializable {
  private static final long serialVersionUID = 1L;

  static Gatherer<Integer, long[], Integer> gatherer() {
    return new SumThenElements();
  }

  /** The stream model: the non-null elements, then their count. */
  static List<Integer> model(List<Integer> in) {
    List<Integer> out = new java.util.ArrayList<>();
    for (Integer x : in) {
      if (x != null) {
        out.add(x);
      }
    }
    out.add(out.size());
    return out;
  }

  @Override
  public Supplier<long[]> initializer() {
    return () -> new long[1];
  }

  @Override
  public Integrator<long[], Integer, Integer> integrator() {
    return (count, x, down) -> {
      if (x == null) {
        return true;
      }
      count[0]++;
      return down.push(x);
    };
  }

  @Override
  public BinaryOperator<long[]> combiner() {
    return (left, right) -> {
      left[0] += right[0];
      return left;
    };
  }

  @Override
  public BiConsumer<long[], Downstream<? super Integer>> finisher() {
    return (count, down) -> down.push((int) count[0]);
  }
}
