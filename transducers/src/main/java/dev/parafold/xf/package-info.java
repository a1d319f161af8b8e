/**
 * The transducer catalog, {@link dev.parafold.xf.Transducers}: one package-private class per
 * operation, each declaring its parallel {@link dev.parafold.reduce.Strategy}.
 *
 * <table>
 *   <caption>Operations and how they run in parallel</caption>
 *   <tr><th>operation</th><th>strategy</th><th>may stop early</th><th>what combine keeps</th></tr>
 *   <tr><td>map, filter, remove, flatMap, peek</td><td>stateless</td><td>no</td><td>nothing</td></tr>
 *   <tr><td>limit</td><td>indexed</td><td>yes</td><td>up to n held elements of a chunk of unknown position</td></tr>
 *   <tr><td>skip</td><td>indexed</td><td>no</td><td>the first n elements of a chunk of unknown position</td></tr>
 *   <tr><td>takeWhile</td><td>boundary</td><td>yes</td><td>whether the chunk stopped</td></tr>
 *   <tr><td>dropWhile</td><td>boundary</td><td>no</td><td>the chunk's leading run of passing elements</td></tr>
 * </table>
 */
package dev.parafold.xf;
