package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.flatMapStream}: the {@code Stream}-returning flatMap. */
final class FlatMapStreamContractTest extends CatalogContract<Object, Object> {
  @Override
  protected Subject<Object, Object> subject(Gen gen) {
    return subjectOf("flatMapStream", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.flatMapStream(null));
  }

  /** Each inner stream is closed, also when downstream stops in its middle. */
  @org.junit.jupiter.api.Test
  void closesEveryInnerStream() {
    java.util.concurrent.atomic.AtomicInteger opened =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger closed =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Integer> r =
        dev.parafold.Fold.of(1, 2, 3)
            .flatMap(
                x -> {
                  opened.incrementAndGet();
                  return Stream.of(x, x, x).onClose(closed::incrementAndGet);
                })
            .limit(4)
            .toList();
    org.junit.jupiter.api.Assertions.assertEquals(List.of(1, 1, 1, 2), r);
    org.junit.jupiter.api.Assertions.assertEquals(opened.get(), closed.get());
  }
}
