package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.distinctBy}. */
final class DistinctByContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("distinctBy", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("key", () -> Transducers.distinctBy(null));
  }

  /**
   * A null element that is the first of its key stays the first in a chunk that does not start the
   * input (the candidates map once replaced a null candidate with a later element of the same key).
   */
  @org.junit.jupiter.api.Test
  void nullFirstElementOfAKeyStaysFirstInEveryChunk() {
    java.util.List<Integer> in = java.util.Arrays.asList(5, 6, null, 1);
    for (dev.parafold.exec.FoldExecutor exec :
        java.util.List.of(
            dev.parafold.exec.SequentialExecutor.instance(),
            new dev.parafold.exec.SplitTreeExecutor(3))) {
      org.junit.jupiter.api.Assertions.assertEquals(
          java.util.Arrays.asList(5, null),
          dev.parafold.Fold.from(in)
              .on(exec)
              .chunks(dev.parafold.exec.ChunkPolicy.fixed(2))
              .distinctBy(x -> x == null || x == 1 ? "k" : "other")
              .toList(),
          exec.describe());
    }
  }
}
