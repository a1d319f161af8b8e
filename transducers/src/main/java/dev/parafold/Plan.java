package dev.parafold;

import dev.parafold.exec.ChunkPlan;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.Specializer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import java.util.Objects;

/**
 * Where and how a pipeline runs: its source, executor and per-call options. Shared by {@link Fold},
 * {@link LongFold} and {@link DoubleFold}; immutable.
 */
final class Plan {
  final Source<Object> source;
  final FoldExecutor executor;
  final FoldOptions options;
  final boolean strictParallel;

  @SuppressWarnings("unchecked")
  Plan(Source<?> source, FoldExecutor executor, FoldOptions options, boolean strictParallel) {
    this.source = (Source<Object>) Objects.requireNonNull(source, "source");
    this.executor = executor;
    this.options = options;
    this.strictParallel = strictParallel;
  }

  /** Debug switch: check the fold laws of every pipeline on its first elements as it runs. */
  static boolean checkLaws() {
    return Boolean.getBoolean("parafold.checkLaws");
  }

  /** The identity transducer, typed from the source's erased element type. */
  @SuppressWarnings("unchecked")
  static <T> Transducer<Object, T> start() {
    return (Transducer<Object, T>) (Transducer<?, ?>) Transducer.identity();
  }

  static Plan of(Source<?> source) {
    return new Plan(source, SequentialExecutor.instance(), FoldOptions.defaults(), false);
  }

  Plan executor(FoldExecutor e) {
    return new Plan(source, Objects.requireNonNull(e, "executor"), options, strictParallel);
  }

  Plan options(FoldOptions o) {
    return new Plan(source, executor, o, strictParallel);
  }

  /** This plan (executor, options) over another source. */
  Plan over(Source<?> other) {
    return new Plan(other, executor, options, strictParallel);
  }

  Plan strict() {
    return new Plan(source, executor, options, true);
  }

  /** Runs {@code xf} into {@code terminal}: the single place where every pipeline executes. */
  <T, R> R run(Transducer<Object, T> xf, Reducer<? super T, ?, R> terminal) {
    Objects.requireNonNull(terminal, "reducer");
    Reducer<Object, ?, R> full = xf.apply(terminal);
    return runReducer(full, xf);
  }

  private <A, R> R runReducer(Reducer<Object, A, R> full, Transducer<Object, ?> xf) {
    FoldExecutor e = executor;
    if (full.strategy() == Strategy.SEQUENTIAL && e.parallelism() > 1) {
      if (strictParallel) {
        throw new IllegalStateException(
            "strict parallel fold: stage(s) of "
                + xf.describe()
                + " or the reducer declare Strategy.SEQUENTIAL and cannot be split");
      }
      e = SequentialExecutor.instance(); // said by explain(): never a silent fallback
    }
    if (checkLaws()) {
      return fold(e, new LawCheckingReducer<>(full, source));
    }
    return fold(e, full);
  }

  private <A, R> R fold(FoldExecutor e, Reducer<Object, A, R> full) {
    long n = source.size();
    try {
      if (e.specializes() && (n < 0 || n >= Specializer.THRESHOLD)) {
        // each pipeline shape gets its own copy of the hot loop: see Specializer
        return Specializer.fold(e, source, full, options);
      }
      return e.fold(source, full, options);
    } catch (OutOfMemoryError oom) {
      throw NamedOutOfMemory.of(oom, source, full);
    }
  }

  /** The plan in words: stages and strategies, executor, chunking, warnings. */
  String explain(Transducer<?, ?> xf) {
    StringBuilder sb = new StringBuilder();
    Strategy overall = xf.strategy();
    int p = executor.parallelism();
    if (options.maxParallelism() > 0) {
      p = Math.min(p, options.maxParallelism());
    }
    boolean runsSequentially = p > 1 && overall == Strategy.SEQUENTIAL && !strictParallel;
    FoldExecutor runs = runsSequentially ? SequentialExecutor.instance() : executor;
    ChunkPlan chunks = p > 1 ? runs.plan(source, options) : null;
    long n = source.size();
    sb.append("source:   ").append(source.describe());
    if (n >= 0) {
      sb.append(" (").append(n).append(" elements");
      if (chunks != null && chunks.exactOffsets()) {
        sb.append(", splits at any index");
      }
      sb.append(')');
    } else {
      sb.append(" (size unknown)");
    }
    if (source.batched()) {
      sb.append(", pulled in bounded batches");
    }
    sb.append('\n');
    for (Transducer<?, ?> stage : xf.stages()) {
      sb.append("stage:    ")
          .append(stage.describe())
          .append("  [")
          .append(stage.strategy().name().toLowerCase(java.util.Locale.ROOT))
          .append("]\n");
    }
    sb.append("executor: ").append(executor.describe()).append('\n');
    if (p > 1) {
      sb.append("chunks:   ")
          .append(chunks != null ? chunks.description() : "planned by the executor")
          .append('\n');
    }
    sb.append("options:  ").append(options).append('\n');
    if (p > 1 && overall == Strategy.SEQUENTIAL) {
      sb.append("WARNING:  a stage declares Strategy.SEQUENTIAL: this fold runs on one thread")
          .append(strictParallel ? " (strict: it will throw)" : "")
          .append('\n');
    }
    if (chunks != null && chunks.chunks() == 1 && !runsSequentially) {
      sb.append("note:     one chunk: this fold runs on one thread\n");
    }
    if (p > 1 && overall == Strategy.INDEXED && chunks != null && !chunks.exactOffsets()) {
      sb.append(
          "note:     index-aware stages on a source of unknown positions hold back a bounded"
              + " prefix per chunk and replay it when chunks merge\n");
    }
    if (p > 1) {
      for (Transducer<?, ?> stage : xf.stages()) {
        if (stage.describe().equals("sorted")) {
          sb.append(
              "note:     sorted holds every element; chunks sort and merge their runs in parallel,"
                  + " then the stages after it run on one thread, in sorted order\n");
          break;
        }
      }
      for (Transducer<?, ?> stage : xf.stages()) {
        if (stage.describe().startsWith("scan")) {
          sb.append(
              "note:     scan holds every chunk but the first and replays it in order when chunks"
                  + " merge (its function need not be associative): the stages after it run on"
                  + " one thread\n");
          break;
        }
      }
    }
    return sb.toString();
  }
}
