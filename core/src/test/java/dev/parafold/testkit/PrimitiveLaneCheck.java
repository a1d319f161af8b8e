package dev.parafold.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.testkit.TransducerContract.Lane;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The kit's check of a primitive pipeline on the path {@code Fold} gives it: the input as a {@code
 * long[]}, a range or a {@code double[]} (sources whose loops keep a scalar accumulator in a local,
 * and hand whole blocks to stages that take slices), folded into a list and into terminals that
 * take the scalar step ({@link ScalarProbe}'s min and max; for {@code long}s also its sum and the
 * library's {@code sumLongs}, {@code countLongs}, {@code minLong} and {@code maxLong}), on every
 * scenario given, plain and through per-pipeline copies: each answer must be the model's. (A plain
 * {@code double} sum is left out: it depends on how the chunks associate.)
 */
final class PrimitiveLaneCheck {
  private PrimitiveLaneCheck() {}

  /** The lane of {@code out}'s elements; {@code null} if they are not all of one primitive lane. */
  static Lane laneOf(List<?> out) {
    if (out.isEmpty()) {
      return null;
    }
    boolean longs = true;
    boolean doubles = true;
    for (Object x : out) {
      longs &= x instanceof Long;
      doubles &= x instanceof Double;
    }
    return longs ? Lane.LONGS : doubles ? Lane.DOUBLES : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T, U> void check(
      Stage<T, U> stage, List<T> in, Lane lane, Gen gen, List<Scenario> scenarios) {
    List<Object> input = new ArrayList<>(in);
    Source<Object> source;
    String kind;
    if (lane == Lane.LONGS && gen.chance(0.3)) {
      long a = gen.longBetween(-5, 5);
      input.clear();
      for (int i = 0; i < in.size(); i++) {
        input.add(a + i);
      }
      source = (Source) Sources.range(a, a + in.size());
      kind = "range";
    } else if (lane == Lane.LONGS) {
      long[] xs = new long[in.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = (Long) in.get(i);
      }
      source = (Source) Sources.longs(xs);
      kind = "long[]";
    } else {
      double[] xs = new double[in.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = (Double) in.get(i);
      }
      source = (Source) Sources.doubles(xs);
      kind = "double[]";
    }
    List<Object> out = (List<Object>) stage.model((List<T>) input);
    for (Scenario sc : scenarios) { // any output, into a list: stages that take slices too
      boolean copies = gen.chance(0.5);
      assertEquals(
          out,
          fold(stage, source, Reducers.toList(), sc, copies),
          where(stage, kind, input, "toList" + (copies ? " (copies)" : ""), sc));
    }
    Lane outLane = out.isEmpty() ? lane : laneOf(out);
    if (outLane == null) {
      return; // objects out: no scalar terminal takes them
    }
    for (ScalarProbe.Op op : ScalarProbe.Op.values()) {
      if (op == ScalarProbe.Op.SUM && outLane == Lane.DOUBLES) {
        continue; // a plain double sum depends on how the chunks associate
      }
      Object want = ScalarProbe.of(op).model(out, outLane == Lane.LONGS);
      for (Scenario sc : scenarios) {
        for (boolean specialized : new boolean[] {false, true}) {
          ScalarProbe p = ScalarProbe.of(op);
          Reducer terminal = outLane == Lane.LONGS ? p.longs() : p.doubles();
          Object got = fold(stage, source, terminal, sc, specialized);
          assertEquals(
              want, got, where(stage, kind, input, p + (specialized ? " (copies)" : ""), sc));
        }
      }
    }
    if (outLane == Lane.LONGS) {
      long sum = 0;
      OptionalLong min = OptionalLong.empty();
      OptionalLong max = OptionalLong.empty();
      for (Object x : out) {
        long v = (Long) x;
        sum += v;
        min = OptionalLong.of(min.isPresent() ? Math.min(min.getAsLong(), v) : v);
        max = OptionalLong.of(max.isPresent() ? Math.max(max.getAsLong(), v) : v);
      }
      Scenario sc = gen.oneOf(scenarios);
      boolean copies = gen.chance(0.5);
      String w = copies ? " (copies)" : "";
      assertEquals(
          sum,
          fold(stage, source, Reducers.sumLongs(), sc, copies),
          where(stage, kind, input, "sumLongs" + w, sc));
      assertEquals(
          (long) out.size(),
          fold(stage, source, Reducers.countLongs(), sc, copies),
          where(stage, kind, input, "countLongs" + w, sc));
      assertEquals(
          min,
          fold(stage, source, Reducers.minLong(), sc, copies),
          where(stage, kind, input, "minLong" + w, sc));
      assertEquals(
          max,
          fold(stage, source, Reducers.maxLong(), sc, copies),
          where(stage, kind, input, "maxLong" + w, sc));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object fold(
      Stage<?, ?> stage, Source<Object> source, Reducer terminal, Scenario sc, boolean copies) {
    Reducer chain = ((Stage) stage).transducer().apply(terminal);
    return sc.run(source, chain, copies);
  }

  private static String where(
      Stage<?, ?> stage, String kind, List<Object> input, String terminal, Scenario sc) {
    return "\n  pipeline: "
        + stage
        + " -> "
        + terminal
        + "\n  source:   "
        + kind
        + " "
        + input
        + "\n  scenario: "
        + sc;
  }
}
