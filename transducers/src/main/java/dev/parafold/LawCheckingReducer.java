package dev.parafold;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.ReducerLaws;
import dev.parafold.reduce.Strategy;
import dev.parafold.source.Source;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The debug switch {@code -Dparafold.checkLaws=true}: a pipeline's reducer chain wrapped so that
 * the fold keeps its first {@link #SAMPLE} elements as it runs, and checks the fold laws ({@link
 * ReducerLaws}) on them before it completes.
 *
 * <p>The sample is taken from the elements the fold reads anyway, so it works for every kind of
 * source, single-pass ones (iterators, streams, files) included, and never reads a source twice;
 * its size bounds the time the check takes, whatever the size of the input. Each chunk keeps its
 * own first elements; {@code combine} joins them while the left chunk's are all it has seen, so the
 * root holds the first elements of the input, in order. The check runs the pipeline's functions
 * again on the sample: a debugging aid, not for production.
 */
final class LawCheckingReducer<T, A, R> implements Reducer<T, LawCheckingReducer.Sampled<A>, R> {
  private static final long serialVersionUID = 1L;

  /** Elements kept for the check: enough to cut three ways, few enough to check in milliseconds. */
  static final int SAMPLE = 48;

  private static final int TREES = 8;
  private static final long SEED = 1;

  private final Reducer<T, A, R> chain;
  private final String source;

  LawCheckingReducer(Reducer<T, A, R> chain, Source<?> source) {
    this.chain = chain;
    this.source = source.describe();
  }

  /** A chunk's accumulator and its first elements. */
  static final class Sampled<A> implements Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    final ArrayList<Object> first = new ArrayList<>();
    long count;

    Sampled(A inner) {
      this.inner = inner;
    }
  }

  @Override
  public Sampled<A> init() {
    return init(0);
  }

  @Override
  public Sampled<A> init(long offset) {
    return new Sampled<>(chain.init(offset));
  }

  @Override
  public Sampled<A> step(Sampled<A> acc, T t) {
    if (acc.count < SAMPLE) {
      acc.first.add(t);
    }
    acc.count++;
    acc.inner = chain.step(acc.inner, t);
    return acc;
  }

  @Override
  public Sampled<A> combine(Sampled<A> left, Sampled<A> right) {
    if (left.count == left.first.size()) {
      // the left sample is all its chunk saw: the right's first elements come next in the input
      for (int i = 0; i < right.first.size() && left.first.size() < SAMPLE; i++) {
        left.first.add(right.first.get(i));
      }
    }
    left.count += right.count;
    left.inner = chain.combine(left.inner, right.inner);
    return left;
  }

  @Override
  public R complete(Sampled<A> acc) {
    check(acc.first, acc.count);
    return chain.complete(acc.inner);
  }

  @SuppressWarnings("unchecked")
  private void check(List<Object> sample, long folded) {
    try {
      ReducerLaws.check((Reducer<Object, A, R>) chain, sample, TREES, SEED);
    } catch (AssertionError e) {
      throw new IllegalStateException(
          "parafold.checkLaws: on the first "
              + sample.size()
              + " of the "
              + folded
              + " elements folded from "
              + source
              + ", "
              + e.getMessage()
              + ". Checked: init as the identity of combine (both sides), combine associative"
              + " at cuts of the sample, "
              + TREES
              + " random split trees. Every reducer in a parallel fold needs an associative"
              + " combine with init as its identity, or parallel results differ from sequential"
              + " ones",
          e);
    }
  }

  @Override
  public boolean isDone(Sampled<A> acc) {
    return chain.isDone(acc.inner);
  }

  @Override
  public boolean mayStop() {
    return chain.mayStop();
  }

  @Override
  public Strategy strategy() {
    return chain.strategy();
  }

  @Override
  public String describe() {
    return chain.describe();
  }
}
