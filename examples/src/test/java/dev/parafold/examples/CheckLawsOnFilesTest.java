package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.files.TextFiles;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dparafold.checkLaws=true} over a file: checked on the first lines the fold reads, in time
 * that does not grow with the file (it used to read the whole file again and check it in quadratic
 * time: 100k lines ran for more than 10 minutes).
 */
final class CheckLawsOnFilesTest {
  @TempDir Path dir;

  @Test
  void aLargeFile_isCheckedOnItsFirstLines_andALawlessReducerIsNamed() throws IOException {
    Path file = dir.resolve("numbers.txt");
    Files.write(
        file, IntStream.range(0, 100_000).mapToObj(Integer::toString).collect(Collectors.toList()));
    Reducer<Integer, long[], Long> minus =
        Reducers.of(
            () -> new long[1],
            (a, x) -> {
              a[0] -= x;
              return a;
            },
            (l, r) -> {
              l[0] -= r[0];
              return l;
            },
            a -> a[0]);
    System.setProperty("parafold.checkLaws", "true");
    try {
      assertEquals(100_000, Fold.from(TextFiles.lines(file)).parallel().toList().size());
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> Fold.from(TextFiles.lines(file)).parallel().map(String::length).reduce(minus));
      assertTrue(e.getMessage().contains("on the first 48 of the"), e.getMessage());
      assertTrue(e.getMessage().contains("numbers.txt"), e.getMessage());
    } finally {
      System.clearProperty("parafold.checkLaws");
    }
  }
}
