package dev.parafold.benchmarks;

import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongPred;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Stop;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;

/**
 * A measured prototype for issue 5's Polluted target, not library code: the {@code long[] -> filter
 * -> map -> sum} pipeline built from parafold's own classes ({@code LongArraySource}, {@code
 * LongStages.FilterStep}, {@code LongStages.MapStep}, {@code Reducers.SumLongs}), either the shared
 * classes ({@link #shared}) or private copies of them defined as hidden classes from the same bytes
 * ({@link #cloned}). A hidden copy has its own JIT type profiles, so its call sites stay
 * monomorphic however many other pipelines the JVM runs: the class-per-shape cloning the issue asks
 * for, with no bytecode generation at all.
 */
final class ClonedPipeline {
  private final MethodHandle source;
  private final MethodHandle filter;
  private final MethodHandle map;
  private final Object sum;

  private ClonedPipeline(boolean clone) {
    try {
      Class<?> src = Class.forName("dev.parafold.source.LongArraySource");
      Class<?> f = Class.forName("dev.parafold.xf.LongStages$FilterStep");
      Class<?> m = Class.forName("dev.parafold.xf.LongStages$MapStep");
      Class<?> s = Class.forName("dev.parafold.reduce.Reducers$SumLongs");
      source =
          constructor(
              src, clone, MethodType.methodType(void.class, long[].class, int.class, int.class));
      filter =
          constructor(
              f, clone, MethodType.methodType(void.class, LongReducer.class, LongPred.class));
      map =
          constructor(m, clone, MethodType.methodType(void.class, LongReducer.class, LongFn.class));
      sum = constructor(s, false, MethodType.methodType(void.class)).invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot build the prototype pipeline", e);
    }
  }

  /** The pipeline from the library's shared classes (what {@code Fold.from(..)} runs). */
  static ClonedPipeline shared() {
    return new ClonedPipeline(false);
  }

  /** The pipeline from private hidden-class copies of the same classes. */
  static ClonedPipeline cloned() {
    return new ClonedPipeline(true);
  }

  private static MethodHandle constructor(Class<?> type, boolean clone, MethodType mt)
      throws ReflectiveOperationException {
    MethodHandles.Lookup owner = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    if (clone) {
      String resource = "/" + type.getName().replace('.', '/') + ".class";
      try (InputStream in = Objects.requireNonNull(type.getResourceAsStream(resource), resource)) {
        owner = owner.defineHiddenClass(in.readAllBytes(), true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return owner.findConstructor(owner.lookupClass(), mt);
  }

  /** {@code sum(map(m, filter(p, data)))} through this pipeline's classes. */
  @SuppressWarnings("unchecked")
  long run(long[] data, LongPred p, LongFn m) {
    try {
      Object down = map.invoke((LongReducer<?, ?>) sum, m);
      Reducer<Long, Object, Long> r = (Reducer<Long, Object, Long>) filter.invoke(down, p);
      Source<Long> src = (Source<Long>) source.invoke(data, 0, data.length);
      return r.complete(src.reduce(r, r.init(), Stop.NEVER));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
