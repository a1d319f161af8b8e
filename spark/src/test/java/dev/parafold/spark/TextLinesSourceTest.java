package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Stop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-range partitions of a text file hold every line exactly once, in order. */
final class TextLinesSourceTest {
  @TempDir Path dir;

  private static final String[] TEXTS = {
    "",
    "\n",
    "a",
    "a\n",
    "a\nb",
    "a\n\nb\n",
    "\n\n\n",
    "alpha\r\nbeta\r\ngamma",
    "é€\nxyz\n12\n",
    "one line only, rather long, with no newline at the end",
  };

  @Test
  void everyPartitionCount_givesTheLinesOfBufferedReader() throws IOException {
    for (String text : TEXTS) {
      Path f = dir.resolve("t.txt");
      Files.write(f, text.getBytes(StandardCharsets.UTF_8));
      List<String> expected =
          new BufferedReader(new StringReader(text)).lines().collect(Collectors.toList());
      TextLinesSource source = new TextLinesSource(f, 1);
      assertEquals(
          expected,
          SequentialExecutor.instance().fold(source, Reducers.toList(), FoldOptions.defaults()));
      for (int n = 1; n <= text.length() + 2; n++) {
        List<String> got = new ArrayList<>();
        for (SourcePart<String> part : source.parts(n)) {
          Reducer<String, ?, List<String>> r = Reducers.toList();
          got.addAll(foldPart(part, r));
        }
        assertEquals(expected, got, "text " + text.replace("\n", "\\n") + " in " + n + " parts");
      }
    }
  }

  private static <A> List<String> foldPart(
      SourcePart<String> part, Reducer<String, A, List<String>> r) {
    return r.complete(part.open().reduce(r, r.init(part.offset()), Stop.NEVER));
  }
}
