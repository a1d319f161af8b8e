/**
 * The fluent API: {@link dev.parafold.Fold} (objects), {@link dev.parafold.IntFold}, {@link
 * dev.parafold.LongFold} and {@link dev.parafold.DoubleFold} (unboxed primitives, with the same
 * operations). Method names and shapes follow {@code java.util.stream}; README.md lists the few
 * stream methods left out on purpose.
 *
 * <pre>{@code
 * List<Integer> firstTen = Fold.from(list).parallel().filter(x -> x % 3 == 0).limit(10).toList();
 * }</pre>
 *
 * <h2>Parallel semantics</h2>
 *
 * <ul>
 *   <li><b>Ordering.</b> Chunks are merged left then right with each reducer's {@code combine}, so
 *       ordered results ({@code toList}, {@code joining}, {@code findFirst}, {@code limit}) equal
 *       the sequential ones, for every operation of the catalog, stateful ones included.
 *   <li><b>Associativity.</b> Reducers must have an associative {@code combine} whose identity is
 *       {@code init}; {@link dev.parafold.reduce.ReducerLaws} checks yours, and {@code
 *       -Dparafold.checkLaws=true} checks every pipeline on the first elements it reads.
 *   <li><b>Side effects.</b> Functions passed to {@code peek}, {@code forEach} and the stages run
 *       on worker threads, concurrently; they must not share unsynchronised mutable state. Nothing
 *       is left running when a terminal operation returns or throws. {@code forEach} sees exactly
 *       the pipeline's elements; a {@code peek} after a stage that is not stateless may also see
 *       elements a chunk passed tentatively (see {@code Fold.peek}).
 *   <li><b>Order.</b> {@code unordered()} declares that order does not matter: a {@code CONCURRENT}
 *       collector then fills one shared container and {@code forEachOrdered} is {@code forEach};
 *       stages keep their order. {@code findAny} returns the first element found in encounter
 *       order, which costs no more than any other here.
 *   <li><b>Early termination.</b> When a chunk's result can no longer change ({@code limit}, {@code
 *       takeWhile}, {@code findFirst}, {@code anyMatch}), the chunks to its right are cancelled and
 *       chunks to its left finish: the result is deterministic.
 *   <li><b>Failures.</b> The first exception a user function throws reaches the caller as the same
 *       instance; later ones are attached as suppressed.
 * </ul>
 */
package dev.parafold;
