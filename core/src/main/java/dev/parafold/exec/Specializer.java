package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/*
 * Per-pipeline copies of the hot loop, so that speed survives a real application.
 *
 * Why. A source loop such as LongRangeSource.reduce calls r.stepLong(acc, i); a stage such as a
 * filter calls test.test(x) and down.stepLong(acc, x). Those call sites are shared by every
 * pipeline in the JVM: once a dozen pipeline shapes have run, HotSpot's type profile at each of
 * them is megamorphic, nothing inlines, and a fold runs many times slower than a hand loop (the
 * java.util.stream problem).
 *
 * How. Before a fold runs, the reducer chain and the source are rebuilt from hidden-class copies
 * of their classes (Lookup.defineHiddenClass from the original class bytes, as nestmates). Each copy
 * has its own bytecode and therefore its own type profiles, so in a copy every call site sees one
 * receiver class and C2 inlines the whole chain into the loop, like a hand-written loop. Copies are
 * cached by pipeline shape (the classes of every stage and of the functions it holds), so two
 * pipelines of the same shape share copies, and a new shape costs one class definition per stage
 * once. The key describes our classes by their fields whether or not they could be copied, so it
 * is the same on a shape's first fold as on later ones (a source copy shared with a first fold's
 * differently keyed stage copies would see two receivers at its hot call site). The loop C2 then
 * compiles is a hand loop's: for a sum, count or extreme even the accumulator is a local (the
 * scalar step of LongReducer and DoubleReducer).
 *
 * Mechanics. In a hidden class, references to its own name resolve to the hidden class, so a copied
 * source's splitAt() creates copies too. Instance fields of the copy are made non-final in the copied
 * bytes (flipping ACC_FINAL), so the copy's full-privilege lookup can set them, and the copied bytes
 * lose their InnerClasses and EnclosingMethod attributes, which would claim a nesting the outer class
 * does not confirm (reflection on the copy's name would throw); fields inherited from
 * a superclass (ForwardingReducer.down) are set through reflection. Instances are allocated without
 * running a constructor, then every field is copied from the original; fields that hold one of our
 * reducers are copied recursively.
 *
 * Scope. Only classes of parafold's own packages are copied (user reducers keep their classes), and
 * only for folds large enough to matter (see THRESHOLD); -Dparafold.specialize=false turns it off.
 * Copies are not serializable: executors that ship work elsewhere must not use them. The JVM hides
 * the frames of hidden classes from stack traces, so fold() adds a HiddenStageFrames note to a
 * failure, naming the stages.
 */

/**
 * Rebuilds a reducer chain and a source from per-pipeline copies of their classes, so each pipeline
 * gets its own monomorphic hot loop (see the overview in the source).
 *
 * @since 0.1
 */
public final class Specializer {
  /** Folds with fewer elements than this run on the shared classes. */
  public static final long THRESHOLD = Long.getLong("parafold.specialize.threshold", 16_384L);

  private static final boolean ENABLED =
      !"false".equalsIgnoreCase(System.getProperty("parafold.specialize", "true"));
  private static final int MAX_SHAPES = 4096;
  private static final ConcurrentHashMap<Object, Copy> COPIES = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Class<?>, Boolean> UNCOPYABLE = new ConcurrentHashMap<>();
  private static final Object UNSAFE = unsafe();
  private static final MethodHandle ALLOCATE = allocator(UNSAFE);

