/**
 * The transducer catalog, {@link dev.parafold.xf.Transducers} (the primitive lanes: {@link
 * dev.parafold.xf.PrimitiveTransducers}): one package-private class per operation, each declaring
 * its parallel {@link dev.parafold.reduce.Strategy} and implementing the {@code combine} that makes
 * parallel results equal sequential ones.
 *
 * <p>"Held" below is a chunk's undecided prefix: elements whose fate depends on what lies to the
 * chunk's left. A chunk that starts the input (offset 0) never holds anything; {@code combine}
 * decides held elements and replays them into the left accumulator. Index-aware stages use exact
 * offsets when the source is sized and every stage above them is one-to-one; otherwise they hold.
 *
 * <table>
 *   <caption>Operations and how they run in parallel</caption>
 *   <tr><th>operation</th><th>strategy</th><th>may stop early</th><th>what combine keeps</th></tr>
 *   <tr><td>map, filter, remove, keep, flatMap, flatMapStream, mapMulti, cat, replace, peek,
 *       mapToInt, mapToLong, mapToDouble, flatMapToInt, flatMapToLong, flatMapToDouble, mapInts,
 *       filterInts, peekInts, mapIntsToObj, mapIntsToLong, mapIntsToDouble, mapLongs, filterLongs,
 *       peekLongs, mapLongsToObj, mapLongsToInt, mapLongsToDouble, mapDoubles, filterDoubles,
 *       peekDoubles, mapDoublesToObj, mapDoublesToInt, mapDoublesToLong</td><td>stateless</td>
 *       <td>no</td><td>nothing (the downstream accumulator)</td></tr>
 *   <tr><td>limit, limitLongs</td><td>indexed</td><td>yes</td><td>known offset: nothing;
 *       unknown: up to n held elements</td></tr>
 *   <tr><td>skip</td><td>indexed</td><td>no</td><td>known offset: nothing; unknown: the first n
 *       elements</td></tr>
 *   <tr><td>takeNth, mapIndexed, keepIndexed, zipWithIndex, randomSample</td><td>indexed</td>
 *       <td>no</td><td>known offset: the next position; unknown: the whole chunk</td></tr>
 *   <tr><td>partitionAll(n), partitionAllLongs(n), partitionAllInts(n)</td><td>indexed</td><td>no</td><td>known offset: the head before the
 *       first multiple of n and the open partition; unknown: the whole chunk</td></tr>
 *   <tr><td>window(size, step)</td><td>boundary (step 1), indexed</td><td>no</td><td>the first
 *       and last size - 1 elements (step &gt; 1 and unknown offset: the whole chunk)</td></tr>
 *   <tr><td>scan</td><td>indexed</td><td>no</td><td>the running value (first chunk); any other
 *       chunk: all its elements</td></tr>
 *   <tr><td>takeWhile, takeWhileLongs, takeWhileDoubles, haltWhen</td><td>boundary</td><td>yes</td><td>whether the chunk
 *       stopped</td></tr>
 *   <tr><td>dropWhile</td><td>boundary</td><td>no</td><td>the chunk's leading run of passing
 *       elements</td></tr>
 *   <tr><td>dedupe</td><td>boundary</td><td>no</td><td>the first element (held) and the
 *       last</td></tr>
 *   <tr><td>partitionBy</td><td>boundary</td><td>no</td><td>the first run (held) and the open last
 *       run</td></tr>
 *   <tr><td>interpose</td><td>boundary</td><td>no</td><td>the first element (held)</td></tr>
 *   <tr><td>distinct, distinctBy, distinctLongs</td><td>mergeable</td><td>no</td><td>first chunk:
 *       the seen keys; others: first element per key, in order</td></tr>
 *   <tr><td>sorted</td><td>mergeable</td><td>no</td><td>sorted runs, merged stably; the stages
 *       after it run after the last merge, on one thread</td></tr>
 *   <tr><td>groupBy (a reducer)</td><td>mergeable</td><td>per group</td><td>key to the group's
 *       accumulator, merged key by key with the group's own combine</td></tr>
 * </table>
 *
 * <p>"May stop early" is the stage's own {@code isDone}; every stage also forwards its downstream's
 * (a stateless stage before a {@code limit} stops when the limit does).
 *
 * <p>Names: operation {@code limit} is {@code LimitTransducer}, whose reducer is {@code
 * LimitTransducer.LimitReducer} and, for a stateful stage, whose per-chunk accumulator is {@code
 * LimitTransducer.LimitAccumulator}. Stateless reducers extend {@code StatelessReducer}, stateful
 * ones {@code StatefulReducer} (index-aware ones by position: {@code PositionalReducer}), which
 * also make every stage describe itself by its operation ({@code map -> filter -> limit(10) ->
 * toList}).
 */
package dev.parafold.xf;
