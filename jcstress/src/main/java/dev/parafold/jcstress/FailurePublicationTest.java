package dev.parafold.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZ_Result;

/**
 * A chunk fails while a worker polls the stop flag and then reads the failure: a worker that sees
 * the stop a failure raised must also see that failure (FoldRun publishes the failure by CAS before
 * it raises the volatile state).
 */
@JCStressTest
@Outcome(id = "false, false", expect = ACCEPTABLE, desc = "polled before the failure")
@Outcome(id = "false, true", expect = ACCEPTABLE, desc = "failure recorded between the two reads")
@Outcome(id = "true, true", expect = ACCEPTABLE, desc = "stop and failure both seen")
@Outcome(id = "true, false", expect = FORBIDDEN, desc = "stop seen, but not the failure behind it")
@State
public class FailurePublicationTest {
  private final FoldRun run = new FoldRun(FoldOptions.defaults());
  private final RuntimeException boom = new Boom();

  @Actor
  public void failer() {
    run.fail(boom, "chunk 0");
  }

  @Actor
  public void worker(ZZ_Result r) {
    r.r1 = run.stopRequested();
    r.r2 = run.failed();
  }
}
