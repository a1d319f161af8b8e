package dev.parafold.xf;

import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;

/**
 * A planted broken stage: passes every element through, right on one chunk, but combines chunks
 * right-before-left, so it is wrong in parallel only. The batteries run it to show they catch a
 * stage that merges chunks in the wrong order. Serializable, so that it also ships to Spark.
 */
public final class SwapCombine implements Transducer<Object, Object> {
  private static final long serialVersionUID = 1L;

  @Override
  public <A, R> Reducer<Object, ?, R> apply(Reducer<? super Object, A, R> down) {
    return new ForwardingReducer<Object, Object, A, R>(down) {
      private static final long serialVersionUID = 1L;

      @Override
      public A step(A acc, Object t) {
        return this.down.step(acc, t);
      }

      @Override
      public A combine(A left, A right) {
        return this.down.combine(right, left);
      }
    };
  }

  @Override
  public String describe() {
    return "swapCombine";
  }
}