  /**
   * The instance fields of reference type of a copyable class and its superclasses, made accessible
   * once: every fold names its shape by them, and {@code getDeclaredFields} copies its array and
   * checks access on every call.
   */
  private static final ClassValue<Field[]> REFERENCE_FIELDS =
      new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> c) {
          List<Field> out = new ArrayList<>();
          for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
              if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                continue;
              }
              try {
                f.setAccessible(true);
                out.add(f);
              } catch (RuntimeException e) {
                // not readable: the shape key names the class only for this field's value
              }
            }
          }
          return out.toArray(new Field[0]);
        }
      };

  private Specializer() {}

  /** Whether specialization is on. */
  public static boolean enabled() {
    return ENABLED && ALLOCATE != null;
  }

  /**
   * A source that, when opened, returns a copy specialized for {@code chainKey} (see {@link
   * #reducer}); {@code source} itself when specialization is off.
   */
  public static <T> Source<T> source(Source<T> source, Reducer<?, ?, ?> chain) {
    if (!enabled()) {
      return source;
    }
    return new SpecializingSource<>(source, shapeKey(chain, 0, new IdentityHashMap<>()));
  }

  /** A copy of {@code r} whose classes belong to this pipeline shape; {@code r} if not possible. */
  @SuppressWarnings("unchecked")
  public static <T, A, R> Reducer<T, A, R> reducer(Reducer<T, A, R> r) {
    if (!enabled()) {
      return r;
    }
    // one walk computes the shape key of every stage; copying then looks them up
    Map<Object, PipelineShape> keys = new IdentityHashMap<>();
    shapeKey(r, 0, keys);
    return copy(r, keys);
  }

  @SuppressWarnings("unchecked")
  private static <T, A, R> Reducer<T, A, R> copy(
      Reducer<T, A, R> r, Map<Object, PipelineShape> keys) {
    try {
      return (Reducer<T, A, R>) copyGraph(r, 0, keys, new IdentityHashMap<>());
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return r; // specialization is an optimisation: never fail a fold for it
    }
  }

  /**
   * Runs {@code chain} over {@code source} with {@code executor} on per-pipeline copies (see {@link
   * #reducer} and {@link #source}). The JVM hides the frames of the copies (hidden classes) from
   * stack traces, so a failure that leaves the fold gets a {@link HiddenStageFrames} note naming
   * the stages, and the stage whose function threw; the failure itself is rethrown unchanged.
   */
  public static <T, A, R> R fold(
      FoldExecutor executor, Source<T> source, Reducer<T, A, R> chain, FoldOptions options) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(options, "options");
    Reducer<T, A, R> copy = chain;
    Source<T> specialized = source;
    if (enabled()) { // one walk of the chain names its shape for both copies
      Map<Object, PipelineShape> keys = new IdentityHashMap<>();
      PipelineShape chainKey = shapeKey(chain, 0, keys);
      copy = copy(chain, keys);
      specialized = new SpecializingSource<>(source, chainKey);
    }
    try {
      return executor.fold(specialized, copy, options);
    } catch (RuntimeException | Error failure) {
      if (copy != chain && !(failure instanceof FoldCancelledException)) {
        HiddenStageFrames.attach(failure, chain);
      }
      throw failure;
    }
  }

  static <T> Source<T> copySource(Source<T> opened, PipelineShape chainKey) {
    try {
      @SuppressWarnings("unchecked")
      Source<T> copy =
          (Source<T>)
              copyObject(
                  opened,
                  new SourceShape(opened.getClass(), chainKey),
                  0,
                  Map.of(),
                  new IdentityHashMap<>());
      return copy;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return opened;
    }
  }

  // ---- graph copying ---------------------------------------------------------------------------

  private static boolean copyable(Object o) {
    return ownClass(o) && !UNCOPYABLE.containsKey(o.getClass());
  }

  /**
   * One of our concrete classes: shape keys describe these by their fields whether or not a copy
   * could be made, so that a pipeline's key is the same on its first fold (before a failed copy
   * marked a class uncopyable) and on every later one; otherwise the first fold's stages would be
   * copied under another key and pollute the profile of the source copy that every fold shares.
   */
  private static boolean ownClass(Object o) {
    if (o == null) {
      return false;
    }
    Class<?> c = o.getClass();
    return c.getName().startsWith("dev.parafold.")
        && !c.isHidden()
        && !c.isArray()
        && !c.isEnum()
        && !Modifier.isAbstract(c.getModifiers());
  }

  /**
   * A reducer met twice (a stage that keeps its downstream in two fields, typed and untyped) is
   * copied once, so the copies share it as the originals do and the walk stays linear.
   */
  private static Object copyGraph(
      Object r, int depth, Map<Object, PipelineShape> keys, Map<Object, Object> copies)
      throws ReflectiveOperationException {
    PipelineShape key = keys.get(r);
    if (!(r instanceof Reducer) || key == null || !copyable(r) || depth > 64) {
      return r;
    }
    Object done = copies.get(r);
    if (done == null) {
      done = copyObject(r, key, depth, keys, copies);
      copies.put(r, done);
    }
    return done;
  }

  /** Copies {@code o} into an instance of its shape's copied class, recursing into reducers. */
  private static Object copyObject(
      Object o, Object key, int depth, Map<Object, PipelineShape> keys, Map<Object, Object> copies)
      throws ReflectiveOperationException {
    if (COPIES.size() >= MAX_SHAPES && !COPIES.containsKey(key)) {
      return o;
    }
    Copy copy = COPIES.get(key);
    if (copy == null) {
      copy = COPIES.computeIfAbsent(key, k -> define(o.getClass()));
    }
    if (copy.failed) {
      return o;
    }
    Object target = allocate(copy.hidden);
    for (CopiedField f : copy.fields) {
      Object value = f.field.get(o);
      if (value instanceof Reducer) {
        value = copyGraph(value, depth + 1, keys, copies);
      }
      f.set(target, value);
    }
    return target;
  }

  /**
   * The shape of a chain: classes of stages and of their functions (see {@link PipelineShape}). The
   * shape of every copyable stage met on the way is recorded in {@code keys}; a stage met again (a
   * downstream kept in two fields) is named by its class only, so the walk stays linear.
   */
  static PipelineShape shapeKey(Object o, int depth, Map<Object, PipelineShape> keys) {
    if (o == null) {
      return null;
    }
    Class<?> c = o.getClass();
    if (keys.containsKey(o)) {
      return PipelineShape.metAgain(c);
    }
    if (!ownClass(o) || depth > 64) {
      return PipelineShape.of(c, NO_PARTS);
    }
    Field[] fields = REFERENCE_FIELDS.get(c);
    Object[] parts = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      Object v;
      try {
        v = fields[i].get(o);
      } catch (ReflectiveOperationException | RuntimeException e) {
        v = null;
      }
      parts[i] =
          v instanceof Reducer ? shapeKey(v, depth + 1, keys) : v == null ? null : v.getClass();
    }
    PipelineShape key = PipelineShape.of(c, parts);
    keys.put(o, key);
    return key;
  }

  private static final Object[] NO_PARTS = {};

  /** A source's class copied for one chain shape: its loop is that pipeline's hot loop. */
  private record SourceShape(Class<?> source, PipelineShape chain) {}

  // ---- class copies ----------------------------------------------------------------------------

  /** A hidden copy of a class and how to fill its fields. */
  private static final class Copy {
    final Class<?> hidden;
    final List<CopiedField> fields;
    final boolean failed;

    Copy(Class<?> hidden, List<CopiedField> fields, boolean failed) {
      this.hidden = hidden;
      this.fields = fields;
      this.failed = failed;
    }
  }

  /** Reads a field of the original and writes it into the copy. */
  private static final class CopiedField {
    final Field field; // of the original (or of an inherited superclass), accessible
    final MethodHandle setter; // for the copy's own fields
    final Field inherited; // for superclass fields, set reflectively

    CopiedField(Field field, MethodHandle setter, Field inherited) {
      this.field = field;
      this.setter = setter;
      this.inherited = inherited;
    }

    void set(Object target, Object value) throws ReflectiveOperationException {
      if (setter != null) {
        try {
          setter.invoke(target, value);
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
          throw e;
        } catch (Throwable t) {
          throw new IllegalStateException(t);
        }
      } else {
        inherited.set(target, value);
      }
    }
  }

  private static Copy define(Class<?> c) {
    try {
      byte[] bytes = ClassBytes.forHiddenCopy(read(c));
      MethodHandles.Lookup owner = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
      MethodHandles.Lookup hidden =
          owner.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
      Class<?> h = hidden.lookupClass();
      List<CopiedField> fields = new ArrayList<>();
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers())) {
            continue;
          }
          f.setAccessible(true);
          if (k == c) {
            MethodHandle setter =
                hidden
                    .findSetter(h, f.getName(), f.getType())
                    .asType(
                        java.lang.invoke.MethodType.methodType(
                            void.class, Object.class, Object.class));
            fields.add(new CopiedField(f, setter, null));
          } else {
            fields.add(new CopiedField(f, null, f));
          }
        }
      }
      return new Copy(h, List.copyOf(fields), false);
    } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
      if (Boolean.getBoolean("parafold.specialize.debug")) {
        e.printStackTrace();
      }
      UNCOPYABLE.put(c, Boolean.TRUE);
      return new Copy(null, List.of(), true);
    }
  }

  private static byte[] read(Class<?> c) throws IOException {
    String resource = "/" + c.getName().replace('.', '/') + ".class";
    try (InputStream in = c.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no class file for " + c.getName());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static Object allocate(Class<?> c) throws ReflectiveOperationException {
    try {
      return ALLOCATE.invoke(c);
    } catch (ReflectiveOperationException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new InstantiationException(String.valueOf(t));
    }
  }

  private static MethodHandle allocator(Object unsafe) {
    if (unsafe == null) {
      return null;
    }
    try {
      return MethodHandles.lookup()
          .unreflect(unsafe.getClass().getMethod("allocateInstance", Class.class))
          .bindTo(unsafe);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Object unsafe() {
    try {
      Class<?> k = Class.forName("sun.misc.Unsafe");
      Field f = k.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return f.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
