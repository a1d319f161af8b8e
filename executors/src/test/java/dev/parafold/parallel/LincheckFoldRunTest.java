package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.FoldCancelledException;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import dev.parafold.testkit.Figures;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function0;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.LincheckKt;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Battery B12 (model checking) for {@link FoldRun}: first-failure recording, the suppressed list,
 * the stop flag, and cancellation through a {@link CancelHandle}.
 *
 * <p>Two kinds of check. {@link #linearizableUnderModelChecking()} and {@link
 * #linearizableUnderStress()} treat one {@code FoldRun} as a shared object whose operations (three
 * distinct failures, a cancel, {@code stopRequested()}, and the outcome {@code throwIfStopped()}
 * would report) must be linearizable against {@link Spec}, a sequential description of what FoldRun
 * documents. The {@code runConcurrentTest} scenarios start explicit threads and check invariants
 * after every interleaving Lincheck explores: exactly one thrown instance wins, the other is
 * attached once, a reader that sees the stop flag raised by a failure also sees the failure, a stop
 * is permanent, and a failure outranks a concurrent cancel.
 *
 * <p>Everything Lincheck must explore is a named class: it does not instrument Java lambdas.
 *
 * <p>A Lincheck 2.39 limitation shapes the scenarios: {@code Throwable.addSuppressed} and {@code
 * getSuppressed} are JDK {@code synchronized} methods whose real monitor Lincheck does not manage,
 * while it does switch threads inside them (at the instrumented {@code ArrayList.add}); two threads
 * in them on the same throwable then block for real and Lincheck reports a false "hang" (measured:
 * {@code fail1() <hung> | outcome() <hung>}; FoldRun takes a single monitor, so no real deadlock is
 * possible). So the {@code @Operation} test uses failures with suppression disabled (it checks
 * which instance wins, the stop flag and the cancel, not the suppressed list), and the scenarios
 * let at most one thread attach to a throwable while others run; concurrent attachment of many
 * failures is covered by the fault-injection battery (B4).
 */
@Tag("lincheck") // runs in its own surefire execution (see executors/pom.xml)
final class LincheckFoldRunTest {
  static final String FIGURES = "B12 lincheck";
  static final int ITERATIONS = 5;
  static final int INVOCATIONS = 300;

  // ---- linearizability against a sequential specification -------------------------------------

  /** The shared object: one FoldRun with a cancel handle, and three distinct failures. */
  public static final class Shared {
    private final CancelHandle handle = new CancelHandle();
    private final FoldRun run = new FoldRun(FoldOptions.defaults().cancelWith(handle));
    private final Boom[] booms = {Boom.plain("e0"), Boom.plain("e1"), Boom.plain("e2")};

    @Operation
    public void fail0() {
      run.fail(booms[0], "chunk 0");
    }

    @Operation
    public void fail1() {
      run.fail(booms[1], "chunk 1");
    }

    @Operation
    public void fail2() {
      run.fail(booms[2], "chunk 2");
    }

    @Operation
    public void cancel() {
      handle.cancel();
    }

    @Operation
    public boolean stopRequested() {
      return run.stopRequested();
    }

    @Operation
    public boolean failed() {
      return run.failed();
    }

    /** What the caller would see now, as a value: see {@link #describe}. */
    @Operation
    public String outcome() {
      return describe(run);
    }
  }

  /**
   * What FoldRun documents, sequentially: the first failure wins and later distinct ones are
   * counted; any failure or a seen cancel stops the run for good; a cancel is seen by the next
   * {@code stopRequested()} and then reported, unless a failure outranks it.
   */
  public static final class Spec {
    private String first;
    private boolean handleCancelled;
    private boolean cancelSeen;

    private void fail(String name) {
      if (first == null) {
        first = name;
      }
    }

    public void fail0() {
      fail("e0");
    }

    public void fail1() {
      fail("e1");
    }

    public void fail2() {
      fail("e2");
    }

    public void cancel() {
      handleCancelled = true;
    }

    public boolean stopRequested() {
      if (first != null || cancelSeen) {
        return true;
      }
      if (handleCancelled) {
        cancelSeen = true;
        return true;
      }
      return false;
    }

