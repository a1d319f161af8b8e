package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.Specializer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.xf.PrimitiveTransducers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Per-pipeline class copies ({@link Specializer}): they are really made, and pipelines running on
 * them give the same results as java.util.stream, sequentially and in parallel.
 */
class SpecializerTest {

  @Test
  void copiesStagesAndSourceIntoHiddenClasses() {
    Transducer<Long, Long> xf =
        PrimitiveTransducers.filterLongs(x -> x % 2 == 0)
            .andThen(PrimitiveTransducers.mapLongs(x -> x * x));
    Reducer<Long, ?, Long> chain = xf.apply(Reducers.sumLongs());
    Reducer<Long, ?, Long> copy = Specializer.reducer(chain);
    assertTrue(Specializer.enabled());
    assertNotSame(chain, copy);
    assertTrue(copy.getClass().isHidden(), copy.getClass().getName());
    Source<Long> source = Specializer.source(Sources.longs(new long[100_000]), chain).open();
    assertTrue(source.getClass().isHidden(), source.getClass().getName());
    assertTrue(source.splitAt(10).right().getClass().isHidden(), "splits stay copies");
  }

  @Test
  void oneChainOverTwoKindsOfSource_copiesEachSource() {
    // The same chain object shape over a range and over an array: each source class gets its own
    // copy for that chain (the cache key names the source's class as well as the chain's shape).
    Transducer<Long, Long> xf = PrimitiveTransducers.filterLongs(x -> x % 3 == 0);
    Reducer<Long, ?, Long> chain = xf.apply(Reducers.sumLongs());
    Source<Long> range = Specializer.source(Sources.range(0, 100_000), chain).open();
    Source<Long> array = Specializer.source(Sources.longs(new long[100_000]), chain).open();
    assertTrue(range.getClass().isHidden(), range.getClass().getName());
    assertTrue(array.getClass().isHidden(), array.getClass().getName());
    assertNotSame(range.getClass(), array.getClass());
    assertEquals(
        LongStream.range(0, 100_000).filter(x -> x % 3 == 0).sum(),
        Specializer.fold(
            dev.parafold.exec.SequentialExecutor.instance(),
            Sources.range(0, 100_000),
            chain,
            dev.parafold.exec.FoldOptions.defaults()));
  }

  @Test
  void manyShapes_equalStreams_sequentialAndParallel() {
    long[] a = LongStream.range(0, 200_000).map(i -> (i * 0x9E3779B97F4A7C15L) >>> 40).toArray();
    for (boolean parallel : new boolean[] {false, true}) {
      for (int round = 0; round < 2; round++) { // second round runs on cached copies
        assertEquals(
            Arrays.stream(a).filter(x -> x % 2 == 0).map(x -> x * x).sum(),
            fold(a, parallel).filter(x -> x % 2 == 0).map(x -> x * x).sum());
        assertEquals(
            Arrays.stream(a).map(x -> x ^ 5).filter(x -> x > 7).count(),
            fold(a, parallel).map(x -> x ^ 5).filter(x -> x > 7).count());
        assertEquals(
            Arrays.stream(a).map(x -> x * 7).max().getAsLong(),
            fold(a, parallel).map(x -> x * 7).max().getAsLong());
        assertEquals(
            Arrays.stream(a)
                .boxed()
                .filter(x -> x % 3 == 0)
                .limit(1000)
                .collect(Collectors.toList()),
            fold(a, parallel).boxed().filter(x -> x % 3 == 0).limit(1000).toList());
        assertEquals(
            Arrays.stream(a).boxed().skip(777).map(x -> x + 1).collect(Collectors.toList()),
            fold(a, parallel).boxed().skip(777).map(x -> x + 1).toList());
        assertEquals(
            Arrays.stream(a)
                .boxed()
                .collect(Collectors.groupingBy(x -> x % 10, Collectors.counting())),
            fold(a, parallel).boxed().reduce(Reducers.groupBy(x -> x % 10, Reducers.count())));
        List<String> words = new ArrayList<>();
        for (long x : a) {
          words.add("w" + (x % 1000));
        }
        assertEquals(
            words.stream().collect(Collectors.groupingBy(w -> w, Collectors.counting())),
            (parallel ? Fold.from(words).parallel() : Fold.from(words))
                    .flatMapIterable(w -> List.of(w, w))
                    .filter(w -> !w.isEmpty())
                    .reduce(Reducers.countBy(w -> w))
                    .entrySet()
                    .stream()
                    .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue() / 2)));
      }
    }
  }

  private static dev.parafold.LongFold fold(long[] a, boolean parallel) {
    return parallel ? Fold.from(a).parallel() : Fold.from(a);
  }
}
