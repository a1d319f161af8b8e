package dev.parafold.xf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Plain-list models of the catalog: the obvious sequential loop for each operation. Public so that
 * the cross-module battery can model {@code randomSample}, whose hash is package-private.
 */
public final class Models {
  private Models() {}

  static <T> List<T> dedupe(List<T> in) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      if (i == 0 || !Objects.equals(in.get(i), in.get(i - 1))) {
        out.add(in.get(i));
      }
    }
    return out;
  }

  static <T> List<T> takeNth(List<T> in, long n) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i += (int) n) {
      out.add(in.get(i));
    }
    return out;
  }

  /** The elements {@code randomSample(p, seed)} keeps, by position. */
  public static <T> List<T> randomSample(List<T> in, double p, long seed) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      if (RandomSampleTransducer.keeps(p, seed, i)) {
        out.add(in.get(i));
      }
    }
    return out;
  }

  static <T> List<T> haltWhen(List<T> in, Predicate<? super T> test) {
    List<T> out = new ArrayList<>();
    for (T t : in) {
      out.add(t);
      if (test.test(t)) {
        break;
      }
    }
    return out;
  }

  static <T, U> List<U> mapIndexed(List<T> in, BiFunction<Long, T, U> f, boolean keep) {
    List<U> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      U u = f.apply((long) i, in.get(i));
      if (!keep || u != null) {
        out.add(u);
      }
    }
    return out;
  }

  static <T, K> List<T> distinctBy(List<T> in, Function<T, K> key) {
    Map<K, T> first = new LinkedHashMap<>();
    for (T t : in) {
      K k = key.apply(t);
      if (!first.containsKey(k)) {
        first.put(k, t); // t may be null: putIfAbsent would overwrite it
      }
    }
    return new ArrayList<>(first.values());
  }

  static <T> List<List<T>> partitionAll(List<T> in, int n) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i += n) {
      out.add(new ArrayList<>(in.subList(i, Math.min(in.size(), i + n))));
    }
    return out;
  }

  static <T> List<List<T>> partitionBy(List<T> in, Function<T, ?> key) {
    List<List<T>> out = new ArrayList<>();
    Object last = null;
    for (T t : in) {
      Object k = key.apply(t);
      if (out.isEmpty() || !Objects.equals(k, last)) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(t);
      last = k;
    }
    return out;
  }

  static <T> List<List<T>> window(List<T> in, int size, int step) {
    List<List<T>> out = new ArrayList<>();
    for (int s = 0; s + size <= in.size(); s += step) {
      out.add(new ArrayList<>(in.subList(s, s + size)));
    }
    return out;
  }

  static <T> List<T> interpose(List<T> in, T sep) {
    List<T> out = new ArrayList<>();
    for (T t : in) {
      if (!out.isEmpty()) {
        out.add(sep);
      }
      out.add(t);
    }
    return out;
  }

  static <T, U> List<U> scan(List<T> in, U init, BiFunction<U, T, U> f) {
    List<U> out = new ArrayList<>();
    U acc = init;
    for (T t : in) {
      acc = f.apply(acc, t);
      out.add(acc);
    }
    return out;
  }

  static <T, U> List<U> map(List<T> in, Function<T, U> f) {
    List<U> out = new ArrayList<>();
    for (T t : in) {
      out.add(f.apply(t));
    }
    return out;
  }

  static <T> List<T> filter(List<T> in, Predicate<T> p) {
    List<T> out = new ArrayList<>();
    for (T t : in) {
      if (p.test(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
