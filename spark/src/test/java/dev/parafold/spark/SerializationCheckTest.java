package dev.parafold.spark;

import static dev.parafold.spark.TestStages.filter;
import static dev.parafold.spark.TestStages.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import java.io.NotSerializableException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Non-serializable stages fail before submission, with the stage named. */
final class SerializationCheckTest {
  private static SparkExecutor spark;

  @BeforeAll
  static void start() {
    spark = SparkExecutor.on(LocalSpark.context());
  }

  /** A map stage holding a plain java.util.function.Function: not serializable. */
  static final class PlainMap<T, U, A, R> extends ForwardingReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Function<T, U> f;

    PlainMap(Reducer<? super U, A, R> down, Function<T, U> f) {
      super(down);
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return down.step(acc, f.apply(t));
    }

    @Override
    public String describe() {
      return "plainMap -> " + down.describe();
    }
  }

  static <T, U> Transducer<T, U> plainMap(Function<T, U> f) {
    return new Transducer<T, U>() {
      private static final long serialVersionUID = 1L;

      @Override
      public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> down) {
        return new PlainMap<T, U, A, R>(down, f);
      }
    };
  }

  @Test
  void plainLambda_failsBeforeSubmission_namingTheStage() {
    Function<Long, Long> notSerializable = x -> x + 1;
    Reducer<Long, ?, List<Long>> r =
        map((Long x) -> x * 2)
            .andThen(plainMap(notSerializable))
            .andThen(filter((Long x) -> x > 3))
            .apply(Reducers.toList());
    NotSerializableStageException e =
        assertThrows(
            NotSerializableStageException.class,
            () -> spark.fold(SparkSources.range(0, 10), r, FoldOptions.defaults()));
    assertEquals("plainMap", e.stage());
    assertTrue(
        e.getMessage()
            .startsWith("stage 'plainMap' of pipeline 'map -> plainMap -> filter -> toList'"),
        e.getMessage());
    assertInstanceOf(NotSerializableException.class, e.getCause());
  }

  /** An accumulator that cannot travel back to the driver. */
  static final class Tally {
    long n;
  }

  @Test
  void nonSerializableAccumulator_failsBeforeSubmission() {
    Reducer<Long, Tally, Long> r =
        Reducers.of(
            Tally::new,
            (a, x) -> {
              a.n++;
              return a;
            },
            (a, b) -> {
              a.n += b.n;
              return a;
            },
            a -> a.n);
    NotSerializableStageException e =
        assertThrows(
            NotSerializableStageException.class,
            () -> spark.fold(SparkSources.range(0, 10), r, FoldOptions.defaults()));
    assertTrue(e.getMessage().contains("the accumulator of 'Reducers.of'"), e.getMessage());
    assertTrue(e.getMessage().contains(Tally.class.getName()), e.getMessage());
  }

  @Test
  void builtInReducers_andTheirAccumulators_serialize() {
    for (Reducer<Long, ?, ?> r :
        List.<Reducer<Long, ?, ?>>of(
            Reducers.count(),
            Reducers.toList(),
            Reducers.<Long>first(),
            Reducers.groupBy((Long x) -> x % 3),
            Reducers.summingLong((Long x) -> x),
            Reducers.anyMatch((Long x) -> x > 3),
            Reducers.longStatistics(),
            Reducers.averaging((Long x) -> x * 0.5),
            Reducers.min((Long a, Long b) -> Long.compare(b, a)),
            Reducers.max((Long a, Long b) -> Long.compare(b, a)),
            Reducers.topK(3, (Long a, Long b) -> Long.compare(b, a)))) {
      assertEquals(null, SerializationCheck.tryRoundTrip(r), r.describe());
      assertEquals(null, SerializationCheck.tryRoundTrip(r.init(0)), r.describe() + " accumulator");
    }
    assertEquals(null, SerializationCheck.tryRoundTrip(Reducers.doubleStatistics().init(0)));
  }
}
