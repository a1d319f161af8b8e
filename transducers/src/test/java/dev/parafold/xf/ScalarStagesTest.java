package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.Specializer;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.testkit.Gen;
import dev.parafold.testkit.ScalarProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Which stages take part in the scalar step (see {@code LongReducer}): the stateless primitive
 * stages that stay on their lane pass it through, so a primitive source folds every element that
 * reaches a sum into a local; other stages keep the element-by-element path. Also through {@code
 * Fold}, whose large folds run on per-pipeline copies.
 */
final class ScalarStagesTest {
  /** The catalog operations that take the scalar step. */
  static final Set<String> SCALAR =
      Set.of(
          "mapLongs",
          "filterLongs",
          "peekLongs",
          "mapInts",
          "filterInts",
          "peekInts",
          "mapIntsToLong",
          "mapLongsToInt",
          "mapDoubles",
          "filterDoubles",
          "peekDoubles");

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ScalarProbe run(Catalog.Operation op, Gen gen, boolean copies) {
    boolean longs = op.elements() == Catalog.Elements.LONGS;
    Catalog.Instance i = op.instance(gen);
    ScalarProbe p = ScalarProbe.of(ScalarProbe.Op.SUM);
    Reducer terminal = longs ? p.longs() : p.doubles();
    Reducer chain = i.transducer().apply(terminal);
    int n = 3000;
    List<Object> in = new ArrayList<>();
    Source source;
    if (longs) {
      long[] xs = LongStream.range(0, n).map(x -> x % 13 - 4).toArray();
      for (long x : xs) {
        in.add(x);
      }
      source = Sources.longs(xs);
    } else {
      double[] xs = new double[n];
      for (int k = 0; k < n; k++) {
        xs[k] = (k % 13 - 4) / 2.0;
        in.add(xs[k]);
      }
      source = Sources.doubles(xs);
    }
    FoldOptions o = FoldOptions.defaults();
    Object got =
        copies
            ? Specializer.fold(SequentialExecutor.instance(), source, chain, o)
            : SequentialExecutor.instance().fold(source, chain, o);
    assertEquals(p.model(i.model().apply(in), longs), got, i.toString());
    return p;
  }

  @Test
  void theStatelessPrimitiveStages_passTheScalarStepThrough() {
    List<String> seen = new ArrayList<>();
    for (Catalog.Elements lane : List.of(Catalog.Elements.LONGS, Catalog.Elements.DOUBLES)) {
      for (Catalog.Operation op : Catalog.of(lane)) {
        if (!SCALAR.contains(op.name())) {
          continue;
        }
        seen.add(op.name());
        for (boolean copies : new boolean[] {false, true}) {
          ScalarProbe p = run(op, new Gen(op.name().hashCode()), copies);
          assertEquals(0, p.elementSteps(), op.name() + ": no element-by-element step");
          assertTrue(p.scalarSteps() > 0, op.name() + ": scalar steps");
        }
      }
    }
    assertEquals(SCALAR.size(), seen.size(), "every scalar operation is in the catalog: " + seen);
  }

  @Test
  void otherSameLaneStages_keepTheElementPath() {
    for (String name : List.of("limitLongs", "distinctLongs", "takeWhileLongs")) {
      ScalarProbe p = run(Catalog.named(name), new Gen(7), false);
      assertEquals(0, p.scalarSteps(), name);
    }
  }

  @Test
  void foldsThroughTheFacade_takeScalars_onCopies_andInParallel() {
    long[] xs = LongStream.range(0, 40_000).toArray(); // over the copying threshold
    long evens = LongStream.of(xs).filter(x -> x % 2 == 0).count();
    Optional<Object> want =
        Optional.of(LongStream.of(xs).filter(x -> x % 2 == 0).map(x -> x * x).sum());
    for (boolean parallel : new boolean[] {false, true}) {
      ScalarProbe p = ScalarProbe.of(ScalarProbe.Op.SUM);
      var fold = Fold.from(xs).filter(x -> x % 2 == 0).map(x -> x * x);
      if (parallel) {
        fold = fold.on(ForkJoinExecutor.shared()).chunks(ChunkPolicy.fixed(4096));
      }
      assertEquals(want, fold.reduce(p.longs()), "parallel=" + parallel);
      assertEquals(evens, p.scalarSteps(), "every passing element as a scalar");
      assertEquals(0, p.elementSteps());
    }
    assertEquals(
        LongStream.range(0, 40_000).filter(x -> x % 3 == 0).map(x -> x * x).sum(),
        Fold.range(0, 40_000).parallel().filter(x -> x % 3 == 0).map(x -> x * x).sum());
    assertEquals(
        LongStream.of(xs).map(x -> x * 7 % 1001).max().getAsLong(),
        Fold.from(xs).parallel().map(x -> x * 7 % 1001).max().getAsLong());
    double[] ds = LongStream.of(xs).mapToDouble(x -> (x * 31 % 997) / 4.0 - 100).toArray();
    for (boolean parallel : new boolean[] {false, true}) {
      var doubles = parallel ? Fold.from(ds).parallel() : Fold.from(ds);
      var stream = parallel ? DoubleStream.of(ds).parallel() : DoubleStream.of(ds);
      assertEquals(stream.filter(x -> x > 0).count(), doubles.filter(x -> x > 0).count());
      assertEquals(DoubleStream.of(ds).map(x -> -x).min(), doubles.map(x -> -x).min());
      assertEquals(DoubleStream.of(ds).max(), doubles.max());
      assertEquals(
          DoubleStream.of(ds).reduce(-1e9, Math::max), doubles.reduce(-1e9, Math::max), 0.0);
    }
  }
}
