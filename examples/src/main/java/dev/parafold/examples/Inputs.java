package dev.parafold.examples;

import dev.parafold.files.FileSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns command-line paths (files, directories, globs such as {@code data/*.log}) into files. */
final class Inputs {
  private Inputs() {}

  /** The files named by {@code args}, in order; a directory gives its files, a glob its matches. */
  static List<Path> resolve(List<String> args) {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      int wild = firstWildcard(arg);
      if (wild >= 0) {
        int slash = arg.lastIndexOf('/', wild);
        Path dir = Path.of(slash < 0 ? "." : arg.substring(0, Math.max(slash, 1)));
        files.addAll(FileSet.glob(dir, arg.substring(slash + 1)).resolve());
      } else if (Files.isDirectory(Path.of(arg))) {
        files.addAll(FileSet.directory(Path.of(arg)).resolve());
      } else if (Files.isRegularFile(Path.of(arg))) {
        files.add(Path.of(arg));
      } else {
        throw new IllegalArgumentException("no such file: " + arg);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input files in " + args);
    }
    return files;
  }

  /** Total bytes of {@code files}. */
  static long bytes(List<Path> files) {
    long n = 0;
    for (Path f : files) {
      try {
        n += Files.size(f);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(f + ": " + e.getMessage(), e);
      }
    }
    return n;
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
