package dev.parafold.xf;

import dev.parafold.fn.Cmp;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn2;
import dev.parafold.fn.Pred;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import io.vavr.Tuple;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one description of every operation of {@link Transducers} and {@link PrimitiveTransducers}:
 * its name, the elements it takes, its parallel strategy, whether it may stop early, a generator of
 * random instances (the transducer with its arguments) and the plain-list model of each instance.
 * The conformance kit (each {@code <Name>ContractTest}, and the stages {@link CatalogContract}
 * chains around a subject), the battery's random pipelines and the docs tables ({@code
 * CatalogDocsTest}) all read it, so adding an operation means one entry here, its class and its
 * factory.
 *
 * <p>Every function and model here is serializable (the library's function types and {@link Model},
 * capturing only numbers and other serializable values), so generated pipelines can ship to Spark.
 * Functions work on any element, nulls and nested lists included, through {@link #h}.
 */
public final class Catalog {
  private Catalog() {}

  /** What an operation takes. */
  public enum Elements {
    /** Any objects (nulls included). */
    OBJECTS,
    /** {@code Long}s, stepped unboxed. */
    LONGS,
    /** {@code Double}s, stepped unboxed. */
    DOUBLES
  }

  /** The plain-list model of one instance. */
  @FunctionalInterface
  public interface Model extends Serializable {
    /** The output for {@code in}, which it leaves unchanged. */
    List<Object> apply(List<Object> in);
  }

  /** Builds a random instance of an operation. */
  @FunctionalInterface
  public interface Maker extends Serializable {
    Instance make(Gen gen);
  }

  /** The operation with a user function that throws {@code e} on every call. */
  @FunctionalInterface
  public interface Thrower extends Serializable {
    Transducer<Object, Object> throwing(RuntimeException e);
  }

  /** One random instance of an operation: its transducer and that transducer's model. */
  public static final class Instance implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String detail;
    private final Transducer<Object, Object> transducer;
    private final Model model;

    /** {@code name}: the operation; {@code detail}: with its arguments, for failure reports. */
    public Instance(
        String name, String detail, Transducer<Object, Object> transducer, Model model) {
      this.name = Objects.requireNonNull(name, "name");
      this.detail = Objects.requireNonNull(detail, "detail");
      this.transducer = Objects.requireNonNull(transducer, "transducer");
      this.model = Objects.requireNonNull(model, "model");
    }

    public String name() {
      return name;
    }

    public String detail() {
      return detail;
    }

    public Transducer<Object, Object> transducer() {
      return transducer;
    }

    public Model model() {
      return model;
    }

    @Override
    public String toString() {
      return detail;
    }
  }

  /** One catalog operation. */
  public static final class Operation implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final Elements elements;
    private final Strategy strategy;
    private final boolean mayStop;
    private final boolean keepsElements;
    private final Maker maker;
    private final Thrower thrower;

    Operation(
        String name,
        Elements elements,
        Strategy strategy,
        boolean mayStop,
        boolean keepsElements,
        Maker maker,
        Thrower thrower) {
      this.name = name;
      this.elements = elements;
      this.strategy = strategy;
      this.mayStop = mayStop;
      this.keepsElements = keepsElements;
      this.maker = maker;
      this.thrower = thrower;
    }

    /** The factory's name in {@link Transducers} or {@link PrimitiveTransducers}. */
    public String name() {
      return name;
    }

    public Elements elements() {
      return elements;
    }

    /** The strongest strategy an instance declares (window: indexed unless its step is 1). */
    public Strategy strategy() {
      return strategy;
    }

    /** Whether the stage itself may stop early (besides forwarding its downstream's stop). */
    public boolean mayStop() {
      return mayStop;
    }

    /**
     * Whether every output element is one of its input elements (a subset or reordering), so the
     * operation can be chained anywhere in a pipeline of any element type.
     */
    public boolean keepsElements() {
      return keepsElements;
    }

    /** Whether inputs may contain nulls. */
    public boolean acceptsNulls() {
      return elements == Elements.OBJECTS;
    }

    /** A random instance. */
    public Instance instance(Gen gen) {
      return maker.make(gen);
    }

    /** The operation with a throwing user function; null if it takes no function. */
    public Thrower thrower() {
      return thrower;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A cheap deterministic hash of any element, nulls and nested lists included, into [0, m). */
  public static int h(Object x, int m) {
    return Math.floorMod(Objects.hashCode(x) * 31 + 7, m);
  }

  /** The operation called {@code name}. */
  public static Operation named(String name) {
    for (Operation op : OPERATIONS) {
      if (op.name.equals(name)) {
        return op;
      }
    }
    throw new IllegalArgumentException("no catalog operation " + name);
  }

  /** The operations of {@code elements}. */
  public static List<Operation> of(Elements elements) {
    List<Operation> out = new ArrayList<>();
    for (Operation op : OPERATIONS) {
      if (op.elements == elements) {
        out.add(op);
      }
    }
    return out;
  }

  // ---- the operations ------------------------------------------------------------------------

  private static final Elements O = Elements.OBJECTS;
  private static final Strategy STATELESS = Strategy.STATELESS;
  private static final boolean STOPS = true;
  private static final boolean KEEPS = true;

  /** The classes whose public static factories the catalog describes. */
  public static final List<Class<?>> FACTORY_CLASSES =
      List.of(Transducers.class, PrimitiveTransducers.class);

  /** Every operation, in the order of {@link Transducers}, then {@link PrimitiveTransducers}. */
  public static final List<Operation> OPERATIONS = operations();

  @SuppressWarnings("unchecked")
  private static Transducer<Object, Object> obj(Transducer<?, ?> xf) {
    return (Transducer<Object, Object>) xf;
  }

  private static List<Operation> operations() {
    List<Operation> c = new ArrayList<>();
    c.add(
        new Operation(
            "map",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int m = g.oneOf(3, 10, 1000);
              switch (g.intBetween(0, 2)) {
                case 0:
                  Fn<Object, Object> hash = x -> h(x, m);
                  return mapping("map", "map(h%" + m + ")", hash);
                case 1:
                  Fn<Object, Object> nullSafe = x -> x == null ? null : h(x, m);
                  return mapping("map", "map(nullSafe h%" + m + ")", nullSafe);
                default:
                  Fn<Object, Object> text = x -> "s" + h(x, m);
                  return mapping("map", "map(\"s\"+h%" + m + ")", text);
              }
            },
            e -> Transducers.map(thrower(e))));
    c.add(
        new Operation(
            "filter",
            O,
            STATELESS,
            false,
            KEEPS,
            g -> {
              int m = g.intBetween(2, 6);
              Pred<Object> p = x -> h(x, m) != 0;
              return new Instance(
                  "filter",
                  "filter(h%" + m + "!=0)",
                  Transducers.filter(p),
                  in -> Models.filter(in, p));
            },
            e -> Transducers.filter(throwingPred(e))));
    c.add(
        new Operation(
            "remove",
            O,
            STATELESS,
            false,
            KEEPS,
            g -> {
              int m = g.intBetween(2, 6);
              Pred<Object> p = x -> h(x, m) != 0;
              return new Instance(
                  "remove",
                  "remove(h%" + m + "!=0)",
                  Transducers.remove(p),
                  in -> Models.filter(in, x -> !p.test(x)));
            },
            e -> Transducers.remove(throwingPred(e))));
    c.add(
        new Operation(
            "flatMap",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int k = g.intBetween(1, 3);
              return new Instance(
                  "flatMap",
                  "flatMap(copies%" + k + ")",
                  Transducers.<Object, Object>flatMap(x -> expand(x, k)),
                  in -> flat(in, k));
            },
            e -> Transducers.flatMap(thrower(e))));
    c.add(
        new Operation(
            "peek",
            O,
            STATELESS,
            false,
            KEEPS,
            g ->
                new Instance(
                    "peek", "peek(hash)", Transducers.peek(x -> Objects.hashCode(x)), in -> in),
            e ->
                Transducers.peek(
                    x -> {
                      throw e;
                    })));
    c.add(
        new Operation(
            "keep",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int m = g.intBetween(2, 5);
              Fn<Object, Object> f = x -> h(x, m) == 0 ? null : h(x, 1000);
              return new Instance(
                  "keep",
                  "keep(h%" + m + "==0?null:h)",
                  Transducers.keep(f),
                  in -> Models.filter(Models.map(in, f), Objects::nonNull));
            },
            e -> Transducers.keep(thrower(e))));
    c.add(
        new Operation(
            "cat",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int k = g.intBetween(1, 3);
              return new Instance(
                  "cat",
                  "map(copies%" + k + ")+cat",
                  obj(
                      Transducers.<Object, Iterable<? extends Object>>map(x -> expand(x, k))
                          .andThen(Transducers.<Object>cat())),
                  in -> flat(in, k));
            },
            null));
    c.add(
        new Operation(
            "replace",
            O,
            STATELESS,
            false,
            false,
            g -> {
              HashMap<Object, Object> r = new HashMap<>();
              int n = g.intBetween(1, 4);
              for (int i = 0; i < n; i++) {
                Object key = g.chance(0.15) ? null : (Object) g.intBetween(0, 12);
                Object value = g.chance(0.15) ? null : g.oneOf(g.intBetween(0, 12), "r" + i);
                r.put(key, value);
              }
              return new Instance(
                  "replace",
                  "replace(" + r + ")",
                  Transducers.replace(r),
                  in -> Models.map(in, x -> r.containsKey(x) ? r.get(x) : x));
            },
            null));
    c.add(
        new Operation(
            "limit",
            O,
            Strategy.INDEXED,
            STOPS,
            KEEPS,
            g -> {
              int k = count(g);
              return new Instance(
                  "limit",
                  "limit(" + k + ")",
                  Transducers.limit(k),
                  in -> new ArrayList<>(in.subList(0, Math.min(k, in.size()))));
            },
            null));
    c.add(
        new Operation(
            "skip",
            O,
            Strategy.INDEXED,
            false,
            KEEPS,
            g -> {
              int k = count(g);
              return new Instance(
                  "skip",
                  "skip(" + k + ")",
                  Transducers.skip(k),
                  in -> new ArrayList<>(in.subList(Math.min(k, in.size()), in.size())));
            },
            null));
    c.add(
        new Operation(
            "takeWhile",
            O,
            Strategy.BOUNDARY,
            STOPS,
            KEEPS,
            g -> {
              int m = g.intBetween(2, 20);
              Pred<Object> p = x -> h(x, m) != 0;
              return new Instance(
                  "takeWhile",
                  "takeWhile(h%" + m + "!=0)",
                  Transducers.takeWhile(p),
                  in -> new ArrayList<>(in.subList(0, prefix(in, p))));
            },
            e -> Transducers.takeWhile(throwingPred(e))));
    c.add(
        new Operation(
            "dropWhile",
            O,
            Strategy.BOUNDARY,
            false,
            KEEPS,
            g -> {
              int m = g.intBetween(2, 20);
              Pred<Object> p = x -> h(x, m) != 0;
              return new Instance(
                  "dropWhile",
                  "dropWhile(h%" + m + "!=0)",
                  Transducers.dropWhile(p),
                  in -> new ArrayList<>(in.subList(prefix(in, p), in.size())));
            },
            e -> Transducers.dropWhile(throwingPred(e))));
    c.add(
        new Operation(
            "haltWhen",
            O,
            Strategy.BOUNDARY,
            STOPS,
            KEEPS,
            g -> {
              int m = g.intBetween(2, 20);
              Pred<Object> p = x -> h(x, m) == 0;
              return new Instance(
                  "haltWhen",
                  "haltWhen(h%" + m + "==0)",
                  Transducers.haltWhen(p),
                  in -> Models.haltWhen(in, p));
            },
            e -> Transducers.haltWhen(throwingPred(e))));
    c.add(
        new Operation(
            "takeNth",
            O,
            Strategy.INDEXED,
            false,
            KEEPS,
            g -> {
              int n = g.intBetween(1, 5);
              return new Instance(
                  "takeNth",
                  "takeNth(" + n + ")",
                  Transducers.takeNth(n),
                  in -> Models.takeNth(in, n));
            },
            null));
    c.add(
        new Operation(
            "mapIndexed",
            O,
            Strategy.INDEXED,
            false,
            false,
            g -> {
              int m = g.intBetween(2, 4);
              Fn2<Long, Object, Object> f = (i, x) -> i % m == 0 ? x : i * 1000 + h(x, 1000);
              return new Instance(
                  "mapIndexed",
                  "mapIndexed(i%" + m + "==0?x:i*1000+h)",
                  Transducers.mapIndexed(f),
                  in -> Models.mapIndexed(in, f, false));
            },
            e -> Transducers.mapIndexed(throwingFn2(e))));
    c.add(
        new Operation(
            "keepIndexed",
            O,
            Strategy.INDEXED,
            false,
            false,
            g -> {
              int m = g.intBetween(2, 4);
              Fn2<Long, Object, Object> f = (i, x) -> i % m == h(x, m) ? null : i + ":" + x;
              return new Instance(
                  "keepIndexed",
                  "keepIndexed(i%" + m + "==h%" + m + "?null:i:x)",
                  Transducers.keepIndexed(f),
                  in -> Models.mapIndexed(in, f, true));
            },
            e -> Transducers.keepIndexed(throwingFn2(e))));
    c.add(
        new Operation(
            "zipWithIndex",
            O,
            Strategy.INDEXED,
            false,
            false,
            g ->
                new Instance(
                    "zipWithIndex",
                    "zipWithIndex",
                    obj(Transducers.zipWithIndex()),
                    in -> Models.mapIndexed(in, (i, x) -> (Object) Tuple.of(x, i), false)),
            null));
    c.add(
        new Operation(
            "randomSample",
            O,
            Strategy.INDEXED,
            false,
            KEEPS,
            g -> {
              double p = g.oneOf(0.0, 0.1, 0.5, 0.9, 1.0, g.unit());
              long seed = g.nextLong();
              return new Instance(
                  "randomSample",
                  "randomSample(" + p + ", " + seed + ")",
                  Transducers.randomSample(p, seed),
                  in -> Models.randomSample(in, p, seed));
            },
            null));
    c.add(
        new Operation(
            "distinct",
            O,
            Strategy.MERGEABLE,
            false,
            KEEPS,
            g -> {
              StateBudget budget = budget(g);
              return new Instance(
                  "distinct",
                  "distinct" + (budget.isUnlimited() ? "" : "(" + budget + ")"),
                  Transducers.distinct(budget),
                  in -> new ArrayList<>(new LinkedHashSet<>(in)));
            },
            null));
    c.add(
        new Operation(
            "distinctBy",
            O,
            Strategy.MERGEABLE,
            false,
            KEEPS,
            g -> {
              int m = g.intBetween(2, 12);
              boolean nullKeys = g.chance(0.3);
              Fn<Object, Object> key = x -> nullKeys && x == null ? null : h(x, m);
              StateBudget budget = budget(g);
              return new Instance(
                  "distinctBy",
                  "distinctBy(" + (nullKeys ? "null->null, " : "") + "h%" + m + ")",
                  Transducers.distinctBy(key, budget),
                  in -> Models.distinctBy(in, key));
            },
            e -> Transducers.distinctBy(thrower(e))));
    c.add(
        new Operation(
            "sorted",
            O,
            Strategy.MERGEABLE,
            false,
            KEEPS,
            g -> {
              int m = g.oneOf(1, 2, 5, 7, 1000);
              boolean reversed = g.chance(0.3);
              // by a hash of any element (nulls and lists included); ties keep encounter order
              Cmp<Object> byHash = Cmp.comparing(x -> h(x, m));
              Cmp<Object> order = reversed ? byHash.reversed() : byHash;
              StateBudget budget = budget(g);
              return new Instance(
                  "sorted",
                  "sorted(h%" + m + (reversed ? ", reversed" : "") + ")",
                  Transducers.sorted(order, budget),
                  in -> {
                    List<Object> out = new ArrayList<>(in);
                    out.sort(order); // List.sort is stable
                    return out;
                  });
            },
            null)); // a comparator is not called for one element: no always-throwing variant
    c.add(
        new Operation(
            "dedupe",
            O,
            Strategy.BOUNDARY,
            false,
            KEEPS,
            g -> new Instance("dedupe", "dedupe", Transducers.dedupe(), Models::dedupe),
            null));
    c.add(
        new Operation(
            "partitionAll",
            O,
            Strategy.INDEXED,
            false,
            false,
            g -> {
              int n = g.intBetween(1, 6);
              return new Instance(
                  "partitionAll",
                  "partitionAll(" + n + ")",
                  obj(Transducers.partitionAll(n)),
                  in -> lists(Models.partitionAll(in, n)));
            },
            null));
    c.add(
        new Operation(
            "partitionBy",
            O,
            Strategy.BOUNDARY,
            false,
            false,
            g -> {
              int m = g.intBetween(1, 5);
              boolean nullKeys = g.chance(0.3);
              Fn<Object, Object> key = x -> nullKeys && x == null ? null : h(x, m);
              return new Instance(
                  "partitionBy",
                  "partitionBy(" + (nullKeys ? "null->null, " : "") + "h%" + m + ")",
                  obj(Transducers.partitionBy(key)),
                  in -> lists(Models.partitionBy(in, key)));
            },
            e -> obj(Transducers.partitionBy(thrower(e)))));
    c.add(
        new Operation(
            "window",
            O,
            Strategy.INDEXED,
            false,
            false,
            g -> {
              int size = g.intBetween(1, 5);
              int step = g.oneOf(1, g.intBetween(1, 6));
              return new Instance(
                  "window",
                  "window(" + size + ", " + step + ")",
                  obj(Transducers.window(size, step)),
                  in -> lists(Models.window(in, size, step)));
            },
            null));
    c.add(
        new Operation(
            "interpose",
            O,
            Strategy.BOUNDARY,
            false,
            false,
            g -> {
              Object sep = g.oneOf(-1, "|", null);
              return new Instance(
                  "interpose",
                  "interpose(" + sep + ")",
                  Transducers.interpose(sep),
                  in -> Models.interpose(in, sep));
            },
            null));
    c.add(
        new Operation(
            "scan",
            O,
            Strategy.INDEXED,
            false,
            false,
            g -> {
              // Not associative: the scan must replay held chunks in order.
              Fn2<Object, Object, Object> f =
                  (a, x) -> Math.floorMod((Integer) a * 31 + h(x, 1000), 10007);
              int init = g.intBetween(0, 9);
              return new Instance(
                  "scan",
                  "scan(" + init + ", (a*31+h)%10007)",
                  Transducers.<Object, Object>scan(init, f),
                  in -> Models.scan(in, (Object) init, f));
            },
            e -> Transducers.scan(0, throwingFn2(e))));
    c.add(
        new Operation(
            "mapToLong",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int m = g.oneOf(7, 1000);
              return new Instance(
                  "mapToLong",
                  "mapToLong(h%" + m + ")",
                  obj(Transducers.<Object>mapToLong(x -> h(x, m))),
                  in -> Models.map(in, x -> (Object) (long) h(x, m)));
            },
            e ->
                obj(
                    Transducers.mapToLong(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapToDouble",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int m = g.oneOf(7, 1000);
              return new Instance(
                  "mapToDouble",
                  "mapToDouble(h%" + m + "/4.0)",
                  obj(Transducers.<Object>mapToDouble(x -> h(x, m) / 4.0)),
                  in -> Models.map(in, x -> (Object) (h(x, m) / 4.0)));
            },
            e ->
                obj(
                    Transducers.mapToDouble(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "flatMapStream",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int k = g.intBetween(1, 3);
              return new Instance(
                  "flatMapStream",
                  "flatMapStream(copies%" + k + ")",
                  Transducers.<Object, Object>flatMapStream(
                      x -> {
                        List<Object> copies = expand(x, k);
                        return copies == null ? null : copies.stream();
                      }),
                  in -> flat(in, k));
            },
            e -> Transducers.flatMapStream(thrower(e))));
    c.add(
        new Operation(
            "mapMulti",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int k = g.intBetween(1, 3);
              return new Instance(
                  "mapMulti",
                  "mapMulti(copies%" + k + ")",
                  Transducers.<Object, Object>mapMulti(
                      (x, sink) -> {
                        List<Object> copies = expand(x, k);
                        if (copies != null) {
                          copies.forEach(sink);
                        }
                      }),
                  in -> flat(in, k));
            },
            e ->
                Transducers.mapMulti(
                    (x, sink) -> {
                      throw e;
                    })));
    c.add(
        new Operation(
            "mapToInt",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int m = g.oneOf(7, 1000);
              return new Instance(
                  "mapToInt",
                  "mapToInt(h%" + m + "-3)",
                  obj(Transducers.<Object>mapToInt(x -> h(x, m) - 3)),
                  in -> Models.map(in, x -> (Object) (long) (h(x, m) - 3)));
            },
            e ->
                obj(
                    Transducers.mapToInt(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "flatMapToInt",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int k = g.intBetween(1, 4);
              return new Instance(
                  "flatMapToInt",
                  "flatMapToInt(run%" + k + ")",
                  obj(
                      Transducers.<Object>flatMapToInt(
                          x -> {
                            long[] r = run(x, k);
                            return r == null
                                ? null
                                : java.util.Arrays.stream(r).mapToInt(v -> (int) v);
                          })),
                  in -> runs(in, k, false));
            },
            e -> obj(Transducers.flatMapToInt(thrower(e)))));
    c.add(
        new Operation(
            "flatMapToLong",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int k = g.intBetween(1, 4);
              return new Instance(
                  "flatMapToLong",
                  "flatMapToLong(run%" + k + ")",
                  obj(
                      Transducers.<Object>flatMapToLong(
                          x -> {
                            long[] r = run(x, k);
                            return r == null ? null : java.util.stream.LongStream.of(r);
                          })),
                  in -> runs(in, k, false));
            },
            e -> obj(Transducers.flatMapToLong(thrower(e)))));
    c.add(
        new Operation(
            "flatMapToDouble",
            O,
            STATELESS,
            false,
            false,
            g -> {
              int k = g.intBetween(1, 4);
              return new Instance(
                  "flatMapToDouble",
                  "flatMapToDouble(run%" + k + ")",
                  obj(
                      Transducers.<Object>flatMapToDouble(
                          x -> {
                            long[] r = run(x, k);
                            return r == null
                                ? null
                                : java.util.stream.LongStream.of(r).asDoubleStream();
                          })),
                  in -> runs(in, k, true));
            },
            e -> obj(Transducers.flatMapToDouble(thrower(e)))));
    PrimitiveOperations.add(c);
    return Collections.unmodifiableList(c);
  }

  // ---- helpers of the models -----------------------------------------------------------------

  static Instance mapping(String name, String detail, Fn<Object, Object> f) {
    return new Instance(name, detail, Transducers.map(f), in -> Models.map(in, f));
  }

  /** Sizes for limit and skip: the edge cases 0, 1 and 2, mostly small, sometimes large. */
  private static int count(Gen g) {
    if (g.chance(0.15)) {
      return g.intBetween(0, 2);
    }
    return g.chance(0.8) ? g.intBetween(0, 40) : g.intBetween(0, 300);
  }

  /** Unlimited, or a budget no test input reaches (the budgeted code path, never tripping). */
  private static StateBudget budget(Gen g) {
    return g.chance(0.5) ? StateBudget.unlimited() : StateBudget.entries(1 << 20);
  }

  /**
   * The numbers a primitive flatMap gives for {@code x}: the first h(x, k + 1) of {h, -h, 2h} for h
   * = h(x, 1000), or null (= none) when that count is k.
   */
  static long[] run(Object x, int k) {
    int n = h(x, k + 1);
    if (n == k) {
      return null;
    }
    long v = h(x, 1000);
    return java.util.Arrays.copyOf(new long[] {v, -v, 2 * v}, Math.min(n, 3));
  }

  private static List<Object> runs(List<Object> in, int k, boolean asDoubles) {
    List<Object> out = new ArrayList<>();
    for (Object x : in) {
      long[] r = run(x, k);
      if (r != null) {
        for (long v : r) {
          out.add(asDoubles ? (Object) (double) v : (Object) v);
        }
      }
    }
    return out;
  }

  /** {@code k} copies of {@code x} for k = h(x, c + 1) < c; null (= none) when k == c. */
  static List<Object> expand(Object x, int c) {
    int k = h(x, c + 1);
    return k == c ? null : Collections.nCopies(k, x);
  }

  private static List<Object> flat(List<Object> in, int k) {
    List<Object> out = new ArrayList<>();
    for (Object x : in) {
      List<Object> xs = expand(x, k);
      if (xs != null) {
        out.addAll(xs);
      }
    }
    return out;
  }

  private static int prefix(List<Object> in, Pred<Object> p) {
    int i = 0;
    while (i < in.size() && p.test(in.get(i))) {
      i++;
    }
    return i;
  }

  private static List<Object> lists(List<List<Object>> in) {
    return new ArrayList<>(in);
  }

  static <T, U> Fn<T, U> thrower(RuntimeException e) {
    return x -> {
      throw e;
    };
  }

  static <T> Pred<T> throwingPred(RuntimeException e) {
    return x -> {
      throw e;
    };
  }

  static <T, U, V> Fn2<T, U, V> throwingFn2(RuntimeException e) {
    return (a, b) -> {
      throw e;
    };
  }

  /** The main-source classes of the catalog's stages, for the naming checks. */
  static List<Class<?>> catalogClasses() {
    List<Class<?>> out = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (String n :
        List.of(
            "Cat",
            "Dedupe",
            "Distinct",
            "DropWhile",
            "Filter",
            "FlatMap",
            "HaltWhen",
            "Interpose",
            "Keep",
            "Limit",
            "LongDistinct",
            "LongLimit",
            "MapIndexed",
            "Map",
            "PartitionAll",
            "PartitionBy",
            "Peek",
            "RandomSample",
            "Replace",
            "Scan",
            "Skip",
            "Sorted",
            "TakeNth",
            "TakeWhile",
            "Window",
            "ZipWithIndex",
            "FlatMapStream",
            "MapMulti",
            "FlatMapToPrimitive",
            "DoublePeek",
            "DoubleToLong",
            "LongPartitionAll",
            "PrimitiveTakeWhile")) {
      seen.put("dev.parafold.xf." + n + "Transducer", true);
    }
    for (String n :
        List.of(
            "LongStages",
            "IntStages",
            "DoubleStages",
            "StatefulReducer",
            "StatelessReducer",
            "PositionalReducer")) {
      seen.put("dev.parafold.xf." + n, true);
    }
    for (String n : seen.keySet()) {
      try {
        out.add(Class.forName(n));
      } catch (ClassNotFoundException e) {
        throw new AssertionError("catalog class " + n + " is gone: update this list", e);
      }
    }
    return out;
  }
}
