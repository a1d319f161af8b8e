package dev.parafold.testkit;

import dev.parafold.reduce.Transducer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A transducer paired with its model on plain lists: what the kit chains around a subject.
 *
 * @param <T> elements in
 * @param <U> elements out
 */
public final class Stage<T, U> {
  final Transducer<T, U> xf;
  final Function<List<T>, List<U>> model;

  private Stage(Transducer<T, U> xf, Function<List<T>, List<U>> model) {
    this.xf = Objects.requireNonNull(xf, "xf");
    this.model = Objects.requireNonNull(model, "model");
  }

  /** {@code xf} with its list model. */
  public static <T, U> Stage<T, U> of(Transducer<T, U> xf, Function<List<T>, List<U>> model) {
    return new Stage<>(xf, model);
  }

  /** The transducer. */
  public Transducer<T, U> transducer() {
    return xf;
  }

  /** The model applied to {@code in} (a copy of it, so models may mutate). */
  public List<U> model(List<T> in) {
    return model.apply(new java.util.ArrayList<>(in));
  }

  /** This stage, then {@code next}. */
  public <V> Stage<T, V> andThen(Stage<U, V> next) {
    return new Stage<>(xf.andThen(next.xf), in -> next.model(model(in)));
  }

  @Override
  public String toString() {
    return xf.describe();
  }
}
