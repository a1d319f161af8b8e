package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.HiddenStageFrames;
import dev.parafold.exec.Specializer;
import dev.parafold.fn.Pred;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * With specialization on, a user exception's stack trace still says which stage called the
 * function. The JVM hides the frames of hidden classes, so the specialized copies' frames are
 * missing from the trace itself; a {@link HiddenStageFrames} note puts them back.
 */
final class StageFramesTest {
  private static final int N = (int) Specializer.THRESHOLD * 2;
  private static final List<Integer> DATA =
      IntStream.range(0, N).boxed().collect(Collectors.toList());

  @Test
  void aThrowingFilterIsNamedInTheTrace_parallel() {
    check(fold -> fold.parallel(), "filter", "FilterTransducer$FilterReducer.step");
  }

  @Test
  void aThrowingFilterIsNamedInTheTrace_sequential() {
    check(fold -> fold.sequential(), "filter", "FilterTransducer$FilterReducer.step");
  }

  private static void check(
      Function<Fold<Integer>, Fold<Integer>> executor, String stage, String frame) {
    assertTrue(Specializer.enabled());
    AtomicReference<IllegalArgumentException> boom = new AtomicReference<>();
    Pred<Integer> throwsAtTheEnd =
        x -> {
          if (x == N - 3) {
            boom.set(new IllegalArgumentException("bad element " + x)); // trace made here
            throw boom.get();
          }
          return x % 2 == 0;
        };
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                executor
                    .apply(Fold.from(DATA))
                    .map(x -> x + 0)
                    .filter(throwsAtTheEnd)
                    .limit(N)
                    .toList());
    assertSame(boom.get(), thrown, "the user's exception itself");
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    String trace = text.toString();
    assertTrue(trace.contains(frame), "the stage's frame in\n" + trace);
    assertTrue(trace.contains("MapTransducer$MapReducer.step"), "the stage before it in\n" + trace);
    assertTrue(
        trace.contains("stage \"" + stage + "\" in map -> filter -> limit(" + N + ") -> toList"),
        trace);
    assertEquals(
        1,
        Arrays.stream(thrown.getSuppressed()).filter(s -> s instanceof HiddenStageFrames).count());
  }
}
