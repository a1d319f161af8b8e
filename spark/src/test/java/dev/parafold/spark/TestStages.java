package dev.parafold.spark;

import dev.parafold.fn.Fn;
import dev.parafold.fn.Pred;
import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Test stand-ins for the catalog's map, filter, limit and distinct (the lead's transducers module
 * is not merged yet), written against the core protocol: offsets, combine, isDone.
 */
final class TestStages {
  private TestStages() {}

  static <T, U> Transducer<T, U> map(Fn<? super T, ? extends U> f) {
    return new Transducer<T, U>() {
      private static final long serialVersionUID = 1L;

      @Override
      public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> down) {
        return new MapStep<T, U, A, R>(down, f);
      }

      @Override
      public String describe() {
        return "map";
      }
    };
  }

  static <T, U> Transducer<T, U> flatMap(Fn<? super T, ? extends Iterable<? extends U>> f) {
    return new Transducer<T, U>() {
      private static final long serialVersionUID = 1L;

      @Override
      public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> down) {
        return new FlatMapStep<T, U, A, R>(down, f);
      }

      @Override
      public String describe() {
        return "flatMap";
      }
    };
  }

  static <T> Transducer<T, T> filter(Pred<? super T> p) {
    return new Transducer<T, T>() {
      private static final long serialVersionUID = 1L;

      @Override
      public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> down) {
        return new FilterStep<T, A, R>(down, p);
      }

      @Override
      public String describe() {
        return "filter";
      }
    };
  }

  static <T> Transducer<T, T> limit(long n) {
    return new Transducer<T, T>() {
      private static final long serialVersionUID = 1L;

      @Override
      public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> down) {
        return new Limit<T, A, R>(down, n);
      }

      @Override
      public Strategy strategy() {
        return Strategy.INDEXED;
      }

      @Override
      public String describe() {
        return "limit(" + n + ")";
      }
    };
  }

  static <T> Transducer<T, T> distinct() {
    return new Transducer<T, T>() {
      private static final long serialVersionUID = 1L;

      @Override
      public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> down) {
        return new Distinct<T, A, R>(down);
      }

      @Override
      public Strategy strategy() {
        return Strategy.MERGEABLE;
      }

      @Override
      public String describe() {
        return "distinct";
      }
    };
  }

  // ---- map and filter: stateless ---------------------------------------------------------------

  static final class MapStep<T, U, A, R> extends ForwardingReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends U> f;

    MapStep(Reducer<? super U, A, R> down, Fn<? super T, ? extends U> f) {
      super(down);
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return down.step(acc, f.apply(t));
    }

    @Override
    public String describe() {
      return "map -> " + down.describe();
    }
  }

  static final class FlatMapStep<T, U, A, R> extends ForwardingReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends Iterable<? extends U>> f;

    FlatMapStep(Reducer<? super U, A, R> down, Fn<? super T, ? extends Iterable<? extends U>> f) {
      super(down);
      this.f = f;
    }

    @Override
    public A init(long offset) {
      return down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
    }

    @Override
    public A step(A acc, T t) {
      for (U u : f.apply(t)) {
        acc = down.step(acc, u);
        if (down.mayStop() && down.isDone(acc)) {
          break;
        }
      }
      return acc;
    }

    @Override
    public String describe() {
      return "flatMap -> " + down.describe();
    }
  }

  static final class FilterStep<T, A, R> extends ForwardingReducer<T, T, A, R> {
    private static final long serialVersionUID = 1L;
    private final Pred<? super T> p;

    FilterStep(Reducer<? super T, A, R> down, Pred<? super T> p) {
      super(down);
      this.p = p;
    }

    @Override
    public A init(long offset) {
      return down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
    }

    @Override
    public A step(A acc, T t) {
      return p.test(t) ? down.step(acc, t) : acc;
    }

    @Override
    public String describe() {
      return "filter -> " + down.describe();
    }
  }

  // ---- limit: indexed ----------------------------------------------------------------------

  /**
   * Known offset: pass elements while start + seen < n. Unknown: buffer the first n for combine.
   */
  static final class LimitAcc<T, A> implements Serializable {
    private static final long serialVersionUID = 1L;
    long start; // -1 when unknown
    long seen;
    A down; // known chunks only
    ArrayList<T> buffer; // unknown chunks only

    LimitAcc(long start, A down) {
      this.start = start;
      this.down = down;
      this.buffer = start < 0 ? new ArrayList<>() : null;
    }
  }

  static final class Limit<T, A, R> implements Reducer<T, LimitAcc<T, A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, R> down;
    private final long n;

    Limit(Reducer<? super T, A, R> down, long n) {
      this.down = down;
      this.n = n;
    }

    @Override
    public LimitAcc<T, A> init() {
      return init(0);
    }

    @Override
    public LimitAcc<T, A> init(long offset) {
      return offset >= 0 ? new LimitAcc<>(offset, down.init(offset)) : new LimitAcc<>(-1, null);
    }

    @Override
    public LimitAcc<T, A> step(LimitAcc<T, A> acc, T t) {
      if (acc.start >= 0) {
        if (acc.start + acc.seen < n) {
          acc.down = down.step(acc.down, t);
        }
      } else if (acc.buffer.size() < n) {
        acc.buffer.add(t);
      }
      acc.seen++;
      return acc;
    }

    @Override
    public LimitAcc<T, A> combine(LimitAcc<T, A> left, LimitAcc<T, A> right) {
      if (left.start >= 0) {
        if (right.start >= 0) {
          left.down = down.combine(left.down, right.down);
        } else {
          long taken = left.start + left.seen;
          for (T t : right.buffer) {
            if (taken >= n) {
              break;
            }
            left.down = down.step(left.down, t);
            taken++;
          }
        }
        left.seen += right.seen;
        return left;
      }
      if (right.start >= 0) {
        throw new IllegalStateException("limit: a known chunk to the right of an unknown one");
      }
      for (T t : right.buffer) {
        if (left.buffer.size() >= n) {
          break;
        }
        left.buffer.add(t);
      }
      left.seen += right.seen;
      return left;
    }

    @Override
    public R complete(LimitAcc<T, A> acc) {
      return down.complete(acc.down);
    }

    @Override
    public boolean isDone(LimitAcc<T, A> acc) {
      return acc.start >= 0 && (acc.start + acc.seen >= n || down.isDone(acc.down));
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public Strategy strategy() {
      return Strategy.INDEXED.max(down.strategy());
    }

    @Override
    public String describe() {
      return "limit(" + n + ") -> " + down.describe();
    }
  }

  // ---- distinct: mergeable seen-sets ---------------------------------------------------------

  /** The leftmost chunk feeds downstream; others keep their first-seen elements in order. */
  static final class DistinctAcc<T, A> implements Serializable {
    private static final long serialVersionUID = 1L;
    final boolean leftmost;
    final LinkedHashSet<T> seen = new LinkedHashSet<>();
    A down;

    DistinctAcc(boolean leftmost, A down) {
      this.leftmost = leftmost;
      this.down = down;
    }
  }

  static final class Distinct<T, A, R> implements Reducer<T, DistinctAcc<T, A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, R> down;

    Distinct(Reducer<? super T, A, R> down) {
      this.down = down;
    }

    @Override
    public DistinctAcc<T, A> init() {
      return init(0);
    }

    @Override
    public DistinctAcc<T, A> init(long offset) {
      return offset == 0 ? new DistinctAcc<>(true, down.init(0)) : new DistinctAcc<>(false, null);
    }

    @Override
    public DistinctAcc<T, A> step(DistinctAcc<T, A> acc, T t) {
      if (acc.seen.add(t) && acc.leftmost) {
        acc.down = down.step(acc.down, t);
      }
      return acc;
    }

    @Override
    public DistinctAcc<T, A> combine(DistinctAcc<T, A> left, DistinctAcc<T, A> right) {
      List<T> fresh = new ArrayList<>();
      for (T t : right.seen) {
        if (left.seen.add(t)) {
          fresh.add(t);
        }
      }
      if (left.leftmost) {
        for (T t : fresh) {
          if (down.isDone(left.down)) {
            break;
          }
          left.down = down.step(left.down, t);
        }
      }
      return left;
    }

    @Override
    public R complete(DistinctAcc<T, A> acc) {
      return down.complete(acc.down);
    }

    @Override
    public boolean isDone(DistinctAcc<T, A> acc) {
      return acc.leftmost && down.isDone(acc.down);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE.max(down.strategy());
    }

    @Override
    public String describe() {
      return "distinct -> " + down.describe();
    }
  }
}
