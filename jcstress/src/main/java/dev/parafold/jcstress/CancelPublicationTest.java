package dev.parafold.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.FoldCancelledException;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * A cancel and then a chunk failure (two actors only: jcstress cannot schedule three on two CPUs)
 * race with a worker that polls twice: a stop the worker saw is never lost, and once both happened
 * the caller gets the failure (a failure outranks a concurrent cancel), never the cancel and never
 * a normal return.
 *
 * <p>r1: the worker's two polls (0 none, 1 only the second, 2 both, 3 first only: a lost stop). r2:
 * what the caller sees after both (1 the failure instance, 2 the cancel, 0 nothing). r3: stop flag
 * after both (1 set).
 */
@JCStressTest
@Outcome(id = "[0-2], 1, 1", expect = ACCEPTABLE, desc = "failure reported; polls monotonic")
@Outcome(expect = FORBIDDEN, desc = "a lost stop, a cancel outranking the failure, or no stop")
@State
public class CancelPublicationTest {
  private final CancelHandle handle = new CancelHandle();
  private final FoldRun run = new FoldRun(FoldOptions.defaults().cancelWith(handle));
  private final RuntimeException boom = new Boom();

  @Actor
  public void userThenChunk() {
    handle.cancel();
    run.fail(boom, "chunk 0");
  }

  @Actor
  public void worker(III_Result r) {
    boolean first = run.stopRequested();
    boolean second = run.stopRequested();
    r.r1 = first ? (second ? 2 : 3) : (second ? 1 : 0);
  }

  @Arbiter
  public void caller(III_Result r) {
    try {
      run.throwIfStopped();
      r.r2 = 0;
    } catch (FoldCancelledException e) {
      r.r2 = 2;
    } catch (RuntimeException e) {
      r.r2 = e == boom ? 1 : 9;
    }
    r.r3 = run.stopRequested() ? 1 : 0;
  }
}
