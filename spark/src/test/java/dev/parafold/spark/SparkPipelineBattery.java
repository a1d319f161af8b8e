package dev.parafold.spark;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.fn.Fn0;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.testkit.Gen;
import dev.parafold.xf.Catalog;
import dev.parafold.xf.Terminals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Random pipelines (depth 1 to 6 over the object operations of the transducer catalog, {@link
 * Catalog#of}, then one of {@link Terminals#CATALOG}) over random inputs of up to 300 small
 * integers, nulls included, folded on Spark and compared with the sequential fold. Each case picks
 * how the input reaches Spark:
 *
 * <ul>
 *   <li>{@code elements}: a list source, read by the driver and shipped in runs (exact offsets);
 *   <li>{@code rdd}: {@code sc.parallelize(list, k)} folded with {@link SparkFolds} (unknown
 *       offsets: position-dependent stages defer their prefix to combine);
 *   <li>{@code rebuilt}: a recipe that executors rebuild and split by split path ({@link
 *       SparkSources#rebuilt}, exact offsets);
 * </ul>
 *
 * and a partition count from 1 to 12. Case {@code i}'s first stage is operation {@code i} of the
 * catalog and its terminal is terminal {@code i} (modulo their counts), so a run of at least as
 * many cases as operations covers all of them. Exceptions count as results, by type (first of a
 * null must throw NullPointerException on Spark too). Not thread-safe.
 */
final class SparkPipelineBattery {
  private static final List<String> END_NAMES = new ArrayList<>(Terminals.CATALOG.keySet());

  /** The catalog's object operations, by name: each makes a random serializable instance. */
  static final Map<String, Catalog.Maker> OPERATIONS = operations();

  /** Share of cases in which one stage's user function throws on every call. */
  static final double THROWING =
      Double.parseDouble(System.getProperty("parafold.spark.throwing", "0.15"));

  private final JavaSparkContext sc;
  private final Map<String, Catalog.Maker> stageCatalog;
  private final List<String> stageNames;
  long cases;
  long inputsWithNulls;
  long throwingStages;
  long folds;
  long mismatches;
  long throwingCases;
  long nonEmptyInputs;
  final Map<String, Long> stagesUsed = new TreeMap<>();
  final TreeSet<String> endsUsed = new TreeSet<>();
  final TreeSet<String> sourcesUsed = new TreeSet<>();
  final List<String> failures = new ArrayList<>();

  SparkPipelineBattery(JavaSparkContext sc) {
    this(sc, OPERATIONS);
  }

  /** With another stage catalog (a planted broken stage, to show the battery catches it). */
  SparkPipelineBattery(JavaSparkContext sc, Map<String, Catalog.Maker> stages) {
    this.sc = sc;
    this.stageCatalog = stages;
    this.stageNames = new ArrayList<>(stages.keySet());
  }

  /** What a fold produced: a value, or the type of the exception it threw. */
  record Outcome(Object value, String error, String message) {
    static Outcome of(Supplier<Object> run) {
      try {
        return new Outcome(run.get(), null, null);
      } catch (RuntimeException e) {
        return new Outcome(null, e.getClass().getName(), String.valueOf(e.getMessage()));
      }
    }

    boolean sameAs(Outcome o) {
      return Objects.equals(error, o.error) && (error != null || Objects.equals(value, o.value));
    }

    @Override
    public String toString() {
      String s = error == null ? String.valueOf(value) : "threw " + error + ": " + message;
      return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
  }

  /** Runs case number {@code index} with {@code g}; returns its mismatch report or null. */
  String runCase(int index, Gen g) {
    cases++;
    List<Catalog.Instance> stages = new ArrayList<>();
    int depth = g.intBetween(1, 6);
    for (int i = 0; i < depth; i++) {
      String name = i == 0 ? stageNames.get(index % stageNames.size()) : g.oneOf(stageNames);
      stages.add(stageCatalog.get(name).make(g));
      stagesUsed.merge(name, 1L, Long::sum);
    }
    String endName = END_NAMES.get(index % END_NAMES.size());
    Terminals.Terminal end = Terminals.CATALOG.get(endName).make(g);
    endsUsed.add(endName);
    List<Transducer<Object, Object>> xfs = new ArrayList<>();
    for (Catalog.Instance stage : stages) {
      xfs.add(stage.transducer());
    }
    String thrown = "";
    if (stageCatalog == OPERATIONS && g.chance(THROWING)) {
      // one stage's user function throws on every call: Spark must end with that exception
      // exactly when the sequential fold does
      int at = g.intBetween(0, stages.size() - 1);
      Catalog.Thrower thrower = Catalog.named(stages.get(at).name()).thrower();
      if (thrower != null) {
        xfs.set(at, thrower.throwing(new IllegalStateException("planted in stage " + at)));
        thrown = " (stage " + at + " throws)";
        throwingStages++;
      }
    }
    Transducer<Object, Object> xf = xfs.get(0);
    for (int i = 1; i < xfs.size(); i++) {
      xf = xf.andThen(xfs.get(i));
    }
    Reducer<Object, ?, ?> reducer = apply(xf, end.reducer());

    ArrayList<Object> input = input(g);
    if (!input.isEmpty()) {
      nonEmptyInputs++;
    }
    if (input.contains(null)) {
      inputsWithNulls++;
    }
    int partitions = g.intBetween(1, 12);
    String kind = g.oneOf("elements", "rdd", "rebuilt");
    sourcesUsed.add(kind);

    Outcome expected =
        Outcome.of(
            () ->
                SequentialExecutor.instance()
                    .fold(Sources.iterable(input), reducer, FoldOptions.defaults()));
    if (expected.error != null) {
      throwingCases++;
    }
    Outcome got = Outcome.of(() -> onSpark(kind, input, partitions, reducer));
    folds++;
    if (got.sameAs(expected)) {
      return null;
    }
    mismatches++;
    String report =
        "spark != sequential\n  pipeline: "
            + stages
            + " | "
            + end
            + thrown
            + "\n  source: "
            + kind
            + " in "
            + partitions
            + " partitions\n  input: "
            + input
            + "\n  sequential: "
            + expected
            + "\n  spark:      "
            + got
            + "\n  seed: "
            + g.seed();
    failures.add(report);
    return report;
  }

  private Object onSpark(
      String kind, ArrayList<Object> input, int partitions, Reducer<Object, ?, ?> reducer) {
    switch (kind) {
      case "rdd":
        return SparkFolds.fold(sc.parallelize(input, partitions), reducer);
      case "rebuilt":
        ArrayList<Object> copy = new ArrayList<>(input);
        Fn0<Source<Object>> recipe = () -> Sources.iterable(copy);
        return SparkExecutor.on(sc)
            .withPartitions(partitions)
            .fold(SparkSources.rebuilt(recipe), reducer, FoldOptions.defaults());
      default:
        return SparkExecutor.on(sc)
            .withPartitions(partitions)
            .fold(Sources.iterable(input), reducer, FoldOptions.defaults());
    }
  }

  /** Up to 300 integers of a random range; in about a third of the cases, nulls among them. */
  private static ArrayList<Object> input(Gen g) {
    int n = g.size(300);
    int range = g.oneOf(2, 10, 100, 1000);
    double nulls = g.chance(0.35) ? g.oneOf(0.1, 0.5, 0.9) : 0.0;
    boolean sorted = g.chance(0.2);
    ArrayList<Object> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(g.chance(nulls) ? null : (Object) (sorted ? i % range : g.intBetween(0, range - 1)));
    }
    return out;
  }

  private static Map<String, Catalog.Maker> operations() {
    Map<String, Catalog.Maker> ops = new LinkedHashMap<>();
    for (Catalog.Operation op : Catalog.of(Catalog.Elements.OBJECTS)) {
      ops.put(op.name(), op::instance);
    }
    return Collections.unmodifiableMap(ops);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Reducer<Object, ?, ?> apply(
      Transducer<Object, Object> xf, Reducer<Object, ?, ?> r) {
    return (Reducer<Object, ?, ?>) xf.apply((Reducer) r);
  }

  /** One line per figure, for the test's output. */
  String figures() {
    return String.format(
        "cases %d, folds on Spark %d, mismatches %d, cases whose result is an exception %d,"
            + " non-empty inputs %d, inputs with nulls %d, throwing stages %d%n"
            + "  operations %d of %d %s%n"
            + "  terminals %d of %d %s%n  sources %s",
        cases,
        folds,
        mismatches,
        throwingCases,
        nonEmptyInputs,
        inputsWithNulls,
        throwingStages,
        stagesUsed.size(),
        stageNames.size(),
        stagesUsed,
        endsUsed.size(),
        END_NAMES.size(),
        endsUsed,
        sourcesUsed);
  }
}
