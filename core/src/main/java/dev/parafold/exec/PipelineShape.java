package dev.parafold.exec;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shape of one stage of a pipeline, by which {@link Specializer} caches its class copies: the
 * stage's class and, per reference field, the shape of the reducer it holds or the class of any
 * other value. Shapes are interned bottom-up, so two equal shapes are one object, and {@code
 * equals} compares a stage's parts by identity: naming a fold's shape costs a few field reads per
 * stage, not the hashing of a string that grows with the chain (which cost as much as folding a few
 * thousand elements).
 */
final class PipelineShape {
  /** Shapes kept interned, at most; past that new shapes are not interned and never match. */
  private static final int MAX_INTERNED = 16_384;

  private static final ConcurrentHashMap<PipelineShape, PipelineShape> INTERNED =
      new ConcurrentHashMap<>();

  /** A reducer met a second time in the same chain (a downstream kept in two fields). */
  private static final ClassValue<PipelineShape> MET_AGAIN =
      new ClassValue<>() {
        @Override
        protected PipelineShape computeValue(Class<?> type) {
          return new PipelineShape(type, new Object[] {PipelineShape.class});
        }
      };

  final Class<?> type;
  private final Object[] parts; // per field: an interned shape, a Class, or null
  private final int hash;

  private PipelineShape(Class<?> type, Object[] parts) {
    this.type = type;
    this.parts = parts;
    int h = System.identityHashCode(type);
    for (Object p : parts) {
      h = 31 * h + System.identityHashCode(p);
    }
    this.hash = h;
  }

  /** The interned shape of a stage of class {@code type} whose fields have these {@code parts}. */
  static PipelineShape of(Class<?> type, Object[] parts) {
    PipelineShape s = new PipelineShape(type, parts);
    PipelineShape known = INTERNED.get(s);
    if (known != null) {
      return known;
    }
    if (INTERNED.size() >= MAX_INTERNED) {
      return s;
    }
    known = INTERNED.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  /** The shape naming a stage of class {@code type} already named earlier in the same chain. */
  static PipelineShape metAgain(Class<?> type) {
    return MET_AGAIN.get(type);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PipelineShape) || ((PipelineShape) o).hash != hash) {
      return false;
    }
    PipelineShape s = (PipelineShape) o;
    if (s.type != type || s.parts.length != parts.length) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      if (s.parts[i] != parts[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return type.getName() + Arrays.toString(parts);
  }
}
