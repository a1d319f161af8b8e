package dev.parafold.jcstress;

import dev.parafold.testkit.Figures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the jcstress tests of this module in a child JVM ({@code org.openjdk.jcstress.Main}), echoes
 * its output, records the battery figures (B13) and exits non-zero if any result failed (a
 * FORBIDDEN outcome was observed), errored, or nothing ran. It reads jcstress's final progress line
 * rather than trusting its exit code alone. Arguments: the jcstress mode ({@code quick}, {@code
 * default}, ...) and the results directory.
 */
public final class RunJcstress {
  private static final String FIGURES = "B13 jcstress";

  private RunJcstress() {}

  /** Entry point for {@code exec-maven-plugin} in the verify phase. */
  public static void main(String[] args) throws IOException, InterruptedException {
    String mode = args.length > 0 ? args[0] : "quick";
    String results =
        Paths.get(args.length > 1 ? args[1] : "target/jcstress-results")
            .toAbsolutePath()
            .toString();
    // "planted" selects the planted bug alone (the run must then fail); default: the real tests
    String selection =
        args.length > 2 && args[2].equals("planted")
            ? "dev\\.parafold\\.jcstress\\.planted\\..*"
            : "dev\\.parafold\\.jcstress\\.[A-Z]\\w*Test";
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-classpath");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.openjdk.jcstress.Main");
    cmd.add("-m");
    cmd.add(mode);
    cmd.add("-r");
    cmd.add(results);
    cmd.add("-t");
    cmd.add(selection);
    long t0 = System.nanoTime();
    // jcstress writes its result blob (jcstress-results-*.bin.gz) in the working directory
    Path work = Paths.get(results).getParent();
    Files.createDirectories(work);
    Path report = Paths.get(results);
    if (Files.isDirectory(report)) {
      try (Stream<Path> old = Files.list(report)) { // a fresh report: count this run's tests only
        for (Path f : (Iterable<Path>) old::iterator) {
          if (Files.isRegularFile(f)) {
            Files.delete(f);
          }
        }
      }
    }
    Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
    String last = null;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        System.out.println(line);
        String s = line.trim();
        if (s.startsWith("(Results:")) {
          last = s;
        }
      }
    }
    int exit = p.waitFor();
    double seconds = Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    // "(Results: 56 planned; 56 passed, 0 failed, 0 soft errs, 0 hard errs)"
    Matcher m =
        Pattern.compile(
                "(\\d+) planned; (\\d+) passed, (\\d+) failed, (\\d+) soft errs, (\\d+) hard errs")
            .matcher(last == null ? "" : last);
    boolean parsed = m.find();
    long planned = parsed ? Long.parseLong(m.group(1)) : -1;
    long passed = parsed ? Long.parseLong(m.group(2)) : -1;
    long failed = parsed ? Long.parseLong(m.group(3)) : -1;
    long errors = parsed ? Long.parseLong(m.group(4)) + Long.parseLong(m.group(5)) : -1;
    long tests;
    try (Stream<Path> files = Files.list(Paths.get(results))) {
      tests = files.filter(f -> f.getFileName().toString().startsWith("dev.parafold.")).count();
    }
    Figures.record(FIGURES, "mode", mode);
    Figures.record(FIGURES, "tests", tests);
    Figures.record(FIGURES, "results planned (test x JVM configuration)", planned);
    Figures.record(FIGURES, "results passed", passed);
    Figures.record(FIGURES, "results failed (a FORBIDDEN outcome seen)", failed);
    Figures.record(FIGURES, "results in error", errors);
    Figures.record(FIGURES, "seconds", seconds);
    Figures.record(FIGURES, "report", Paths.get(results, "index.html").toAbsolutePath());
    if (exit != 0 || !parsed || failed != 0 || errors != 0 || passed != planned || planned == 0) {
      System.err.println(
          "jcstress: FAILED ("
              + failed
              + " configurations saw a FORBIDDEN outcome, "
              + errors
              + " errors, exit code "
              + exit
              + "); see "
              + results);
      System.exit(1);
    }
  }
}
