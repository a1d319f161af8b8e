package dev.parafold.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which files a source reads: a list, the regular files of a directory, or the files under a
 * directory matching a glob. Resolved again at each run's {@code open()}, in path order, so runs
 * see the directory as it is when they start.
 *
 * <pre>{@code
 * FileSet logs = FileSet.glob(Path.of("/var/log/app"), "**.log");
 * }</pre>
 *
 * @since 0.1
 */
public final class FileSet {
  private final List<Path> files;
  private final Path dir;
  private final String glob; // null: all regular files directly in dir

  private FileSet(List<Path> files, Path dir, String glob) {
    this.files = files;
    this.dir = dir;
    this.glob = glob;
  }

  /** Exactly these files, in this order. */
  public static FileSet of(Path... files) {
    Objects.requireNonNull(files, "files");
    for (int i = 0; i < files.length; i++) {
      Objects.requireNonNull(files[i], files.length == 1 ? "file" : "files[" + i + "]");
    }
    return of(List.of(files));
  }

  /** Exactly these files, in this order. */
  public static FileSet of(List<Path> files) {
    Objects.requireNonNull(files, "files");
    for (int i = 0; i < files.size(); i++) {
      Objects.requireNonNull(files.get(i), "files[" + i + "]");
    }
    return new FileSet(List.copyOf(files), null, null);
  }

  /** The regular files directly in {@code dir}, sorted by name. */
  public static FileSet directory(Path dir) {
    return new FileSet(null, Objects.requireNonNull(dir, "dir"), null);
  }

  /**
   * The regular files under {@code dir} (recursively) whose path relative to {@code dir} matches
   * {@code glob} ({@link java.nio.file.FileSystem#getPathMatcher} syntax, e.g. {@code "*.csv"} or
   * {@code "**}{@code /*.log"}), sorted by path.
   */
  public static FileSet glob(Path dir, String glob) {
    return new FileSet(
        null, Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(glob, "glob"));
  }

  /** The files now. An {@link java.io.UncheckedIOException} names the directory. */
  public List<Path> resolve() {
    if (files != null) {
      return files;
    }
    try {
      if (glob == null) {
        try (Stream<Path> s = Files.list(dir)) {
          return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
      }
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      List<Path> out = new ArrayList<>();
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile).filter(p -> m.matches(dir.relativize(p))).forEach(out::add);
      }
      out.sort(null);
      return out;
    } catch (IOException e) {
      throw OpenedFile.failure(dir, e);
    }
  }

  /** For explain output. */
  public String describe() {
    if (files != null) {
      return files.size() == 1 ? files.get(0).toString() : files.size() + " files";
    }
    return glob == null ? dir + "/*" : dir + "/" + glob;
  }

  @Override
  public String toString() {
    return describe();
  }
}
