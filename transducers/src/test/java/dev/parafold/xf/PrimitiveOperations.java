package dev.parafold.xf;

import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.IntFn;
import dev.parafold.fn.IntPred;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongPred;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import dev.parafold.xf.Catalog.Elements;
import dev.parafold.xf.Catalog.Instance;
import dev.parafold.xf.Catalog.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The {@code long} and {@code double} operations of {@link Catalog}. */
final class PrimitiveOperations {
  private PrimitiveOperations() {}

  private static final Elements L = Elements.LONGS;
  private static final Elements D = Elements.DOUBLES;
  private static final Strategy STATELESS = Strategy.STATELESS;

  @SuppressWarnings("unchecked")
  private static Transducer<Object, Object> obj(Transducer<?, ?> xf) {
    return (Transducer<Object, Object>) xf;
  }

  static void add(List<Operation> c) {
    c.add(
        new Operation(
            "mapLongs",
            L,
            STATELESS,
            false,
            false,
            g -> {
              long a = g.intBetween(1, 5);
              LongFn f = x -> x * a + 1;
              return new Instance(
                  "mapLongs",
                  "mapLongs(x*" + a + "+1)",
                  obj(PrimitiveTransducers.mapLongs(f)),
                  in -> Models.map(in, x -> (Object) f.applyAsLong((Long) x)));
            },
            e ->
                obj(
                    PrimitiveTransducers.mapLongs(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "filterLongs",
            L,
            STATELESS,
            false,
            true,
            g -> {
              long m = g.intBetween(1, 4);
              LongPred p = x -> x % m == 0;
              return new Instance(
                  "filterLongs",
                  "filterLongs(x%" + m + "==0)",
                  obj(PrimitiveTransducers.filterLongs(p)),
                  in -> Models.filter(in, x -> p.test((Long) x)));
            },
            e ->
                obj(
                    PrimitiveTransducers.filterLongs(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "peekLongs",
            L,
            STATELESS,
            false,
            true,
            g ->
                new Instance(
                    "peekLongs",
                    "peekLongs",
                    obj(PrimitiveTransducers.peekLongs(x -> {})),
                    in -> in),
            e ->
                obj(
                    PrimitiveTransducers.peekLongs(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapLongsToObj",
            L,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapLongsToObj",
                    "mapLongsToObj(\"#\"+x)",
                    obj(PrimitiveTransducers.mapLongsToObj(x -> "#" + x)),
                    in -> Models.map(in, x -> (Object) ("#" + x))),
            e ->
                obj(
                    PrimitiveTransducers.mapLongsToObj(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapLongsToDouble",
            L,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapLongsToDouble",
                    "mapLongsToDouble(x/2.0)",
                    obj(PrimitiveTransducers.mapLongsToDouble(x -> x / 2.0)),
                    in -> Models.map(in, x -> (Object) ((Long) x / 2.0))),
            e ->
                obj(
                    PrimitiveTransducers.mapLongsToDouble(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "limitLongs",
            L,
            Strategy.INDEXED,
            true,
            true,
            g -> {
              int n = g.oneOf(0, 1, 2, g.intBetween(0, 40));
              return new Instance(
                  "limitLongs",
                  "limitLongs(" + n + ")",
                  obj(PrimitiveTransducers.limitLongs(n)),
                  in -> new ArrayList<>(in.subList(0, Math.min(n, in.size()))));
            },
            null));
    c.add(
        new Operation(
            "distinctLongs",
            L,
            Strategy.MERGEABLE,
            false,
            true,
            g ->
                new Instance(
                    "distinctLongs",
                    "distinctLongs",
                    obj(PrimitiveTransducers.distinctLongs()),
                    in -> new ArrayList<>(new LinkedHashSet<>(in))),
            null));
    c.add(
        new Operation(
            "mapDoubles",
            D,
            STATELESS,
            false,
            false,
            g -> {
              double a = g.intBetween(1, 4);
              DoubleFn f = x -> x * a;
              return new Instance(
                  "mapDoubles",
                  "mapDoubles(x*" + a + ")",
                  obj(PrimitiveTransducers.mapDoubles(f)),
                  in -> Models.map(in, x -> (Object) f.applyAsDouble((Double) x)));
            },
            e ->
                obj(
                    PrimitiveTransducers.mapDoubles(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "filterDoubles",
            D,
            STATELESS,
            false,
            true,
            g -> {
              double t = g.intBetween(-2, 3);
              DoublePred p = x -> x > t;
              return new Instance(
                  "filterDoubles",
                  "filterDoubles(x>" + t + ")",
                  obj(PrimitiveTransducers.filterDoubles(p)),
                  in -> Models.filter(in, x -> p.test((Double) x)));
            },
            e ->
                obj(
                    PrimitiveTransducers.filterDoubles(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapDoublesToObj",
            D,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapDoublesToObj",
                    "mapDoublesToObj(\"d\"+x)",
                    obj(PrimitiveTransducers.mapDoublesToObj(x -> "d" + x)),
                    in -> Models.map(in, x -> (Object) ("d" + x))),
            e ->
                obj(
                    PrimitiveTransducers.mapDoublesToObj(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapInts",
            L,
            STATELESS,
            false,
            false,
            g -> {
              int a = g.intBetween(1, 5);
              IntFn f = x -> x * a + 1;
              return new Instance(
                  "mapInts",
                  "mapInts(x*" + a + "+1)",
                  obj(PrimitiveTransducers.mapInts(f)),
                  in -> Models.map(in, x -> (Object) (long) f.applyAsInt(narrow(x))));
            },
            e ->
                obj(
                    PrimitiveTransducers.mapInts(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "filterInts",
            L,
            STATELESS,
            false,
            true,
            g -> {
              int m = g.intBetween(1, 4);
              IntPred p = x -> x % m == 0;
              return new Instance(
                  "filterInts",
                  "filterInts(x%" + m + "==0)",
                  obj(PrimitiveTransducers.filterInts(p)),
                  in -> Models.filter(in, x -> p.test(narrow(x))));
            },
            e ->
                obj(
                    PrimitiveTransducers.filterInts(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "peekInts",
            L,
            STATELESS,
            false,
            true,
            g ->
                new Instance(
                    "peekInts", "peekInts", obj(PrimitiveTransducers.peekInts(x -> {})), in -> in),
            e ->
                obj(
                    PrimitiveTransducers.peekInts(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapIntsToObj",
            L,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapIntsToObj",
                    "mapIntsToObj(\"#\"+x)",
                    obj(PrimitiveTransducers.mapIntsToObj(x -> "#" + x)),
                    in -> Models.map(in, x -> (Object) ("#" + narrow(x)))),
            e ->
                obj(
                    PrimitiveTransducers.mapIntsToObj(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapIntsToLong",
            L,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapIntsToLong",
                    "mapIntsToLong(x*3L)",
                    obj(PrimitiveTransducers.mapIntsToLong(x -> x * 3L)),
                    in -> Models.map(in, x -> (Object) (narrow(x) * 3L))),
            e ->
                obj(
                    PrimitiveTransducers.mapIntsToLong(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapIntsToDouble",
            L,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapIntsToDouble",
                    "mapIntsToDouble(x/2.0)",
                    obj(PrimitiveTransducers.mapIntsToDouble(x -> x / 2.0)),
                    in -> Models.map(in, x -> (Object) (narrow(x) / 2.0))),
            e ->
                obj(
                    PrimitiveTransducers.mapIntsToDouble(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapLongsToInt",
            L,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapLongsToInt",
                    "mapLongsToInt((int)(x*3))",
                    obj(PrimitiveTransducers.mapLongsToInt(x -> (int) (x * 3))),
                    in -> Models.map(in, x -> (Object) (long) (int) ((Long) x * 3))),
            e ->
                obj(
                    PrimitiveTransducers.mapLongsToInt(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapDoublesToInt",
            D,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapDoublesToInt",
                    "mapDoublesToInt(floor)",
                    obj(PrimitiveTransducers.mapDoublesToInt(x -> (int) Math.floor(x))),
                    in -> Models.map(in, x -> (Object) (long) (int) Math.floor((Double) x))),
            e ->
                obj(
                    PrimitiveTransducers.mapDoublesToInt(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "peekDoubles",
            D,
            STATELESS,
            false,
            true,
            g ->
                new Instance(
                    "peekDoubles",
                    "peekDoubles",
                    obj(PrimitiveTransducers.peekDoubles(x -> {})),
                    in -> in),
            e ->
                obj(
                    PrimitiveTransducers.peekDoubles(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "mapDoublesToLong",
            D,
            STATELESS,
            false,
            false,
            g ->
                new Instance(
                    "mapDoublesToLong",
                    "mapDoublesToLong(round)",
                    obj(PrimitiveTransducers.mapDoublesToLong(Math::round)),
                    in -> Models.map(in, x -> (Object) Math.round((Double) x))),
            e ->
                obj(
                    PrimitiveTransducers.mapDoublesToLong(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "partitionAllLongs",
            L,
            Strategy.INDEXED,
            false,
            false,
            g -> {
              int n = g.intBetween(1, 6);
              return new Instance(
                  "partitionAllLongs",
                  "partitionAllLongs(" + n + ") as lists",
                  obj(
                      PrimitiveTransducers.partitionAllLongs(n)
                          .andThen(Transducers.map(PrimitiveOperations::boxed))),
                  in -> new ArrayList<Object>(Models.partitionAll(in, n)));
            },
            null));
    c.add(
        new Operation(
            "partitionAllInts",
            L,
            Strategy.INDEXED,
            false,
            false,
            g -> {
              int n = g.intBetween(1, 6);
              return new Instance(
                  "partitionAllInts",
                  "partitionAllInts(" + n + ") as lists",
                  obj(
                      PrimitiveTransducers.partitionAllInts(n)
                          .andThen(Transducers.map(PrimitiveOperations::boxedInts))),
                  in ->
                      new ArrayList<Object>(
                          Models.partitionAll(Models.map(in, x -> (Object) (long) narrow(x)), n)));
            },
            null));
    c.add(
        new Operation(
            "takeWhileLongs",
            L,
            Strategy.BOUNDARY,
            true,
            true,
            g -> {
              int m = g.intBetween(2, 12);
              LongPred p = x -> x % m != 0;
              return new Instance(
                  "takeWhileLongs",
                  "takeWhileLongs(x%" + m + "!=0)",
                  obj(PrimitiveTransducers.takeWhileLongs(p)),
                  in -> {
                    int i = 0;
                    while (i < in.size() && p.test((Long) in.get(i))) {
                      i++;
                    }
                    return new ArrayList<>(in.subList(0, i));
                  });
            },
            e ->
                obj(
                    PrimitiveTransducers.takeWhileLongs(
                        x -> {
                          throw e;
                        }))));
    c.add(
        new Operation(
            "takeWhileDoubles",
            D,
            Strategy.BOUNDARY,
            true,
            true,
            g -> {
              int m = g.intBetween(2, 12);
              DoublePred p = x -> x < m / 2.0;
              return new Instance(
                  "takeWhileDoubles",
                  "takeWhileDoubles(x<" + m + "/2)",
                  obj(PrimitiveTransducers.takeWhileDoubles(p)),
                  in -> {
                    int i = 0;
                    while (i < in.size() && p.test((Double) in.get(i))) {
                      i++;
                    }
                    return new ArrayList<>(in.subList(0, i));
                  });
            },
            e ->
                obj(
                    PrimitiveTransducers.takeWhileDoubles(
                        x -> {
                          throw e;
                        }))));
  }

  /** What an {@code int} stage sees of a {@code long}: its low 32 bits, as Java's cast. */
  private static int narrow(Object x) {
    return (int) (long) (Long) x;
  }

  private static List<Long> boxedInts(int[] xs) {
    List<Long> out = new ArrayList<>(xs.length);
    for (int x : xs) {
      out.add((long) x);
    }
    return out;
  }

  private static List<Long> boxed(long[] xs) {
    List<Long> out = new ArrayList<>(xs.length);
    for (long x : xs) {
      out.add(x);
    }
    return out;
  }
}
