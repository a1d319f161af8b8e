package dev.parafold.battery;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import dev.parafold.xf.Terminals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The machinery of battery B1: one case is one random pipeline and one terminal, checked over every
 * source kind against the list model, sequentially and on random parallel executors with random
 * chunk policies. Counts what it ran and what it covered. Not thread-safe: one case at a time.
 */
final class Battery {
  /** A named executor. */
  record Exec(String name, FoldExecutor executor) {}

  /** What a fold or a model produced: a value, or the type of the exception thrown. */
  record Outcome(Object value, String error, String message) {
    static Outcome of(Supplier<Object> run) {
      try {
        return new Outcome(run.get(), null, null);
      } catch (RuntimeException e) {
        return new Outcome(null, e.getClass().getName(), String.valueOf(e.getMessage()));
      }
    }

    /** Values compare by equals; failures by exception type only. */
    boolean sameAs(Outcome o) {
      return Objects.equals(error, o.error) && (error != null || Objects.equals(value, o.value));
    }

    @Override
    public String toString() {
      return error == null ? abbreviate(String.valueOf(value)) : "threw " + error + ": " + message;
    }
  }

  private final Map<String, Ops.Factory> ops;
  private final Map<String, Terminals.Factory> terminals;
  private final List<Exec> executors;
  private final int parallelRunsPerPair;
  private final Path dir;

  long pipelines;
  long pairs;
  long folds;
  long mismatches;

  /** Pairs whose pipeline (before the terminal) output at least one element, in the model. */
  long nonEmptyOutputs;

  /** Pairs whose model result is an exception (e.g. first of a null); all runs must throw it. */
  long throwingPairs;

  final Map<String, Long> opsUsed = new TreeMap<>();
  final TreeSet<String> terminalsUsed = new TreeSet<>();
  final TreeSet<String> sourcesUsed = new TreeSet<>();
  final TreeSet<String> shapesUsed = new TreeSet<>();
  final TreeSet<String> executorsUsed = new TreeSet<>();
  final TreeSet<String> chunkKindsUsed = new TreeSet<>();

  Battery(
      Map<String, Ops.Factory> ops,
      Map<String, Terminals.Factory> terminals,
      List<Exec> executors,
      int parallelRunsPerPair,
      Path dir) {
    this.ops = ops;
    this.terminals = terminals;
    this.executors = executors;
    this.parallelRunsPerPair = parallelRunsPerPair;
    this.dir = dir;
  }

  /**
   * Runs one case: a random pipeline of depth 1..6 and a terminal over every source kind. Returns
   * the mismatches found (empty when all agree), each naming everything needed to replay it.
   */
  List<String> runCase(Gen gen) {
    Shape shape = gen.oneOf(Shape.values());
    List<Integer> data = shape.generate(gen);
    List<String> opNames = new ArrayList<>(ops.keySet());
    List<Ops.Op> stages = new ArrayList<>();
    int depth = gen.intBetween(1, 6);
    for (int i = 0; i < depth; i++) {
      stages.add(ops.get(gen.oneOf(opNames)).make(gen));
    }
    Terminals.Terminal terminal =
        terminals.get(gen.oneOf(new ArrayList<>(terminals.keySet()))).make(gen);
    Transducer<Object, Object> xf = stages.get(0).xf();
    for (Ops.Op op : stages.subList(1, stages.size())) {
      xf = xf.andThen(op.xf());
    }
    pipelines++;
    for (Ops.Op op : stages) {
      opsUsed.merge(op.name(), 1L, Long::sum);
    }
    terminalsUsed.add(terminal.name());
    shapesUsed.add(shape.name());

    String pipeline =
        stages.stream().map(Ops.Op::detail).collect(Collectors.joining(" -> "))
            + " [describe: "
            + xf.describe()
            + "] => "
            + terminal.detail();
    List<String> found = new ArrayList<>();
    for (SourceKind kind : SourceKind.values()) {
      SourceKind.Prepared src = kind.prepare(data, gen, dir);
      try {
        checkPair(gen, shape, pipeline, stages, xf, terminal, kind, src, found);
      } finally {
        if (src.file() != null) {
          try {
            Files.deleteIfExists(src.file());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return found;
  }

  private void checkPair(
      Gen gen,
      Shape shape,
      String pipeline,
      List<Ops.Op> stages,
      Transducer<Object, Object> xf,
      Terminals.Terminal terminal,
      SourceKind kind,
      SourceKind.Prepared src,
      List<String> found) {
    pairs++;
    sourcesUsed.add(kind.name());
    Outcome expected =
        Outcome.of(
            () -> {
              List<Object> out = src.input();
              for (Ops.Op op : stages) {
                out = op.model().apply(out);
              }
              if (!out.isEmpty()) {
                nonEmptyOutputs++;
              }
              return terminal.model().apply(out);
            });
    if (expected.error() != null) {
      throwingPairs++;
    }
    Outcome sequential =
        run(src, xf, terminal, new Exec("sequential", SequentialExecutor.instance()), null);
    boolean bad = false;
    String context =
        "pipeline: "
            + pipeline
            + "\n  source: "
            + kind
            + " = "
            + src.detail()
            + "\n  shape: "
            + shape
            + " (n="
            + src.input().size()
            + ")"
            + "\n  seed: "
            + gen.seed()
            + " (replay: -Dparafold.seed="
            + gen.seed()
            + " -Dparafold.trials=1)"
            + "\n  input: "
            + abbreviate(src.input().toString());
    if (!sequential.sameAs(expected)) {
      bad = true;
      found.add(
          "sequential != model\n  executor: sequential\n  chunks: (none)\n  "
              + context
              + "\n  model:      "
              + expected
              + "\n  sequential: "
              + sequential);
    }
    for (int r = 0; r < parallelRunsPerPair; r++) {
      Exec exec = gen.oneOf(executors);
      ChunkPolicy policy = policy(gen);
      executorsUsed.add(exec.name());
      chunkKindsUsed.add(policy.kind().name());
      Outcome parallel = run(src, xf, terminal, exec, policy);
      if (!parallel.sameAs(sequential) || !parallel.sameAs(expected)) {
        bad = true;
        found.add(
            "parallel != sequential\n  executor: "
                + exec.name()
                + "\n  chunks: "
                + policy
                + "\n  "
                + context
                + "\n  model:      "
                + expected
                + "\n  sequential: "
                + sequential
                + "\n  parallel:   "
                + parallel);
      }
    }
    if (bad) {
      mismatches++;
    }
  }

  private Outcome run(
      SourceKind.Prepared src,
      Transducer<Object, Object> xf,
      Terminals.Terminal terminal,
      Exec exec,
      ChunkPolicy policy) {
    folds++;
    return Outcome.of(
        () -> {
          Fold<Object> fold = src.fold().get().via(xf).on(exec.executor());
          if (policy != null) {
            fold = fold.chunks(policy);
          }
          return fold.reduce(terminal.reducer());
        });
  }

  private static ChunkPolicy policy(Gen gen) {
    switch (gen.intBetween(0, 3)) {
      case 0:
        return ChunkPolicy.fixed(gen.intBetween(1, 4));
      case 1:
        return ChunkPolicy.fixed(gen.intBetween(1, 64));
      case 2:
        return ChunkPolicy.random(gen.nextLong(), gen.intBetween(1, 16));
      default:
        return ChunkPolicy.auto();
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 600 ? s : s.substring(0, 600) + "... (" + s.length() + " chars)";
  }
}
