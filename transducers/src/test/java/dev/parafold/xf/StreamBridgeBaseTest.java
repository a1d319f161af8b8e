package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The base version of {@link StreamBridge} (the class in {@code target/classes}, which is what
 * every JDK loads from a directory, and what JDK 17 loads from the jar): it loads, and each bridge
 * fails with an {@link UnsupportedOperationException} naming the JDK it needs. The real bridge is
 * tested on JDK 25 from {@code src/test/java24}.
 */
final class StreamBridgeBaseTest {

  @Test
  void everyBridgeNamesTheJdkItNeeds_onTheBaseVersion() {
    List<Executable> calls =
        List.of(
            () -> StreamBridge.toGatherer(Transducers.dedupe()),
            () -> StreamBridge.toParallelGatherer(Transducers.dedupe()),
            () -> StreamBridge.fromGatherer(new Object()));
    for (Executable call : calls) {
      UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call);
      assertTrue(e.getMessage().contains("needs JDK 24 or later"), e.getMessage());
      assertTrue(e.getMessage().contains("this is JDK " + Runtime.version()), e.getMessage());
    }
  }
}
