package dev.parafold.reduce;

/**
 * Base of the reducers that stateless transducers create: the accumulator is the downstream's, and
 * everything but {@link #step} forwards to it. A subclass overrides {@code step} only.
 *
 * @param <T> elements stepped into this reducer
 * @param <U> elements passed downstream
 * @param <A> the downstream's accumulator, also this reducer's
 * @param <R> result type
 * @since 0.1
 */
public abstract class ForwardingReducer<T, U, A, R> implements Reducer<T, A, R> {
  private static final long serialVersionUID = 1L;

  /** The reducer this one feeds. */
  protected final Reducer<? super U, A, R> down;

  /** Wraps {@code down}. */
  protected ForwardingReducer(Reducer<? super U, A, R> down) {
    this.down = down;
  }

  @Override
  public A init() {
    return down.init();
  }

  /**
   * Forwards the offset unchanged: right for one-to-one stages (map, peek). Stages that drop or add
   * elements override this and pass {@code offset == 0 ? 0 : UNKNOWN_OFFSET}.
   */
  @Override
  public A init(long offset) {
    return down.init(offset);
  }

  @Override
  public A combine(A left, A right) {
    return down.combine(left, right);
  }

  @Override
  public R complete(A acc) {
    return down.complete(acc);
  }

  @Override
  public boolean isDone(A acc) {
    return down.isDone(acc);
  }

  /** The downstream's check, unless this class overrides {@code isDone}. */
  @Override
  public Reducer<?, A, ?> doneCheck() {
    return FORWARDS_IS_DONE.get(getClass()) ? down.doneCheck() : this;
  }

  /** Whether a class keeps this class's {@code isDone} (then it equals the downstream's). */
  private static final ClassValue<Boolean> FORWARDS_IS_DONE =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
          try {
            return c.getMethod("isDone", Object.class).getDeclaringClass()
                == ForwardingReducer.class;
          } catch (NoSuchMethodException | SecurityException e) {
            return false;
          }
        }
      };

  @Override
  public boolean mayStop() {
    return down.mayStop();
  }

  @Override
  public boolean keyedState() {
    return down.keyedState();
  }

  @Override
  public Strategy strategy() {
    return down.strategy();
  }

  @Override
  public String describe() {
    return Reducer.super.describe() + " -> " + down.describe();
  }
}
