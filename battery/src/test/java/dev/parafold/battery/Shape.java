package dev.parafold.battery;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Data shapes of the battery's inputs (0..300 small integers). */
enum Shape {
  EMPTY,
  ONE,
  ALL_DUPLICATES,
  SORTED,
  REVERSED,
  RANDOM,
  SAWTOOTH,
  /** Random with nulls; sources that cannot hold null get -1 in their place. */
  WITH_NULLS;

  static final int MAX_SIZE = 300;

  List<Integer> generate(Gen g) {
    int n = this == EMPTY ? 0 : this == ONE ? 1 : g.size(MAX_SIZE);
    int range = g.oneOf(2, 10, 100, 1000);
    List<Integer> out = new ArrayList<>(n);
    switch (this) {
      case ALL_DUPLICATES:
        int v = g.intBetween(0, range - 1);
        for (int i = 0; i < n; i++) {
          out.add(v);
        }
        return out;
      case SAWTOOTH:
        int period = g.intBetween(2, 20);
        for (int i = 0; i < n; i++) {
          out.add(i % period);
        }
        return out;
      case WITH_NULLS:
        double p = g.oneOf(0.1, 0.5, 0.9);
        for (int i = 0; i < n; i++) {
          out.add(g.chance(p) ? null : g.intBetween(0, range - 1));
        }
        return out;
      default:
        for (int i = 0; i < n; i++) {
          out.add(g.intBetween(0, range - 1));
        }
        if (this == SORTED) {
          Collections.sort(out);
        } else if (this == REVERSED) {
          out.sort(Collections.reverseOrder());
        }
        return out;
    }
  }
}
