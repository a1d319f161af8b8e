package dev.parafold.xf;

import dev.parafold.reduce.Transducer;

/**
 * Bridges between parafold transducers and {@code java.util.stream.Gatherer} (JDK 24 and later), so
 * a stream user can adopt the catalog one operation at a time: {@code
 * stream.gather(StreamBridge.toGatherer(Transducers.dedupe()))}.
 *
 * <p>This is the base version of a multi-release class: {@code Gatherer} does not exist before JDK
 * 24, so on older JDKs every method throws {@link UnsupportedOperationException} naming the JDK
 * version needed. On JDK 24 and later the {@code META-INF/versions/24} entry of the {@code
 * parafold-transducers} jar replaces this class with the real bridge, whose methods take and return
 * {@code Gatherer}s; {@code javac} 24 or later reads that entry when it compiles against the jar.
 *
 * @implNote The same class loaded from a directory of classes (not from the jar) is this base
 *     version on every JDK: only jars are multi-release.
 * @since 0.1
 */
public final class StreamBridge {
  /** The first JDK whose {@code java.util.stream.Gatherer} is final (JEP 485). */
  static final int GATHERER_JDK = 24;

  private StreamBridge() {}

  /**
   * On JDK 24 and later: a {@code Gatherer} that runs {@code transducer} lazily. Here: throws.
   *
   * @param <T> elements in
   * @param <U> elements out
   * @param transducer the transducer to run as a gatherer
   * @return never, on this JDK
   * @throws UnsupportedOperationException always: this JDK has no {@code Gatherer}
   */
  public static <T, U> Object toGatherer(Transducer<T, U> transducer) {
    throw unavailable("toGatherer");
  }

  /**
   * On JDK 24 and later: a {@code Gatherer} with a combiner built on the transducer's own {@code
   * combine}, for parallel streams. Here: throws.
   *
   * @param <T> elements in
   * @param <U> elements out
   * @param transducer the transducer to run as a gatherer
   * @return never, on this JDK
   * @throws UnsupportedOperationException always: this JDK has no {@code Gatherer}
   */
  public static <T, U> Object toParallelGatherer(Transducer<T, U> transducer) {
    throw unavailable("toParallelGatherer");
  }

  /**
   * On JDK 24 and later: a transducer that runs a {@code Gatherer}. Here: throws.
   *
   * @param <T> elements in
   * @param <U> elements out
   * @param gatherer a {@code java.util.stream.Gatherer}
   * @return never, on this JDK
   * @throws UnsupportedOperationException always: this JDK has no {@code Gatherer}
   */
  public static <T, U> Transducer<T, U> fromGatherer(Object gatherer) {
    throw unavailable("fromGatherer");
  }

  private static UnsupportedOperationException unavailable(String method) {
    return new UnsupportedOperationException(
        "StreamBridge."
            + method
            + " needs JDK "
            + GATHERER_JDK
            + " or later (java.util.stream.Gatherer) and the multi-release parafold-transducers"
            + " jar; this is JDK "
            + Runtime.version()
            + " running the base version of the class");
  }
}