    public boolean failed() {
      return first != null;
    }

    public String outcome() {
      if (first != null) {
        return "threw " + first + " suppressed [] notes 0";
      }
      return cancelSeen ? "cancelled" : "none";
    }
  }

  /**
   * The outcome of {@code run.throwIfStopped()} as a string: which failure was thrown, the other
   * failures attached to it (in order), and how many "which chunk" notes it carries.
   */
  static String describe(FoldRun run) {
    try {
      run.throwIfStopped();
      return "none";
    } catch (FoldCancelledException e) {
      return "cancelled";
    } catch (Boom b) {
      List<String> later = new ArrayList<>();
      int notes = 0;
      for (Throwable s : b.getSuppressed()) {
        if (s instanceof Boom) {
          later.add(s.getMessage());
        } else {
          notes++;
        }
      }
      return "threw " + b.getMessage() + " suppressed " + later + " notes " + notes;
    }
  }

  @Test
  void linearizableUnderModelChecking() {
    long t0 = System.nanoTime();
    ModelCheckingOptions o =
        new ModelCheckingOptions()
            .iterations(ITERATIONS)
            .invocationsPerIteration(INVOCATIONS)
            .threads(3)
            .actorsPerThread(2)
            .actorsBefore(0)
            .actorsAfter(1)
            .sequentialSpecification(Spec.class);
    LinChecker.check(Shared.class, o);
    Figures.record(FIGURES, "FoldRun @Operation model checking: scenarios", ITERATIONS);
    Figures.record(
        FIGURES, "FoldRun @Operation model checking: invocations", ITERATIONS * INVOCATIONS);
    Figures.record(FIGURES, "FoldRun @Operation model checking: failures", 0);
    Figures.record(FIGURES, "FoldRun @Operation model checking: seconds", seconds(t0));
  }

  @Test
  void linearizableUnderStress() {
    long t0 = System.nanoTime();
    StressOptions o =
        new StressOptions()
            .iterations(ITERATIONS)
            .invocationsPerIteration(INVOCATIONS)
            .threads(3)
            .actorsPerThread(2)
            .actorsBefore(0)
            .actorsAfter(1)
            .sequentialSpecification(Spec.class);
    LinChecker.check(Shared.class, o);
    Figures.record(FIGURES, "FoldRun @Operation stress: invocations", ITERATIONS * INVOCATIONS);
    Figures.record(FIGURES, "FoldRun @Operation stress: failures", 0);
    Figures.record(FIGURES, "FoldRun @Operation stress: seconds", seconds(t0));
  }

  // ---- runConcurrentTest scenarios -------------------------------------------------------------

  /** Two chunks fail with distinct instances while the caller polls the stop flag. */
  static final class FirstFailureScenario implements Function0<Unit> {
    @Override
    public Unit invoke() {
      FoldRun run = new FoldRun(FoldOptions.defaults());
      Boom a = new Boom("a");
      Boom b = new Boom("b");
      Thread ta = new Thread(new Failer(run, a, null));
      Thread tb = new Thread(new Failer(run, b, null));
      ta.start();
      tb.start();
      boolean stop = run.stopRequested();
      boolean failed = run.failed();
      join(ta);
      join(tb);
      check(!stop || failed, "stop flag seen before the failure that raised it");
      check(run.stopRequested(), "not stopped after a failure");
      String out = describe(run);
      check(
          out.equals("threw a suppressed [b] notes 0")
              || out.equals("threw b suppressed [a] notes 0"),
          "exactly one thrown instance must win, the other attached once: " + out);
      return Unit.INSTANCE;
    }
  }

