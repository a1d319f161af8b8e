package dev.parafold.testkit;

import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An identity stage that throws a fresh {@link Failure} for every element it judges bad (by the
 * element's hash, so the same element is bad in every run): the kit's probe for deterministic
 * failures. The sequential fold throws at the first bad element it reaches; a parallel fold must
 * throw for the same element of the same stage, or return normally exactly when the sequential fold
 * does.
 */
final class ThrowingStage<X> implements Transducer<X, X> {
  private final int id;
  private final int modulus;
  private final int salt;
  private final Set<Failure> thrown = ConcurrentHashMap.newKeySet();

  ThrowingStage(int id, int modulus, int salt) {
    this.id = id;
    this.modulus = modulus;
    this.salt = salt;
  }

  /** A random thrower: about one element in 3 to 30 is bad. */
  static <X> ThrowingStage<X> random(Gen gen, int id) {
    return new ThrowingStage<>(id, gen.intBetween(3, 30), gen.intBetween(0, 1000));
  }

  boolean isBad(Object x) {
    return Math.floorMod(Objects.hashCode(x) * 31 + salt, modulus) == 0;
  }

  /** Whether {@code f} is an instance this stage threw (identity, not equality). */
  boolean threw(Failure f) {
    return thrown.contains(f);
  }

  /** As a kit stage: the model is the identity (it never runs on a bad element). */
  Stage<X, X> stage() {
    return Stage.of(this, in -> in);
  }

  @Override
  public <A, R> Reducer<X, ?, R> apply(Reducer<? super X, A, R> down) {
    return new Step<>(down, this);
  }

  @Override
  public String describe() {
    return "throwing#" + id + "(hash % " + modulus + ")";
  }

  /** The failure a bad element raises: which stage, which element. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int stage;
    final transient Object element;

    Failure(int stage, Object element) {
      super("throwing#" + stage + " at " + element, null, false, false);
      this.stage = stage;
      this.element = element;
    }

    /** Same stage, equal element: the same failure of the sequential fold. */
    boolean samePlace(Failure o) {
      return stage == o.stage && Objects.equals(element, o.element);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  private static final class Step<X, A, R> extends ForwardingReducer<X, X, A, R> {
    private static final long serialVersionUID = 1L;
    private final transient ThrowingStage<X> stage;

    Step(Reducer<? super X, A, R> down, ThrowingStage<X> stage) {
      super(down);
      this.stage = stage;
    }

    @Override
    public A step(A acc, X x) {
      if (stage.isBad(x)) {
        Failure f = new Failure(stage.id, x);
        stage.thrown.add(f);
        throw f;
      }
      return down.step(acc, x);
    }
  }
}
