package dev.parafold.xf;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;
import java.util.PrimitiveIterator;
import java.util.stream.BaseStream;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Replaces each element with the elements of the primitive stream {@code f} returns (null means
 * none), stepping them downstream unboxed ({@code int}s on the {@code long} lane), closing each
 * stream and stopping mid-stream when downstream is done. Same as {@code Stream.flatMapToInt},
 * {@code flatMapToLong}, {@code flatMapToDouble}, and the primitive streams' {@code flatMap}.
 *
 * @param <T> elements in
 * @param <P> {@code Long} for {@code int} and {@code long} streams, {@code Double} for doubles
 */
final class FlatMapToPrimitiveTransducer<T, P> implements Transducer<T, P> {
  private static final long serialVersionUID = 1L;

  /** The kind of primitive stream {@code f} returns. */
  enum Kind {
    INT,
    LONG,
    DOUBLE
  }

  private final Fn<? super T, ? extends BaseStream<?, ?>> f;
  private final Kind kind;

  FlatMapToPrimitiveTransducer(Fn<? super T, ? extends BaseStream<?, ?>> f, Kind kind) {
    this.f = Objects.requireNonNull(f, "f");
    this.kind = kind;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super P, A, R> downstream) {
    @SuppressWarnings("unchecked")
    Reducer<Object, A, R> down = (Reducer<Object, A, R>) downstream;
    return new FlatMapToPrimitiveReducer<T, A, R>(down, f, kind);
  }

  @Override
  public String describe() {
    return name(kind);
  }

  private static String name(Kind kind) {
    return kind == Kind.INT
        ? "flatMapToInt"
        : kind == Kind.LONG ? "flatMapToLong" : "flatMapToDouble";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class FlatMapToPrimitiveReducer<T, A, R>
      extends StatelessReducer<T, Object, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn<? super T, ? extends BaseStream<?, ?>> f;
    private final Kind kind;
    private final LongReducer<A, R> longs;
    private final DoubleReducer<A, R> doubles;
    private final boolean mayStop;

    @SuppressWarnings("unchecked")
    FlatMapToPrimitiveReducer(
        Reducer<Object, A, R> down, Fn<? super T, ? extends BaseStream<?, ?>> f, Kind kind) {
      super(down, name(kind), false);
      this.f = f;
      this.kind = kind;
      this.longs =
          kind == Kind.DOUBLE
              ? null
              : LongReducer.of((Reducer<? super Long, A, R>) (Reducer<?, A, R>) down);
      this.doubles =
          kind == Kind.DOUBLE
              ? DoubleReducer.of((Reducer<? super Double, A, R>) (Reducer<?, A, R>) down)
              : null;
      this.mayStop = down.mayStop();
    }

    @Override
    public A step(A acc, T t) {
      try (BaseStream<?, ?> s = f.apply(t)) {
        if (s == null) {
          return acc;
        }
        switch (kind) {
          case INT:
            {
              PrimitiveIterator.OfInt it = ((IntStream) s).sequential().iterator();
              while (it.hasNext()) {
                acc = longs.stepLong(acc, it.nextInt());
                if (mayStop && longs.isDone(acc)) {
                  return acc;
                }
              }
              return acc;
            }
          case LONG:
            {
              PrimitiveIterator.OfLong it = ((LongStream) s).sequential().iterator();
              while (it.hasNext()) {
                acc = longs.stepLong(acc, it.nextLong());
                if (mayStop && longs.isDone(acc)) {
                  return acc;
                }
              }
              return acc;
            }
          default:
            {
              PrimitiveIterator.OfDouble it = ((DoubleStream) s).sequential().iterator();
              while (it.hasNext()) {
                acc = doubles.stepDouble(acc, it.nextDouble());
                if (mayStop && doubles.isDone(acc)) {
                  return acc;
                }
              }
              return acc;
            }
        }
      }
    }
  }
}
