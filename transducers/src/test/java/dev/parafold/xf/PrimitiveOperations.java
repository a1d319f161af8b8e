package dev.parafold.xf;

import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoublePred;
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
                  obj(Transducers.mapLongs(f)),
                  in -> Models.map(in, x -> (Object) f.applyAsLong((Long) x)));
            },
            e ->
                obj(
                    Transducers.mapLongs(
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
                  obj(Transducers.filterLongs(p)),
                  in -> Models.filter(in, x -> p.test((Long) x)));
            },
            e ->
                obj(
                    Transducers.filterLongs(
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
                    "peekLongs", "peekLongs", obj(Transducers.peekLongs(x -> {})), in -> in),
            e ->
                obj(
                    Transducers.peekLongs(
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
                    obj(Transducers.mapLongsToObj(x -> "#" + x)),
                    in -> Models.map(in, x -> (Object) ("#" + x))),
            e ->
                obj(
                    Transducers.mapLongsToObj(
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
                    obj(Transducers.mapLongsToDouble(x -> x / 2.0)),
                    in -> Models.map(in, x -> (Object) ((Long) x / 2.0))),
            e ->
                obj(
                    Transducers.mapLongsToDouble(
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
                  obj(Transducers.limitLongs(n)),
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
                    obj(Transducers.distinctLongs()),
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
                  obj(Transducers.mapDoubles(f)),
                  in -> Models.map(in, x -> (Object) f.applyAsDouble((Double) x)));
            },
            e ->
                obj(
                    Transducers.mapDoubles(
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
                  obj(Transducers.filterDoubles(p)),
                  in -> Models.filter(in, x -> p.test((Double) x)));
            },
            e ->
                obj(
                    Transducers.filterDoubles(
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
                    obj(Transducers.mapDoublesToObj(x -> "d" + x)),
                    in -> Models.map(in, x -> (Object) ("d" + x))),
            e ->
                obj(
                    Transducers.mapDoublesToObj(
                        x -> {
                          throw e;
                        }))));
  }
}
