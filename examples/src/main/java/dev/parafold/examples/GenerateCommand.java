package dev.parafold.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes reproducible sample data (text, access logs or CSV) of a given size. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes reproducible sample data: text, access logs or CSV.",
      "The same kind, size and seed always give the same bytes (one seeded random stream)."
    })
final class GenerateCommand implements Callable<Integer> {
  /** What to generate. */
  enum Kind {
    text,
    logs,
    csv
  }

  @Option(
      names = "--kind",
      required = true,
      description = "text, logs (access logs) or csv (sales records with a header).")
  Kind kind;

  long size;

  @Option(
      names = "--size",
      required = true,
      converter = Sizes.class,
      description = "About this many bytes: 1GB (10^9), 1GiB (2^30), 500MB, 64KiB, ...")
  void size(long bytes) {
    if (bytes < 1) {
      throw Usage.error(spec, "--size must be at least 1 byte, was " + bytes);
    }
    size = bytes;
  }

  @Option(names = "--seed", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Spec CommandSpec spec;

  double malformed = 0.0001;

  @Option(
      names = "--malformed",
      paramLabel = "FRACTION",
      description =
          "Fraction of logs/csv lines made malformed on purpose, 0 to 1 (default 0.0001).")
  void malformed(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw Usage.error(spec, "--malformed must be a fraction from 0 to 1, was " + fraction);
    }
    malformed = fraction;
  }

  @Option(names = "--out", required = true, description = "The file to write.")
  Path out;

  /** What was written. */
  record Written(long bytes, long lines, long malformed) {}

  @Override
  public Integer call() throws IOException {
    long t0 = System.nanoTime();
    Written w = write(kind, size, seed, malformed, out);
    System.out.printf(
        "wrote %s: %,d bytes, %,d lines (%,d malformed on purpose) in %,d ms%n",
        out, w.bytes(), w.lines(), w.malformed(), (System.nanoTime() - t0) / 1_000_000);
    return 0;
  }

  /** Writes about {@code size} bytes of {@code kind} to {@code out}. */
  static Written write(Kind kind, long size, long seed, double malformed, Path out)
      throws IOException {
    LineGenerator g =
        switch (kind) {
          case text -> new TextGenerator(seed);
          case logs -> new AccessLogGenerator(seed, malformed);
          case csv -> new CsvGenerator(seed, malformed);
        };
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    long bytes = 0;
    long lines = 0;
    long bad = 0;
    try (BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
      String header = g.header();
      if (header != null) {
        w.write(header);
        w.write('\n');
        bytes += header.length() + 1;
      }
      while (bytes < size) {
        String line = g.next();
        w.write(line);
        w.write('\n');
        bytes += line.length() + 1; // the generators write ASCII only
        lines++;
        if (g.lastMalformed()) {
          bad++;
        }
      }
    }
    return new Written(bytes, lines, bad);
  }
}
