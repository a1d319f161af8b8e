package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parafold.testkit.Figures;
import kotlin.Unit;
import kotlin.jvm.functions.Function0;
import org.jetbrains.kotlinx.lincheck.LincheckAssertionError;
import org.jetbrains.kotlinx.lincheck.LincheckKt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Battery B12's teeth: a first-failure recorder with a planted race (a non-atomic check-then-set
 * instead of FoldRun's CAS) must be caught by the same kind of scenario that passes for {@code
 * FoldRun} in {@link LincheckFoldRunTest}. If Lincheck stopped exploring interleavings (a lambda, a
 * changed version, a missing JVM flag), this test fails.
 */
@Tag("lincheck") // runs in its own surefire execution (see executors/pom.xml)
final class LincheckPlantedBugTest {

  /** The planted bug: two failers can both see "no failure yet" and both win. */
  static final class RacyFirstFailure {
    private volatile Throwable first;
    private volatile int later;

    void fail(Throwable t) {
      if (first == null) {
        first = t; // not a CAS: a concurrent failer may also get here
      } else {
        later++;
      }
    }
  }

  /** A racy failer. */
  static final class RacyFailer implements Runnable {
    private final RacyFirstFailure recorder;
    private final Throwable t;

    RacyFailer(RacyFirstFailure recorder, Throwable t) {
      this.recorder = recorder;
      this.t = t;
    }

    @Override
    public void run() {
      recorder.fail(t);
    }
  }

  /** Two failers: exactly one wins, so exactly one later failure is counted. */
  static final class RacyScenario implements Function0<Unit> {
    @Override
    public Unit invoke() {
      RacyFirstFailure r = new RacyFirstFailure();
      Thread a = new Thread(new RacyFailer(r, new LincheckFoldRunTest.Boom("a")));
      Thread b = new Thread(new RacyFailer(r, new LincheckFoldRunTest.Boom("b")));
      a.start();
      b.start();
      LincheckFoldRunTest.join(a);
      LincheckFoldRunTest.join(b);
      LincheckFoldRunTest.check(r.first != null && r.later == 1, "two failers, not one winner");
      return Unit.INSTANCE;
    }
  }

  @Test
  void plantedCheckThenSetIsCaught() {
    long t0 = System.nanoTime();
    boolean caught = false;
    try {
      assertThrows(
          LincheckAssertionError.class,
          () -> LincheckKt.runConcurrentTest(LincheckFoldRunTest.INVOCATIONS, new RacyScenario()));
      caught = true;
    } finally {
      Figures.record(LincheckFoldRunTest.FIGURES, "planted check-then-set caught", caught);
      Figures.record(
          LincheckFoldRunTest.FIGURES,
          "planted check-then-set: seconds to catch",
          LincheckFoldRunTest.seconds(t0));
    }
  }
}
