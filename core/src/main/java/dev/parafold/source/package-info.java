/**
 * Reducible, splittable sources: {@link dev.parafold.source.Source} folds itself with the hot loop
 * inside and splits into chunks; {@link dev.parafold.source.Sources} creates the built-in ones
 * (arrays, primitive arrays, ranges, lists, collections, iterators, spliterators, streams, vavr).
 */
package dev.parafold.source;
