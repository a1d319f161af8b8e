package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A note attached (as a suppressed exception) to a failure of a fold that ran on specialized class
 * copies: the JVM leaves the frames of hidden classes out of stack traces, so without it a user
 * exception's trace goes from the user's function straight to the executor, and does not say which
 * stage called the function. The note's message names the stage chain and, when it can tell, the
 * stage whose function threw; its stack trace holds one frame per stage, named after the original
 * classes, innermost first, as the trace of an unspecialized fold would show them.
 *
 * <pre>
 * java.lang.IllegalStateException: bad input 42
 *     at com.example.Job.lambda$main$1(Job.java:17)
 *     at dev.parafold.exec.SplitNode.leaf(SplitNode.java)
 *     ...
 *     Suppressed: dev.parafold.exec.HiddenStageFrames: thrown by a function of stage "filter" in
 *     map -&gt; filter -&gt; limit(10) -&gt; toList (the stages' frames are hidden: ...)
 *         at dev.parafold.xf.FilterTransducer$FilterReducer.step(FilterTransducer.java)
 *         at dev.parafold.xf.MapTransducer$MapReducer.step(MapTransducer.java)
 * </pre>
 *
 * @since 0.1
 */
public final class HiddenStageFrames extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private HiddenStageFrames(String message, StackTraceElement[] frames) {
    super(message, null, false, true);
    setStackTrace(frames);
  }

  /**
   * Adds the note to {@code failure} unless it has one or its trace already shows a stage frame.
   * Never throws: this runs on the way out of a failed fold.
   */
  static void attach(Throwable failure, Reducer<?, ?, ?> chain) {
    try {
      for (Throwable s : failure.getSuppressed()) {
        if (s instanceof HiddenStageFrames) {
          return;
        }
      }
      List<Reducer<?, ?, ?>> stages = stages(chain);
      if (stages.size() < 2 || showsAStage(failure, stages)) {
        return; // only a terminal, or the frames are there (no copy was made)
      }
      int thrower = thrower(failure, stages);
      List<StackTraceElement> frames = new ArrayList<>();
      int from = thrower >= 0 ? thrower : stages.size() - 2; // the terminal is never a copy
      for (int i = from; i >= 0; i--) {
        frames.add(frame(stages.get(i).getClass()));
      }
      String chainText = chain.describe();
      String message =
          (thrower >= 0
                  ? "thrown by a function of stage \"" + own(stages, thrower) + "\" in "
                  : "thrown while running ")
              + chainText
              + " (the stages' frames are hidden: they ran as specialized copies;"
              + " -Dparafold.specialize=false shows them)";
      failure.addSuppressed(
          new HiddenStageFrames(message, frames.toArray(new StackTraceElement[0])));
    } catch (RuntimeException | LinkageError e) {
      // a note is a courtesy: never replace the user's exception
    }
  }

  /** The reducers of a chain, first stage first, following fields that hold reducers. */
  static List<Reducer<?, ?, ?>> stages(Reducer<?, ?, ?> chain) {
    List<Reducer<?, ?, ?>> out = new ArrayList<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Reducer<?, ?, ?> r = chain;
    while (r != null && seen.put(r, Boolean.TRUE) == null && out.size() < 256) {
      out.add(r);
      r = downstream(r);
    }
    return out;
  }

  private static Reducer<?, ?, ?> downstream(Reducer<?, ?, ?> r) {
    if (!r.getClass().getName().startsWith("dev.parafold.")) {
      return null; // a user reducer: its fields are its own business
    }
    for (Class<?> k = r.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || !Reducer.class.isAssignableFrom(f.getType())) {
          continue;
        }
        try {
          f.setAccessible(true);
          Object v = f.get(r);
          if (v != null) {
            return (Reducer<?, ?, ?>) v;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static boolean showsAStage(Throwable failure, List<Reducer<?, ?, ?>> stages) {
    for (StackTraceElement e : failure.getStackTrace()) {
      for (Reducer<?, ?, ?> s : stages) {
        if (e.getClassName().equals(s.getClass().getName())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The index of the stage holding the function whose code is nearest the top of the trace (a
   * lambda matched through its serialized form, other functions by class); -1 if none matches.
   */
  private static int thrower(Throwable failure, List<Reducer<?, ?, ?>> stages) {
    List<List<String>> functions = new ArrayList<>();
    for (Reducer<?, ?, ?> s : stages) {
      functions.add(functionFrames(s));
    }
    for (StackTraceElement e : failure.getStackTrace()) {
      String at = e.getClassName() + "." + e.getMethodName();
      for (int i = 0; i < stages.size() - 1; i++) {
        if (functions.get(i).contains(at) || functions.get(i).contains(e.getClassName() + ".*")) {
          return i;
        }
      }
    }
    return -1;
  }

  /** "class.method" of the code each non-reducer field of {@code stage} runs. */
  private static List<String> functionFrames(Reducer<?, ?, ?> stage) {
    List<String> out = new ArrayList<>();
    for (Class<?> k = stage.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())
            || f.getType().isPrimitive()
            || Reducer.class.isAssignableFrom(f.getType())) {
          continue;
        }
        try {
          f.setAccessible(true);
          Object fn = f.get(stage);
          if (fn == null) {
            continue;
          }
          SerializedLambda lambda = serializedLambda(fn);
          if (lambda != null) {
            out.add(lambda.getImplClass().replace('/', '.') + "." + lambda.getImplMethodName());
          } else if (!fn.getClass().getName().startsWith("java.")) {
            out.add(fn.getClass().getName() + ".*");
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not readable: this stage cannot be matched
        }
      }
    }
    return out;
  }

  private static SerializedLambda serializedLambda(Object fn) {
    try {
      Method m = fn.getClass().getDeclaredMethod("writeReplace");
      m.setAccessible(true);
      Object replaced = m.invoke(fn);
      return replaced instanceof SerializedLambda ? (SerializedLambda) replaced : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** What stage {@code i} adds to the chain's description ("filter" of "filter -> toList"). */
  private static String own(List<Reducer<?, ?, ?>> stages, int i) {
    String all = stages.get(i).describe();
    String rest = " -> " + stages.get(i + 1).describe();
    return all.endsWith(rest) ? all.substring(0, all.length() - rest.length()) : all;
  }

  private static StackTraceElement frame(Class<?> c) {
    String name = c.getName();
    int hidden = name.indexOf('/');
    name = hidden < 0 ? name : name.substring(0, hidden);
    String top = name.substring(name.lastIndexOf('.') + 1);
    int nested = top.indexOf('$');
    String file = (nested < 0 ? top : top.substring(0, nested)) + ".java";
    return new StackTraceElement(name, "step", file, -1);
  }
}
