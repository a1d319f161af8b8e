package dev.parafold.testkit;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.Specializer;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One way to run a fold that must agree with every other: an executor, a chunk policy and a kind of
 * source (after OpenJDK's {@code StreamTestScenario}).
 */
public final class Scenario {
  /** Folds run by the kit in this JVM (reported at the end of each contract class). */
  static final AtomicLong PIPELINES = new AtomicLong();

  /**
   * Prints the number of folds run so far in this JVM and records it in {@code
   * target/parafold-kit-pipelines.txt} (the last line is the total of the test run).
   */
  static void report() {
    long n = PIPELINES.get();
    System.out.println("[parafold-kit] pipelines checked so far: " + n);
    try {
      java.nio.file.Path p = java.nio.file.Path.of("target", "parafold-kit-pipelines.txt");
      if (java.nio.file.Files.isDirectory(p.getParent())) {
        java.nio.file.Files.writeString(p, n + "\n");
      }
    } catch (java.io.IOException e) {
      // a report only
    }
  }

  /** How the input list is presented to the executor. */
  public enum SourceKind {
    /** A random-access list: sized, splits at any index, exact offsets. */
    SIZED,
    /** Splits, but of unknown size: chunks after the first get unknown offsets. */
    UNSIZED,
    /** A single-pass iterator, pulled in batches. */
    ITERATOR
  }

  private final String name;
  private final FoldExecutor executor;
  private final ChunkPolicy policy;
  private final SourceKind kind;
  private final long seed;
  private final int unsizedLeaf;

  private Scenario(
      String name,
      FoldExecutor executor,
      ChunkPolicy policy,
      SourceKind kind,
      long seed,
      int unsizedLeaf) {
    this.name = name;
    this.executor = executor;
    this.policy = policy;
    this.kind = kind;
    this.seed = seed;
    this.unsizedLeaf = unsizedLeaf;
  }

  /** A scenario on {@code executor} with {@code policy} over sources of {@code kind}. */
  public static Scenario of(
      String name, FoldExecutor executor, ChunkPolicy policy, SourceKind kind, long seed) {
    return new Scenario(name, executor, policy, kind, seed, (int) Math.floorMod(seed, 8) + 1);
  }

  /** The reference: one chunk, calling thread, sized source. */
  public static Scenario sequential() {
    return of("sequential", SequentialExecutor.instance(), ChunkPolicy.auto(), SourceKind.SIZED, 0);
  }

  /**
   * The split-tree scenarios for an input of size {@code n}: chunk sizes 1, 2, 7 and n and a random
   * split tree, over each source kind.
   */
  public static List<Scenario> splitTrees(Gen gen, int n) {
    List<Scenario> out = new ArrayList<>();
    FoldExecutor e = new SplitTreeExecutor(4);
    for (SourceKind kind : SourceKind.values()) {
      for (long leaf : new long[] {1, 2, 7, Math.max(1, n)}) {
        out.add(of("split-tree fixed(" + leaf + ")", e, ChunkPolicy.fixed(leaf), kind, leaf - 1));
      }
      long seed = gen.nextLong();
      out.add(
          of("split-tree random", e, ChunkPolicy.random(seed, gen.intBetween(1, 8)), kind, seed));
    }
    return out;
  }

  /** The split-tree scenarios of {@link #splitTrees} over sized sources only. */
  public static List<Scenario> sizedSplitTrees(Gen gen, int n) {
    List<Scenario> out = new ArrayList<>();
    for (Scenario sc : splitTrees(gen, n)) {
      if (sc.kind == SourceKind.SIZED) {
        out.add(sc);
      }
    }
    return out;
  }

  /** A random one of {@link #splitTrees} or {@code extra}. */
  public static Scenario any(Gen gen, int n, List<Scenario> extra) {
    List<Scenario> all = new ArrayList<>(splitTrees(gen, n));
    all.addAll(extra);
    return gen.oneOf(all);
  }

  /** Folds {@code input} with {@code reducer} in this scenario. */
  public <T, R> R run(List<T> input, Reducer<? super T, ?, R> reducer) {
    PIPELINES.incrementAndGet();
    return fold(source(input), reducer);
  }

  /**
   * Folds {@code source} itself (a primitive array or range, say) with {@code reducer} on this
   * scenario's executor and policy; the source kind is ignored. With {@code specialized}, through
   * per-pipeline copies of the source and the chain, as {@code Fold} runs large folds.
   */
  public <T, A, R> R run(Source<T> source, Reducer<T, A, R> reducer, boolean specialized) {
    PIPELINES.incrementAndGet();
    FoldOptions options = FoldOptions.defaults().chunks(policy);
    return specialized
        ? Specializer.fold(executor, source, reducer, options)
        : executor.fold(source, reducer, options);
  }

  private <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> reducer) {
    return executor.fold(source, reducer, FoldOptions.defaults().chunks(policy));
  }

  private <T> Source<T> source(List<T> input) {
    switch (kind) {
      case SIZED:
        return Sources.iterable(new ArrayList<>(input));
      case UNSIZED:
        return new UnsizedSource<>(new ArrayList<>(input), seed, unsizedLeaf);
      default:
        return Sources.iterator(new ArrayList<>(input).iterator());
    }
  }

  /** This scenario with another source kind. */
  public Scenario with(SourceKind k) {
    return new Scenario(name, executor, policy, k, seed, unsizedLeaf);
  }

  @Override
  public String toString() {
    return name + " " + policy + " on " + kind + " source (" + executor.describe() + ")";
  }
}
