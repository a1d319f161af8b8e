package dev.parafold.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A downstream reducer for the "wraps a downstream" cases of the kit ({@link WrapperContract}),
 * with its model on plain lists. The kit's own downstreams include the {@link RecordingReducer},
 * which reports any offset its wrapper gets wrong (an {@code init(0)} in a chunk that does not
 * start the wrapper's subsequence, an accumulator completed without being anchored at 0), a step on
 * a done accumulator, and early-stopping ones; modules with a catalog add theirs ({@code limit},
 * {@code takeWhile}, {@code zipWithIndex} applied to a reducer).
 */
public final class Downstream {
  private final String name;
  private final Supplier<Reducer<Integer, ?, ?>> make;
  private final Function<List<Integer>, Object> model;

  private Downstream(
      String name, Supplier<Reducer<Integer, ?, ?>> make, Function<List<Integer>, Object> model) {
    this.name = name;
    this.make = make;
    this.model = model;
  }

  /** A downstream made fresh per case by {@code make}, whose result on a list is {@code model}. */
  public static Downstream of(
      String name, Supplier<Reducer<Integer, ?, ?>> make, Function<List<Integer>, Object> model) {
    return new Downstream(name, make, model);
  }

  /** The kit's downstreams: plain, strict about offsets and lifecycle, and early-stopping. */
  public static List<Downstream> basic() {
    List<Downstream> out = new ArrayList<>();
    out.add(of("toList", Reducers::toList, ArrayList::new));
    out.add(of("count", Reducers::count, in -> (long) in.size()));
    out.add(
        of(
            "first",
            Reducers::first,
            in -> in.isEmpty() ? Optional.empty() : Optional.of(in.get(0))));
    out.add(of("record", RecordingReducer::all, ArrayList::new));
    for (int k : new int[] {1, 2, 5}) {
      out.add(
          of(
              "record(first " + k + ")",
              () -> RecordingReducer.first(k),
              in -> new ArrayList<>(in.subList(0, Math.min(k, in.size())))));
    }
    return out;
  }

  /** Whether the downstream survives serialization with its records (recording ones do not). */
  boolean serializable() {
    return !name.startsWith("record");
  }

  /** A fresh instance: a reducer and the check to run after the folds that used it. */
  Made make() {
    return new Made(make.get());
  }

  /** The model result for {@code in}. */
  public Object model(List<Integer> in) {
    return model.apply(in);
  }

  @Override
  public String toString() {
    return name;
  }

  /** One fresh downstream reducer. */
  static final class Made {
    final Reducer<Integer, ?, ?> reducer;

    Made(Reducer<Integer, ?, ?> reducer) {
      this.reducer = reducer;
    }

    /** Fails on any lifecycle or offset violation the downstream recorded. */
    void check(String what) {
      if (reducer instanceof RecordingReducer) {
        List<String> v = new ArrayList<>(((RecordingReducer<?>) reducer).violations());
        v.removeIf(s -> s.startsWith("complete called")); // one instance serves many folds
        assertEquals(List.of(), v, "downstream violations in " + what);
      }
    }
  }
}
