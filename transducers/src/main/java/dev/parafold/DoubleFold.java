package dev.parafold;

import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.DoubleToObj;
import dev.parafold.forkjoin.ForkJoinExecutor;
import dev.parafold.forkjoin.ThreadPoolFoldExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.xf.Transducers;
import java.time.Duration;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;

/**
 * A pipeline of unboxed {@code double}s: from a {@code double[]}, {@link Fold#mapToDouble} or
 * {@link LongFold#mapToDouble}. Sums are compensated; with {@link ChunkPolicy#deterministic()} they
 * are bit-identical on any number of cores.
 *
 * <pre>{@code
 * double total = Fold.from(prices).map(p -> p * 1.2).sum();
 * }</pre>
 *
 * @since 0.1
 */
public final class DoubleFold {
  private final Plan plan;
  private final Transducer<Object, Double> xf;

  DoubleFold(Plan plan, Transducer<Object, Double> xf) {
    this.plan = plan;
    this.xf = xf;
  }

  static DoubleFold of(Source<Double> source) {
    return new DoubleFold(Plan.of(source), Plan.start());
  }

  private DoubleFold with(Plan p) {
    return new DoubleFold(p, xf);
  }

  private DoubleFold then(Transducer<? super Double, Double> next) {
    return new DoubleFold(plan, xf.andThen(next));
  }

  // ---- execution ------------------------------------------------------------------------------

  /** Runs on the calling thread (the default). */
  public DoubleFold sequential() {
    return with(plan.executor(SequentialExecutor.instance()));
  }

  /** Runs on the work-stealing fork/join executor. */
  public DoubleFold parallel() {
    return with(plan.executor(ForkJoinExecutor.shared()));
  }

  /** Runs on {@code executor}. */
  public DoubleFold on(FoldExecutor executor) {
    return with(plan.executor(executor));
  }

  /** Runs on a fork/join pool the caller owns. */
  public DoubleFold on(ForkJoinPool pool) {
    return with(plan.executor(ForkJoinExecutor.on(pool)));
  }

  /**
   * Runs on a plain {@code ExecutorService} the caller owns (chunks become tasks; the caller merges
   * them in order). Prefer a fork/join pool unless you must use your own threads.
   */
  public DoubleFold on(ExecutorService service) {
    return with(plan.executor(ThreadPoolFoldExecutor.on(service)));
  }

  /** Splits the source with {@code policy}. */
  public DoubleFold chunks(ChunkPolicy policy) {
    return with(plan.options(plan.options.chunks(policy)));
  }

  /** Fails with {@code FoldTimeoutException} after {@code timeout}. */
  public DoubleFold withTimeout(Duration timeout) {
    return with(plan.options(plan.options.timeout(timeout)));
  }

  /** Lets {@code handle.cancel()} stop runs of this fold. */
  public DoubleFold cancelWith(CancelHandle handle) {
    return with(plan.options(plan.options.cancelWith(handle)));
  }

  // ---- transformations ------------------------------------------------------------------------

  /**
   * Maps each {@code double}.
   *
   * @see java.util.stream.DoubleStream#map
   */
  public DoubleFold map(DoubleFn f) {
    return then(Transducers.mapDoubles(f));
  }

  /**
   * Keeps the {@code double}s that pass.
   *
   * @see java.util.stream.DoubleStream#filter
   */
  public DoubleFold filter(DoublePred test) {
    return then(Transducers.filterDoubles(test));
  }

  /** The first {@code n} elements. */
  public DoubleFold limit(long n) {
    return then(Transducers.limit(n));
  }

  /** All but the first {@code n} elements. */
  public DoubleFold skip(long n) {
    return then(Transducers.skip(n));
  }

  /** Appends a transducer of {@code Double}s. */
  public DoubleFold via(Transducer<? super Double, Double> next) {
    return then(next);
  }

  /**
   * Maps to objects.
   *
   * @see java.util.stream.DoubleStream#mapToObj
   */
  public <U> Fold<U> mapToObj(DoubleToObj<? extends U> f) {
    return new Fold<>(plan, xf.andThen(Transducers.mapDoublesToObj(f)));
  }

  /** The elements as boxed {@code Double}s. */
  public Fold<Double> boxed() {
    return new Fold<>(plan, xf);
  }

  // ---- terminal operations --------------------------------------------------------------------

  /** Runs the pipeline into {@code reducer}. */
  public <R> R reduce(Reducer<? super Double, ?, R> reducer) {
    return plan.run(xf, reducer);
  }

  /** The compensated sum. */
  public double sum() {
    return reduce(Reducers.sumDoubles());
  }

  /** The number of elements. */
  public long count() {
    return summaryStatistics().getCount();
  }

  /** The mean, if any. */
  public OptionalDouble average() {
    DoubleSummaryStatistics s = summaryStatistics();
    return s.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(s.getAverage());
  }

  /** The smallest element, if any. */
  public OptionalDouble min() {
    DoubleSummaryStatistics s = summaryStatistics();
    return s.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(s.getMin());
  }

  /** The largest element, if any. */
  public OptionalDouble max() {
    DoubleSummaryStatistics s = summaryStatistics();
    return s.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(s.getMax());
  }

  /** Count, sum, min, max and average in one pass. */
  public DoubleSummaryStatistics summaryStatistics() {
    return reduce(Reducers.doubleStatistics());
  }

  /** The elements, boxed, in encounter order. */
  public List<Double> toList() {
    return reduce(Reducers.toList());
  }

  /** The plan in words. */
  public String explain() {
    return plan.explain(xf);
  }

  @Override
  public String toString() {
    return "DoubleFold[" + plan.source.describe() + " | " + xf.describe() + "]";
  }
}
