package dev.parafold.battery;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.parafold.Fold;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.Figures;
import io.vavr.Tuple2;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The work of {@link IteratorMemoryTest} (B10, iterator part), runnable in this JVM or as the main
 * class of a child JVM: folds an iterator of unknown size that computes its {@code n} elements on
 * the fly, in parallel on a fork/join pool of 4, (1) filter, map, count and sum, (2) filter, map,
 * limit and sum (an early stop), and checks both results against their closed forms. Records as
 * figures: elements, elapsed times, elements read by the early stop, and the heap: the peak live
 * set (heap in use after the full collections a sampler forces every 250 ms, as the collector
 * reports it), the peak after any collection, and the heap pools' peak usage. Exits with status 1
 * (in a child JVM) or throws {@link AssertionError} when a result is wrong.
 */
public final class IteratorMemoryRun {
  static final String B10 = "B10 iterator memory";
  private static final long MIB = 1L << 20;

  private IteratorMemoryRun() {}

  /** {@code args[0]}: the number of elements; {@code args[1]}: the tier, for the figures. */
  public static void main(String[] args) {
    try {
      run(Long.parseLong(args[0]), args.length > 1 ? args[1] : "child JVM");
    } catch (Throwable t) { // report and fail the child
      t.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /** Runs both folds over {@code n} generated elements; throws AssertionError on a wrong result. */
  static void run(long n, String tier) throws InterruptedException {
    String test = B10 + " (" + tier + ")";
    long maxHeap = Runtime.getRuntime().maxMemory();
    ForkJoinPool pool = new ForkJoinPool(4);
    try (GcWatch gc = new GcWatch();
        LiveSetSampler live = new LiveSetSampler()) {
      // (1) filter, map, count and sum: every element is read
      Counting it = new Counting(n);
      long t0 = System.nanoTime();
      Tuple2<Long, Long> r =
          Fold.from(it)
              .on(pool)
              .filter(x -> x % 3 == 0)
              .map(x -> x * 2)
              .reduce(Reducers.tee(Reducers.count(), Reducers.summingLong(x -> x)));
      long t1 = System.nanoTime();
      long m = (n + 2) / 3; // multiples of 3 below n
      check(n, it.pulled, "elements read by the full fold");
      check(m, r._1, "count of multiples of 3 below " + n);
      check(3 * m * (m - 1), r._2, "sum of 2x over multiples of 3 below " + n);

      // (2) filter, map, limit and sum: stops after about half of the elements
      Counting it2 = new Counting(n);
      long limit = n / 4;
      long t2 = System.nanoTime();
      long sum =
          Fold.from(it2)
              .on(pool)
              .filter(x -> x % 2 == 1)
              .map(x -> x / 2)
              .limit(limit)
              .reduce(Reducers.summingLong(x -> x));
      long t3 = System.nanoTime();
      check(limit * (limit - 1) / 2, sum, "sum of the first " + limit + " halved odd numbers");
      if (it2.pulled >= n && n >= 1000) {
        throw new AssertionError(
            "the early stop read all " + it2.pulled + " elements (limit " + limit + ")");
      }

      Figures.record(test, "elements", n);
      Figures.record(test, "max heap MiB", maxHeap / MIB);
      Figures.record(test, "filter/map/count+sum s", String.format("%.2f", (t1 - t0) / 1e9));
      Figures.record(
          test,
          "filter/map/count+sum M elements/s",
          String.format("%.1f", n / 1e6 / ((t1 - t0) / 1e9)));
      Figures.record(test, "filter/map/limit/sum s", String.format("%.2f", (t3 - t2) / 1e9));
      Figures.record(test, "filter/map/limit/sum elements read", it2.pulled);
      Figures.record(test, "GCs", gc.count.get());
      Figures.record(
          test,
          "peak heap used after full GC (live set, sampled every 250 ms) MiB",
          String.format("%.1f", gc.peakAfterFull.get() / (double) MIB));
      Figures.record(test, "live-set samples", live.samples.get());
      Figures.record(
          test,
          "peak heap used after any GC (incl. old-gen garbage not yet collected) MiB",
          String.format("%.1f", gc.peakAfter.get() / (double) MIB));
      Figures.record(
          test,
          "peak heap used (pools, before GC) MiB",
          String.format("%.1f", gc.peakPools() / (double) MIB));
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static void check(long expected, long actual, String what) {
    if (expected != actual) {
      throw new AssertionError(what + ": expected " + expected + ", got " + actual);
    }
  }

  /** 0, 1, ..., n-1, computed when asked; counts the elements read. Never holds them. */
  static final class Counting implements Iterator<Long> {
    private final long n;
    long pulled; // read after the fold returned: the fold's completion orders it

    Counting(long n) {
      this.n = n;
    }

    @Override
    public boolean hasNext() {
      return pulled < n;
    }

    @Override
    public Long next() {
      if (pulled >= n) {
        throw new NoSuchElementException();
      }
      return pulled++;
    }
  }

  /**
   * The live set: a daemon thread that forces a full collection every 250 ms; {@link GcWatch} reads
   * the heap in use after each from the collection's own report (reading the heap afterwards would
   * count what the workers allocated meanwhile). Young collections alone say little in a 64 MiB G1
   * heap: the old generation holds promoted garbage until a mixed or full collection, so "used
   * after GC" climbs to the heap size whether or not anything is retained.
   */
  static final class LiveSetSampler implements AutoCloseable {
    final AtomicLong samples = new AtomicLong();
    private final Thread thread;
    private volatile boolean stop;

    LiveSetSampler() {
      thread =
          new Thread(
              () -> {
                while (!stop) {
                  System.gc();
                  samples.incrementAndGet();
                  try {
                    Thread.sleep(250);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "live-set-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws InterruptedException {
      stop = true;
      thread.interrupt();
      thread.join(10_000);
    }
  }

  /**
   * The heap in use after each garbage collection, from the collectors' notifications (the sum of
   * every pool after the collection), and the pools' own peak usage since the start.
   */
  static final class GcWatch implements NotificationListener, AutoCloseable {
    final AtomicLong peakAfter = new AtomicLong();
    final AtomicLong peakAfterFull = new AtomicLong(); // after the sampler's full collections
    final AtomicLong count = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();

    GcWatch() {
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          p.resetPeakUsage();
          heapPools.add(p);
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter) {
          NotificationEmitter e = (NotificationEmitter) gc;
          e.addNotificationListener(this, null, null);
          emitters.add(e);
        }
      }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
      long used = 0;
      for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (isHeapPool(e.getKey())) {
          used += e.getValue().getUsed();
        }
      }
      count.incrementAndGet();
      peakAfter.accumulateAndGet(used, Math::max);
      if ("System.gc()".equals(info.getGcCause())) {
        peakAfterFull.accumulateAndGet(used, Math::max);
      }
    }

    private boolean isHeapPool(String name) {
      for (MemoryPoolMXBean p : heapPools) {
        if (p.getName().equals(name)) {
          return true;
        }
      }
      return false;
    }

    /** The sum of the heap pools' peak usage since this watch started (before any GC). */
    long peakPools() {
      long sum = 0;
      for (MemoryPoolMXBean p : heapPools) {
        sum += p.getPeakUsage().getUsed();
      }
      return sum;
    }

    @Override
    public void close() {
      for (NotificationEmitter e : emitters) {
        try {
          e.removeNotificationListener(this);
        } catch (ListenerNotFoundException ignored) {
          // already gone
        }
      }
    }
  }
}
