package dev.parafold.xf;

import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Objects;
import java.util.stream.Gatherer;

/**
 * Bridges between parafold transducers and {@link Gatherer}s, so a stream user can adopt the
 * catalog one operation at a time, and run a gatherer inside a parafold pipeline.
 *
 * <pre>{@code
 * List<String> runs = lines.stream()
 *     .gather(StreamBridge.toGatherer(Transducers.dedupe()))
 *     .toList();
 * List<Integer> firstTen = bigList.parallelStream()
 *     .gather(StreamBridge.toParallelGatherer(Transducers.distinct()))
 *     .limit(10)
 *     .toList();
 * Fold.from(ints).via(StreamBridge.fromGatherer(Gatherers.windowFixed(3))).toList();
 * }</pre>
 *
 * <p>Which bridge to use:
 *
 * <ul>
 *   <li>{@link #toGatherer}: lazy; every element the transducer emits is pushed downstream at once,
 *       so it works on infinite streams and under {@code limit}/{@code findFirst}. It has a
 *       combiner only when the transducer is {@link Strategy#STATELESS}; otherwise a parallel
 *       stream runs this stage in encounter order, one element at a time (exact, not parallel).
 *   <li>{@link #toParallelGatherer}: a combiner built on the transducer's own {@code combine} for
 *       every strategy but {@link Strategy#SEQUENTIAL}, so the stage itself runs in parallel and
 *       the result equals the sequential one. Each chunk keeps its output until the stream's last
 *       merge (a gatherer's combiner cannot emit between two chunks' outputs), so use it on finite
 *       streams.
 *   <li>{@link #fromGatherer}: a transducer that runs a gatherer; {@link Strategy#SEQUENTIAL}
 *       unless the gatherer has a combiner ({@link Strategy#MERGEABLE} then).
 * </ul>
 *
 * <p>Early stop maps both ways: a transducer that is done ({@code limit}, {@code takeWhile}) makes
 * the integrator return {@code false}, and a gatherer's {@code false} makes the transducer done; a
 * downstream that rejects elements stops the stage in both directions.
 *
 * @implNote This class is the {@code META-INF/versions/24} entry of the multi-release {@code
 *     parafold-transducers} jar; its base version (for older JDKs) throws {@link
 *     UnsupportedOperationException}. Transducers see no element positions through a gatherer
 *     ({@code Gatherer} initializers are not told where a chunk starts), so {@link
 *     #toParallelGatherer} starts every chunk at an unknown offset and resolves the whole result
 *     from offset 0 in the finisher, the way a chunk of unknown position is resolved in a fold.
 * @since 0.1
 */
public final class StreamBridge {
  /** The first JDK whose {@code java.util.stream.Gatherer} is final (JEP 485). */
  static final int GATHERER_JDK = 24;

  private StreamBridge() {}

  /**
   * A gatherer that runs {@code transducer} lazily: it pushes each element as the transducer emits
   * it and stops pulling input as soon as the transducer is done or the downstream rejects.
   *
   * <pre>{@code
   * Stream.iterate(1, i -> i + 1)
   *     .gather(StreamBridge.toGatherer(Transducers.<Integer>partitionAll(3)))
   *     .limit(2)
   *     .toList(); // [[1, 2, 3], [4, 5, 6]]
   * }</pre>
   *
   * @param <T> elements in
   * @param <U> elements out
   * @param transducer the stage(s) to run
   * @return a gatherer with a combiner if {@code transducer} is stateless, sequential otherwise
   * @throws NullPointerException if {@code transducer} is null
   */
  public static <T, U> Gatherer<T, ?, U> toGatherer(Transducer<T, U> transducer) {
    return new TransducerGatherer<>(Objects.requireNonNull(transducer, "transducer"));
  }

  /**
   * A gatherer whose combiner merges chunks with the transducer's own {@code combine}, so parallel
   * streams run the stage in parallel and stay exact. A {@link Strategy#SEQUENTIAL} transducer gets
   * no combiner (it cannot be split): the result is then {@link #toGatherer}'s. A stateless one
   * needs no buffering: also {@link #toGatherer}'s.
   *
   * <pre>{@code
   * bigList.parallelStream()
   *     .gather(StreamBridge.toParallelGatherer(Transducers.dedupe()))
   *     .toList(); // equals bigList.stream().gather(StreamBridge.toGatherer(Transducers.dedupe()))
   * }</pre>
   *
   * @param <T> elements in
   * @param <U> elements out
   * @param transducer the stage(s) to run
   * @return a gatherer that holds each chunk's output until the finisher, which pushes it all
   * @throws NullPointerException if {@code transducer} is null
   */
  public static <T, U> Gatherer<T, ?, U> toParallelGatherer(Transducer<T, U> transducer) {
    Objects.requireNonNull(transducer, "transducer");
    Strategy s = transducer.strategy();
    if (s == Strategy.STATELESS || s == Strategy.SEQUENTIAL) {
      return new TransducerGatherer<>(transducer);
    }
    return new BufferedTransducerGatherer<>(transducer);
  }

  /**
   * A transducer that runs {@code gatherer}: its integrator steps each element, its pushes go to
   * the downstream reducer, its finisher runs when the fold completes.
   *
   * <pre>{@code
   * Fold.from(List.of(1, 2, 3, 4, 5))
   *     .via(StreamBridge.fromGatherer(Gatherers.windowFixed(2)))
   *     .toList(); // [[1, 2], [3, 4], [5]]
   * }</pre>
   *
   * @param <T> elements in
   * @param <U> elements out
   * @param gatherer the gatherer to run; the transducer is serializable when it is
   * @return a transducer of strategy {@link Strategy#MERGEABLE} if the gatherer has a combiner,
   *     {@link Strategy#SEQUENTIAL} otherwise (a fold with it runs on one thread)
   * @throws NullPointerException if {@code gatherer} is null
   */
  public static <T, U> Transducer<T, U> fromGatherer(Gatherer<T, ?, U> gatherer) {
    return new GathererTransducer<>(Objects.requireNonNull(gatherer, "gatherer"));
  }
}
