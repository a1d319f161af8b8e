package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code PrimitiveTransducers.takeWhileLongs} (unboxed). */
final class TakeWhileLongsContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("takeWhileLongs", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> PrimitiveTransducers.takeWhileLongs(null));
  }
}
