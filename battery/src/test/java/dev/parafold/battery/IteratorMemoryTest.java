package dev.parafold.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * B10, iterator part: 10^8 elements from an {@code Iterator} of unknown size, generated on the fly
 * and never materialised, folded in parallel in a 64 MiB heap: filter, map, count and sum, and
 * filter, map, limit and sum (an early stop); both results must equal their closed forms (see
 * {@link IteratorMemoryRun}). Elements, elapsed times and the peak heap in use after GC are
 * recorded as figures, never compared with a threshold.
 *
 * <ul>
 *   <li>{@link #tenToTheEight_inA64MiBHeap} is tagged {@code memory}: it runs only under {@code mvn
 *       -Pstress verify}, in its own surefire execution with {@code -Xmx64m} (battery/pom.xml).
 *       Count: {@code -Dparafold.memtest.elements} (default 10^8).
 *   <li>{@link #ciTier_tenToTheSeven_inAChildJvmWith64MiB} runs in the normal build: the same work
 *       over 10^7 elements in a child JVM started with {@code -Xmx64m} on this test's class path.
 * </ul>
 */
final class IteratorMemoryTest {
  private static final long MAX_HEAP_ALLOWED = 96L << 20; // -Xmx64m, with room for rounding

  @Test
  @Tag("memory")
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void tenToTheEight_inA64MiBHeap() throws InterruptedException {
    long n = Long.getLong("parafold.memtest.elements", 100_000_000L);
    assertTrue(
        Runtime.getRuntime().maxMemory() <= MAX_HEAP_ALLOWED,
        "B10 must run with -Xmx64m (mvn -Pstress verify runs it so); max heap is "
            + (Runtime.getRuntime().maxMemory() >> 20)
            + " MiB");
    IteratorMemoryRun.run(n, "in-process, -Xmx64m");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void ciTier_tenToTheSeven_inAChildJvmWith64MiB() throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isEmpty()) {
      classPath = System.getProperty("java.class.path");
    }
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-Xss2m",
                    "-cp",
                    classPath,
                    IteratorMemoryRun.class.getName(),
                    "10000000",
                    "CI tier, child JVM, -Xmx64m"))
            .directory(new File(System.getProperty("user.dir")))
            .redirectErrorStream(true);
    Process child = pb.start();
    StringBuffer out = new StringBuffer();
    Thread drain =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  System.out.println("[child] " + line);
                  out.append(line).append('\n');
                }
              } catch (IOException e) {
                out.append("reading the child's output failed: ").append(e).append('\n');
              }
            },
            "child-output");
    drain.start();
    if (!child.waitFor(90, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      drain.join(5_000);
      fail("the child JVM did not exit within 90 s:\n" + out);
    }
    drain.join(5_000);
    assertEquals(0, child.exitValue(), "the child JVM failed:\n" + out);
    assertTrue(
        out.toString().contains("peak heap used after full GC"), "no figures from the child");
  }
}
