package dev.parafold.reduce;

import java.util.List;

/** Passes elements through unchanged. */
final class IdentityTransducer implements Transducer<Object, Object> {
  private static final long serialVersionUID = 1L;
  static final IdentityTransducer INSTANCE = new IdentityTransducer();

  private IdentityTransducer() {}

  @Override
  @SuppressWarnings("unchecked")
  public <A, R> Reducer<Object, ?, R> apply(Reducer<? super Object, A, R> downstream) {
    return (Reducer<Object, ?, R>) downstream;
  }

  @Override
  public List<Transducer<?, ?>> stages() {
    return List.of();
  }

  @Override
  public String describe() {
    return "identity";
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
