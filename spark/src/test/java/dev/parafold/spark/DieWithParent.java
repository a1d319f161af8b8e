package dev.parafold.spark;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Runs a daemon's main class (Spark's Master or Worker) in this JVM and ends the JVM when the
 * process that started it dies, even by {@code kill -9}: otherwise init adopts the daemon and it
 * runs until someone kills it.
 *
 * <pre>
 * java -cp spark-jars/*:die-with-parent.jar dev.parafold.spark.DieWithParent PARENT_PID MAIN_CLASS ARGS...
 * </pre>
 *
 * <p>Two signals, whichever comes first: end of file on standard input (the parent holds the write
 * end of the pipe, and the kernel closes it when the parent dies, so this is immediate), and a poll
 * of the parent's PID every 200 ms, which also catches a parent that redirected our standard input
 * (the PID's start time is compared, so a reused PID does not count as the parent). Then {@code
 * System.exit}: the daemon's shutdown hooks run (the Worker's kill its executor JVMs); if they have
 * not finished after 20 s, the JVM halts.
 *
 * <p>Self-contained (JDK only): the cluster harness copies this class alone into a jar on the
 * daemons' class path.
 */
public final class DieWithParent {
  static final long POLL_MILLIS = 200;
  static final long HALT_AFTER_MILLIS = 20_000;

  private DieWithParent() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: DieWithParent PARENT_PID MAIN_CLASS [ARGS...]");
    }
    long parentPid = Long.parseLong(args[0]);
    Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
    if (parent.isEmpty()) {
      System.err.println("DieWithParent: parent " + parentPid + " is already gone");
      System.exit(143);
    }
    Instant started = parent.get().info().startInstant().orElse(null);
    daemon("die-with-parent-stdin", DieWithParent::waitForEndOfInput).start();
    daemon("die-with-parent-pid", () -> pollParent(parentPid, started)).start();
    Class.forName(args[1])
        .getMethod("main", String[].class)
        .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
  }

  private static Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }

  private static void waitForEndOfInput() {
    byte[] buf = new byte[256];
    try (InputStream in = System.in) {
      while (in.read(buf) >= 0) {
        // the parent writes nothing; only the end of the stream matters
      }
    } catch (IOException e) {
      // a broken pipe means the same as end of input
    }
    exit("standard input closed");
  }

  private static void pollParent(long pid, Instant started) {
    while (alive(pid, started)) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
    exit("parent process " + pid + " is gone");
  }

  static boolean alive(long pid, Instant started) {
    Optional<ProcessHandle> h = ProcessHandle.of(pid);
    if (h.isEmpty() || !h.get().isAlive()) {
      return false;
    }
    Optional<Instant> now = h.get().info().startInstant();
    return started == null || now.isEmpty() || now.get().equals(started);
  }

  private static synchronized void exit(String why) {
    System.err.println("DieWithParent: " + why + "; exiting");
    Thread halt =
        daemon(
            "die-with-parent-halt",
            () -> {
              try {
                Thread.sleep(HALT_AFTER_MILLIS);
              } catch (InterruptedException e) {
                // exiting anyway
              }
              Runtime.getRuntime().halt(143);
            });
    halt.start();
    System.exit(143);
  }
}
