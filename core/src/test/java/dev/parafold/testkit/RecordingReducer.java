package dev.parafold.testkit;

import dev.parafold.reduce.Reducer;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kit's terminal reducer: collects at most {@code limit} elements into a list (so it can stop
 * early) and records every violation of the reducer lifecycle by the stages above it.
 *
 * <p>It checks: every accumulator comes from {@code init}; nothing is stepped or combined after it
 * was merged away or completed; nothing is stepped once done; {@code combine} gets two distinct
 * live accumulators; a known offset is exact (it equals the number of elements stepped to its left)
 * and never follows an unknown one; {@code complete} runs once, on an accumulator that starts at
 * offset 0; optionally, the {@code failAt}-th step throws a given exception.
 *
 * @param <T> element type
 */
public final class RecordingReducer<T> implements Reducer<T, RecordingReducer.Rec, List<T>> {
  private static final long serialVersionUID = 1L;

  private final long limit;
  private final transient RuntimeException failure;
  private final long failAt;
  private final transient Queue<String> violations = new ConcurrentLinkedQueue<>();
  private final transient AtomicInteger completes = new AtomicInteger();
  private final transient AtomicInteger steps = new AtomicInteger();
  private final transient AtomicInteger ids = new AtomicInteger();

  private RecordingReducer(long limit, RuntimeException failure, long failAt) {
    this.limit = limit;
    this.failure = failure;
    this.failAt = failAt;
  }

  /** Collects everything. */
  public static <T> RecordingReducer<T> all() {
    return new RecordingReducer<>(Long.MAX_VALUE, null, -1);
  }

  /** Collects the first {@code k} elements, then is done. */
  public static <T> RecordingReducer<T> first(long k) {
    return new RecordingReducer<>(k, null, -1);
  }

  /**
   * Collects everything but throws {@code e} at every step from the {@code n}-th one on (counting
   * from 0, in time order across chunks). A fold throws what its sequential run reaches, so a
   * failure only at the n-th step in time could land right of an early stop, where no run may
   * throw; from the n-th on, some step the sequential fold reaches throws whenever it makes more
   * than {@code n} steps.
   */
  public static <T> RecordingReducer<T> failingAt(long n, RuntimeException e) {
    return new RecordingReducer<>(Long.MAX_VALUE, e, n);
  }

  /** The lifecycle violations seen so far. */
  public List<String> violations() {
    List<String> v = new ArrayList<>(violations);
    if (completes.get() > 1) {
      v.add("complete called " + completes.get() + " times");
    }
    return v;
  }

  /** How many times {@code complete} ran. */
  public int completes() {
    return completes.get();
  }

  /** A chunk accumulator. */
  public static final class Rec {
    final int id;
    final long offset;
    long count; // elements stepped into this accumulator and those merged into it
    final ArrayList<Object> items = new ArrayList<>();
    int state; // 0 live, 1 merged away, 2 completed

    Rec(int id, long offset) {
      this.id = id;
      this.offset = offset;
    }

    @Override
    public String toString() {
      return "Rec#" + id + "@" + offset + items;
    }
  }

  /** Whether {@code acc} is one of this kind's accumulators. */
  public static boolean isRec(Object acc) {
    return acc instanceof Rec;
  }

  @Override
  public Rec init() {
    return init(0);
  }

  @Override
  public Rec init(long offset) {
    if (offset < UNKNOWN_OFFSET) {
      violations.add("init with invalid offset " + offset);
    }
    return new Rec(ids.incrementAndGet(), offset);
  }

  @Override
  public Rec step(Rec acc, T t) {
    live(acc, "step");
    if (acc.items.size() >= limit) {
      violations.add("step on a done accumulator " + acc + " with " + t);
    }
    if (failure != null && steps.getAndIncrement() >= failAt) {
      throw failure;
    }
    acc.items.add(t);
    acc.count++;
    return acc;
  }

  @Override
  public Rec combine(Rec left, Rec right) {
    live(left, "combine (left)");
    live(right, "combine (right)");
    if (left == right) {
      violations.add("combine of an accumulator with itself " + left);
    }
    if (right.offset >= 0 && left.items.size() < limit) {
      if (left.offset < 0) {
        violations.add("known offset " + right + " follows unknown offset " + left);
      } else if (right.offset != left.offset + left.count) {
        violations.add("inexact offset: " + right + " follows " + left + " holding " + left.count);
      }
    }
    right.state = 1;
    if (left.items.size() >= limit) {
      return left;
    }
    for (Object x : right.items) {
      if (left.items.size() >= limit) {
        break;
      }
      left.items.add(x);
    }
    left.count += right.count;
    return left;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<T> complete(Rec acc) {
    live(acc, "complete");
    if (acc.offset != 0) {
      violations.add("complete on an accumulator not starting at offset 0: " + acc);
    }
    acc.state = 2;
    completes.incrementAndGet();
    return (List<T>) new ArrayList<>(acc.items);
  }

  @Override
  public boolean isDone(Rec acc) {
    return acc.items.size() >= limit;
  }

  @Override
  public boolean mayStop() {
    return limit != Long.MAX_VALUE;
  }

  private void live(Rec acc, String op) {
    if (acc == null) {
      violations.add(op + " on null accumulator");
      throw new AssertionError(op + " on null accumulator");
    }
    if (acc.state != 0) {
      violations.add(op + " on " + (acc.state == 1 ? "merged-away " : "completed ") + acc);
    }
  }

  @Override
  public String describe() {
    return limit == Long.MAX_VALUE ? "record" : "record(first " + limit + ")";
  }
}
