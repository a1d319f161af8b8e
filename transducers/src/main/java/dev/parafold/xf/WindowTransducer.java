package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * Sliding windows: lists of {@code size} consecutive elements starting at positions 0, {@code
 * step}, 2 {@code step}, ...; only full windows. 1..5 with {@code window(3, 1)} gives [1, 2, 3],
 * [2, 3, 4], [3, 4, 5]. Clojure {@code partition} with a step; JDK 22 {@code
 * Gatherers.windowSliding} (step 1); Kotlin {@code windowed}.
 *
 * <p>Parallel: each chunk emits the windows that lie inside it and keeps its first and last {@code
 * size - 1} elements. {@code combine} emits the windows that span the boundary from the left part's
 * last elements and the right part's first ones (a window may span several short chunks: it is
 * emitted by the combine that completes it). With {@code step == 1} every position starts a window,
 * so relative positions suffice (boundary-aware); otherwise a chunk must know its offset to know
 * where windows start, and a chunk of unknown offset holds its elements until {@code combine}
 * (index-aware).
 */
final class WindowTransducer<T> implements Transducer<T, List<T>> {
  private static final long serialVersionUID = 1L;
  private final int size;
  private final int step;

  WindowTransducer(int size, int step) {
    if (size < 1 || step < 1) {
      throw new IllegalArgumentException(
          "window: size and step must be >= 1, were " + size + " and " + step);
    }
    this.size = size;
    this.step = step;
  }

  @Override
  public Strategy strategy() {
    return step == 1 ? Strategy.BOUNDARY : Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super List<T>, A, R> downstream) {
    return new Step<>(downstream, size, step);
  }

  @Override
  public String describe() {
    return "window(" + size + ", " + step + ")";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  /** Positional: {@code start}, {@code next}, {@code head}, {@code recent}. Otherwise held. */
  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean first;
    boolean positional;
    long start;
    long next;
    ArrayList<Object> head; // not first: the first size - 1 elements
    LinkedList<Object> recent; // the last size elements (nulls allowed)
    ArrayList<Object> held;
  }

  private static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super List<T>, A, R> down;
    private final int size;
    private final int step;

    Step(Reducer<? super List<T>, A, R> down, int size, int step) {
      this.down = down;
      this.size = size;
      this.step = step;
    }

    @Override
    public State<A> init() {
      return init(0);
    }

    @Override
    public State<A> init(long offset) {
      State<A> s = new State<>();
      s.first = offset == 0;
      s.inner = down.init(s.first ? 0 : UNKNOWN_OFFSET);
      s.positional = offset >= 0 || step == 1;
      if (s.positional) {
        s.start = Math.max(0, offset); // relative positions when step == 1 and offset unknown
        s.next = s.start;
        s.head = new ArrayList<>();
        s.recent = new LinkedList<>();
      } else {
        s.held = new ArrayList<>();
      }
      return s;
    }

    @Override
    public State<A> step(State<A> s, T t) {
      if (s.positional) {
        place(s, t);
      } else {
        s.held.add(t);
      }
      return s;
    }

    private void place(State<A> s, Object t) {
      long i = s.next++;
      if (!s.first && s.head.size() < size - 1) {
        s.head.add(t);
      }
      s.recent.addLast(t);
      if (s.recent.size() > size) {
        s.recent.removeFirst();
      }
      long w = i - size + 1;
      if (w >= s.start && w % step == 0) {
        emit(s, new ArrayList<>(s.recent));
      }
    }

    @SuppressWarnings("unchecked")
    private void emit(State<A> s, List<Object> window) {
      if (!down.isDone(s.inner)) {
        s.inner = down.step(s.inner, (List<T>) (List<?>) window);
      }
    }

    @Override
    public State<A> combine(State<A> left, State<A> right) {
      if (right.first) {
        // only empty chunks lie left of a chunk that starts the input (e.g. an executor's seed)
        right.inner = down.combine(left.inner, right.inner);
        return right;
      }
      if (!left.positional) {
        left.held.addAll(right.held); // right is not positional either: offsets are monotone
        return left;
      }
      if (!right.positional) {
        for (Object x : right.held) {
          place(left, x);
        }
        return left;
      }
      long end = left.next;
      long rightCount = right.next - right.start;
      List<Object> joint = new ArrayList<>(left.recent);
      int tail = Math.min(joint.size(), size - 1);
      joint = new ArrayList<>(joint.subList(joint.size() - tail, joint.size()));
      joint.addAll(right.head);
      long jointStart = end - tail;
      for (long w = Math.max(left.start, jointStart); w < end; w++) {
        if (w % step == 0 && w + size > end && w + size <= end + right.head.size()) {
          int from = (int) (w - jointStart);
          emit(left, new ArrayList<>(joint.subList(from, from + size)));
        }
      }
      if (!down.isDone(left.inner)) {
        left.inner = down.combine(left.inner, right.inner);
      }
      if (!left.first) {
        for (int k = 0; k < right.head.size() && left.head.size() < size - 1; k++) {
          left.head.add(right.head.get(k));
        }
      }
      left.recent.addAll(right.recent);
      while (left.recent.size() > size) {
        left.recent.removeFirst();
      }
      left.next = end + rightCount;
      return left;
    }

    @Override
    public R complete(State<A> s) {
      return down.complete(s.first ? s.inner : combine(init(0), s).inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return s.positional && down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return (step == 1 ? Strategy.BOUNDARY : Strategy.INDEXED).max(down.strategy());
    }

    @Override
    public String describe() {
      return "window(" + size + ", " + step + ") -> " + down.describe();
    }
  }
}
