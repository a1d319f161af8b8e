package dev.parafold.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two chunks fail at once: exactly one thrown instance wins FoldRun's CAS and is rethrown, and the
 * other is attached to it exactly once as a suppressed exception.
 *
 * <p>r1: the winner (1 = a, 2 = b, 0 = none, 9 = another instance). r2: how many of {a, b} are
 * attached to the winner.
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "a won, b attached")
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "b won, a attached")
@Outcome(expect = FORBIDDEN, desc = "no winner, two winners, or a lost or doubled loser")
@State
public class FirstFailureTest {
  private final FoldRun run = new FoldRun(FoldOptions.defaults());
  private final RuntimeException a = new Boom();
  private final RuntimeException b = new Boom();

  @Actor
  public void chunkA() {
    run.fail(a, "chunk a");
  }

  @Actor
  public void chunkB() {
    run.fail(b, "chunk b");
  }

  @Arbiter
  public void caller(II_Result r) {
    try {
      run.throwIfStopped();
      r.r1 = 0;
    } catch (RuntimeException e) {
      r.r1 = e == a ? 1 : e == b ? 2 : 9;
      int attached = 0;
      for (Throwable s : e.getSuppressed()) {
        if (s == a || s == b) {
          attached++;
        }
      }
      r.r2 = attached;
    }
  }
}
