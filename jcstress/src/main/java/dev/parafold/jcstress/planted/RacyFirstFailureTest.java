package dev.parafold.jcstress.planted;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZ_Result;

/**
 * The planted bug for B13's teeth (not run by default): a first-failure recorder with a
 * check-then-set instead of FoldRun's CAS, so both failers can win. Run it alone with {@code mvn -B
 * verify -Pstress -pl jcstress -am -DskipTests -Djcstress.tests=planted}: the build must fail.
 */
@JCStressTest
@Outcome(
    id = {"true, false", "false, true"},
    expect = ACCEPTABLE,
    desc = "exactly one winner")
@Outcome(expect = FORBIDDEN, desc = "both failers won (or none)")
@State
public class RacyFirstFailureTest {
  private volatile Throwable first;
  private final Throwable a = new IllegalStateException("a");
  private final Throwable b = new IllegalStateException("b");

  private boolean fail(Throwable t) {
    if (first == null) {
      first = t; // not a CAS: the other failer may also get here
      return true;
    }
    return false;
  }

  @Actor
  public void chunkA(ZZ_Result r) {
    r.r1 = fail(a);
  }

  @Actor
  public void chunkB(ZZ_Result r) {
    r.r2 = fail(b);
  }
}
