package dev.parafold.files;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of one CSV file, read once at open. Names are interned, so a lookup with a
 * string constant (the usual {@code r.get("country")}) finds its column by identity among the first
 * columns, without hashing; other names go through a map.
 */
final class CsvHeader {
  static final CsvHeader NONE = new CsvHeader(List.of());
  private static final int BY_IDENTITY = 16;

  final List<String> names;
  private final String[] array;
  private final Map<String, Integer> index = new HashMap<>();

  CsvHeader(List<String> names) {
    this.array = new String[names.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = names.get(i).intern();
      index.putIfAbsent(array[i], i);
    }
    this.names = List.of(array);
  }

  /** The column of {@code name} (the first, if repeated), or -1. */
  int indexOf(String name) {
    String[] a = array;
    for (int i = 0, n = Math.min(a.length, BY_IDENTITY); i < n; i++) {
      if (a[i] == name) {
        return i;
      }
    }
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  int size() {
    return array.length;
  }
}
