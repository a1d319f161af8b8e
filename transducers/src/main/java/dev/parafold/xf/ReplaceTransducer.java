package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Replaces each element that is a key of {@code replacements} by its value; other elements pass
 * unchanged. Clojure {@code replace} (with a map); {@code Stream.map(x -> m.getOrDefault(x, x))}.
 * The map is copied at construction (null keys and values allowed).
 */
final class ReplaceTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final HashMap<T, T> replacements;

  ReplaceTransducer(Map<? extends T, ? extends T> replacements) {
    this.replacements = new HashMap<>(Objects.requireNonNull(replacements, "replacements"));
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new ReplaceReducer<>(downstream, replacements);
  }

  @Override
  public String describe() {
    return "replace(" + replacements.size() + " keys)";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class ReplaceReducer<T, A, R> extends StatelessReducer<T, T, A, R> {
    private static final long serialVersionUID = 1L;
    private final HashMap<T, T> replacements;

    ReplaceReducer(Reducer<? super T, A, R> down, HashMap<T, T> replacements) {
      super(down, "replace(" + replacements.size() + " keys)", true);
      this.replacements = replacements;
    }

    @Override
    public A step(A acc, T t) {
      T r = replacements.getOrDefault(t, t);
      return down.step(acc, r);
    }
  }
}
