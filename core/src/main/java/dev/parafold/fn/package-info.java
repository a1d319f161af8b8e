/**
 * The functional interfaces users pass to parafold: each extends its {@code java.util.function}
 * counterpart and {@link java.io.Serializable}, so a lambda written against them can be shipped to
 * a cluster (plain {@code java.util.function} lambdas are not serializable). vavr's {@code
 * Function1} and {@code Function2} convert with {@code Fn.of} and {@code Fn2.of}.
 */
package dev.parafold.fn;
