package dev.parafold.examples;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/** What the file jobs print before they start: the input, the mode, the machine and its load. */
final class FileJob {
  private FileJob() {}

  static void header(PrintStream out, List<Path> files, long bytes, String how) {
    out.printf(
        "input: %s (%,d bytes); %s; %d cores, load average %.2f%n",
        files.size() == 1 ? files.get(0) : files.size() + " files",
        bytes,
        how,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
