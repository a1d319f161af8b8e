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
    return new WindowReducer<>(downstream, size, step);
  }

  @Override
  public String describe() {
    return "window(" + size + ", " + step + ")";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  /** Positional: {@code start}, {@code next}, {@code head}, {@code recent}. Otherwise held. */
  static final class WindowAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    boolean positional;
    long start;
    long next;
    ArrayList<Object> head; // not first: the first size - 1 elements
    LinkedList<Object> recent; // the last size elements (nulls allowed)
    ArrayList<Object> held;
  }

  private static final class WindowReducer<T, A, R>
      extends StatefulReducer<T, List<T>, WindowAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final int size;
    private final int step;

    WindowReducer(Reducer<? super List<T>, A, R> down, int size, int step) {
      super(
          down,
          step == 1 ? Strategy.BOUNDARY : Strategy.INDEXED,
          "window(" + size + ", " + step + ")");
      this.size = size;
      this.step = step;
    }

    @Override
    WindowAccumulator<A> open(long offset) {
      WindowAccumulator<A> s = new WindowAccumulator<>();
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
    public WindowAccumulator<A> step(WindowAccumulator<A> s, T t) {
      if (s.positional) {
        place(s, t);
      } else {
        s.held.add(t);
      }
      return s;
    }

    private void place(WindowAccumulator<A> s, Object t) {
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
        emitWindow(s, new ArrayList<>(s.recent));
      }
    }

    @SuppressWarnings("unchecked")
    private void emitWindow(WindowAccumulator<A> s, List<Object> window) {
      emit(s, (List<T>) (List<?>) window);
    }

    @Override
    public WindowAccumulator<A> combine(WindowAccumulator<A> left, WindowAccumulator<A> right) {
      if (right.first) {
        return afterEmptyLeft(left, right);
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
          emitWindow(left, new ArrayList<>(joint.subList(from, from + size)));
        }
      }
      mergeInner(left, right);
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
    public boolean isDone(WindowAccumulator<A> s) {
      return s.positional && down.isDone(s.inner);
    }
  }
}
