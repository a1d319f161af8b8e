package dev.parafold.reduce;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A reusable, immutable description of per-element work, independent of any source or result: it
 * turns a reducer of {@code U}s into a reducer of {@code T}s.
 *
 * <pre>
 *   T ──▶ [ Transducer&lt;T, U&gt; ] ──▶ U ──▶ downstream Reducer&lt;U, A, R&gt;
 * </pre>
 *
 * <p>Transducers compose left to right: {@code map(f).andThen(filter(p))} maps, then filters.
 *
 * @implSpec
 *     <ul>
 *       <li>A transducer value holds no mutable state: every {@link #apply} returns a new reducer,
 *           and all per-run state lives in the accumulators that reducer creates in {@code init}.
 *           One value can run many times, on many threads at once.
 *       <li>{@link #strategy()} declares how the stage behaves on split input, and the reducer it
 *           creates implements {@code combine} accordingly (see {@link Strategy}).
 *       <li>A transducer is serializable when its functions are; the library's function types are.
 *     </ul>
 *
 * @param <T> elements in
 * @param <U> elements out
 * @since 0.1
 */
public interface Transducer<T, U> extends Serializable {

  /** Wraps {@code downstream} into a reducer that applies this stage first. */
  <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> downstream);

  /** How this stage behaves on split input. */
  default Strategy strategy() {
    return Strategy.STATELESS;
  }

  /** A short name for explain output, e.g. {@code "limit(10)"}. */
  default String describe() {
    return getClass().getSimpleName();
  }

  /** The stages of this transducer, left to right (itself unless it is a composition). */
  default List<Transducer<?, ?>> stages() {
    return List.of(this);
  }

  /** This stage, then {@code next}. */
  default <V> Transducer<T, V> andThen(Transducer<? super U, V> next) {
    Objects.requireNonNull(next, "next");
    return new ComposedTransducer<>(this, next);
  }

  /** The transducer that passes every element through. */
  @SuppressWarnings("unchecked")
  static <T> Transducer<T, T> identity() {
    return (Transducer<T, T>) IdentityTransducer.INSTANCE;
  }
}