  /** A cancel, a failure and a poller race: the stop is permanent and the failure is reported. */
  static final class CancelVersusFailScenario implements Function0<Unit> {
    @Override
    public Unit invoke() {
      CancelHandle handle = new CancelHandle();
      FoldRun run = new FoldRun(FoldOptions.defaults().cancelWith(handle));
      Boom a = new Boom("a");
      Thread canceller = new Thread(new Canceller(handle));
      Thread failer = new Thread(new Failer(run, a, "chunk a"));
      canceller.start();
      failer.start();
      boolean first = run.stopRequested();
      boolean second = run.stopRequested();
      join(canceller);
      join(failer);
      check(!first || second, "a stop was seen, then lost");
      check(run.stopRequested(), "not stopped after cancel and fail");
      String out = describe(run);
      check(
          out.equals("threw a suppressed [] notes 1"),
          "the failure must outrank the cancel: " + out);
      return Unit.INSTANCE;
    }
  }

  /** A cancel alone, seen by a poller: the run stops and reports the cancel. */
  static final class CancelOnlyScenario implements Function0<Unit> {
    @Override
    public Unit invoke() {
      CancelHandle handle = new CancelHandle();
      FoldRun run = new FoldRun(FoldOptions.defaults().cancelWith(handle));
      Thread canceller = new Thread(new Canceller(handle));
      Thread poller = new Thread(new Poller(run));
      canceller.start();
      poller.start();
      boolean seen = run.stopRequested();
      join(canceller);
      join(poller);
      check(!seen || run.stopRequested(), "a stop was seen, then lost");
      check(run.stopRequested(), "not stopped after cancel");
      check(!run.failed(), "a cancel is not a failure");
      check(describe(run).equals("cancelled"), "cancel not reported: " + describe(run));
      return Unit.INSTANCE;
    }
  }

  @Test
  void firstFailureScenario() {
    runScenario("first failure", new FirstFailureScenario());
  }

  @Test
  void cancelVersusFailScenario() {
    runScenario("cancel vs fail", new CancelVersusFailScenario());
  }

  @Test
  void cancelOnlyScenario() {
    runScenario("cancel only", new CancelOnlyScenario());
  }

  static void runScenario(String name, Function0<Unit> scenario) {
    runScenario(name, scenario, INVOCATIONS);
  }

  static void runScenario(String name, Function0<Unit> scenario, int invocations) {
    long t0 = System.nanoTime();
    LincheckKt.runConcurrentTest(invocations, scenario);
    Figures.record(FIGURES, name + ": invocations", invocations);
    Figures.record(FIGURES, name + ": failures", 0);
    Figures.record(FIGURES, name + ": seconds", seconds(t0));
  }

  // ---- named building blocks -------------------------------------------------------------------

  /** A stackless failure with a name. */
  static final class Boom extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Boom(String name) {
      this(name, true);
    }

    private Boom(String name, boolean suppression) {
      super(name, null, suppression, false);
    }

    /** A failure whose {@code addSuppressed} is a no-op (see the class comment). */
    static Boom plain(String name) {
      return new Boom(name, false);
    }
  }

  /** A chunk that fails; {@code where} is the "which chunk" note, or null for none. */
  static final class Failer implements Runnable {
    private final FoldRun run;
    private final Throwable t;
    private final String where;

    Failer(FoldRun run, Throwable t, String where) {
      this.run = run;
      this.t = t;
      this.where = where;
    }

    @Override
    public void run() {
      run.fail(t, where);
    }
  }

  /** The user cancels. */
  static final class Canceller implements Runnable {
    private final CancelHandle handle;

    Canceller(CancelHandle handle) {
      this.handle = handle;
    }

    @Override
    public void run() {
      handle.cancel();
    }
  }

  /** A worker polls the stop flag twice; a stop it saw must not be lost. */
  static final class Poller implements Runnable {
    private final FoldRun run;

    Poller(FoldRun run) {
      this.run = run;
    }

    @Override
    public void run() {
      boolean first = run.stopRequested();
      boolean second = run.stopRequested();
      check(!first || second, "a stop was seen, then lost");
    }
  }

  static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  static double seconds(long t0) {
    return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
  }

  @Test
  void describeMatchesSpecSequentially() {
    Shared s = new Shared();
    Spec spec = new Spec();
    s.fail1();
    spec.fail1();
    s.fail0();
    spec.fail0();
    s.fail1();
    spec.fail1();
    assertEquals(spec.outcome(), s.outcome());
  }
}
