package dev.parafold.example;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import dev.parafold.testkit.TransducerContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit must fail transducers that are wrong only in parallel. */
final class KitHasTeethTest {

  /** A naive take-n with per-chunk counting (Clojure r/fold's race, made deterministic). */
  static final class NaiveLimit<T> implements Transducer<T, T> {
    private static final long serialVersionUID = 1L;
    private final int n;

    NaiveLimit(int n) {
      this.n = n;
    }

    @Override
    public Strategy strategy() {
      return Strategy.INDEXED;
    }

    @Override
    public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> down) {
      return new ForwardingReducer<T, T, A, R>(down) {
        private static final long serialVersionUID = 1L;
        private int seen; // shared mutable state in the reducer: wrong

        @Override
        public A step(A acc, T t) {
          return seen++ < n ? this.down.step(acc, t) : acc;
        }

        @Override
        public Strategy strategy() {
          return Strategy.INDEXED;
        }
      };
    }
  }

  abstract static class NaiveLimitContract extends TransducerContract<Integer, Integer> {
    @Override
    protected Subject<Integer, Integer> subject(Gen gen) {
      int n = gen.intBetween(0, 10);
      return Subject.of(
          new NaiveLimit<Integer>(n), in -> new ArrayList<>(in.subList(0, Math.min(n, in.size()))));
    }
  }

  @Test
  void naiveLimitFailsInParallel() {
    NaiveLimitContract c = new NaiveLimitContract() {};
    c.equalsModel(); // sequentially it is right...
    assertThrows(AssertionError.class, c::parallelEqualsSequential); // ...but not split
  }

  /** Pairwise without the spanning pair: right on one chunk, wrong on two. */
  abstract static class NoSpanContract extends TransducerContract<Integer, List<Integer>> {
    @Override
    protected Subject<Integer, List<Integer>> subject(Gen gen) {
      return Subject.of(
          new PairwiseTransducer<Integer>().andThen(new DropPairsAcrossChunks<>()),
          in -> {
            List<List<Integer>> out = new ArrayList<>();
            for (int i = 1; i < in.size(); i++) {
              out.add(List.of(in.get(i - 1), in.get(i)));
            }
            return out;
          });
    }
  }

  /** Passes everything but forgets the downstream's combine: chunks after the first are lost. */
  static final class DropPairsAcrossChunks<T> implements Transducer<T, T> {
    private static final long serialVersionUID = 1L;

    @Override
    public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> down) {
      return new ForwardingReducer<T, T, A, R>(down) {
        private static final long serialVersionUID = 1L;

        @Override
        public A step(A acc, T t) {
          return this.down.step(acc, t);
        }

        @Override
        public A combine(A left, A right) {
          return left;
        }
      };
    }
  }

  @Test
  void lostCombineFailsInParallel() {
    NoSpanContract c = new NoSpanContract() {};
    c.equalsModel();
    assertThrows(AssertionError.class, c::parallelEqualsSequential);
  }
}
