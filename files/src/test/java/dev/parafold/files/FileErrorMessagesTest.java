package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad file arguments fail naming the argument or the path and what is wrong with it. */
final class FileErrorMessagesTest {
  @TempDir Path dir;

  private static long count(FileSource<?> source) {
    return ForkJoinExecutor.shared().fold(source, Reducers.count(), FoldOptions.defaults());
  }

  @Test
  void nullPaths_nameTheArgument() {
    assertEquals(
        "file",
        assertThrows(NullPointerException.class, () -> TextFiles.lines((Path) null)).getMessage());
    assertEquals(
        "file",
        assertThrows(NullPointerException.class, () -> TextFiles.numberedLines((Path) null))
            .getMessage());
    assertEquals(
        "files[1]",
        assertThrows(
                NullPointerException.class, () -> FileSet.of(Arrays.asList(dir.resolve("a"), null)))
            .getMessage());
    assertEquals(
        "format",
        assertThrows(NullPointerException.class, () -> CsvFiles.records(dir, null)).getMessage());
  }

  @Test
  void aDirectory_isNamedAsADirectory_withWhatToUseInstead() {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> count(TextFiles.lines(dir)));
    assertEquals(
        dir
            + ": is a directory, not a file; read the files in it with FileSet.directory(dir) or"
            + " FileSet.glob(dir, pattern)",
        e.getMessage());
  }

  @Test
  void theEmptyPath_isShownAsTheCurrentDirectory() {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> count(TextFiles.lines(Path.of(""))));
    assertTrue(
        e.getMessage().startsWith("\"\" (the current directory, " + Path.of("").toAbsolutePath()),
        e.getMessage());
    assertTrue(e.getMessage().contains(": is a directory, not a file"), e.getMessage());
  }

  @Test
  void aMissingFile_saysSo() {
    Path p = dir.resolve("no-such.txt");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> count(TextFiles.lines(p)));
    assertEquals(p + ": no such file", e.getMessage());
  }
}
