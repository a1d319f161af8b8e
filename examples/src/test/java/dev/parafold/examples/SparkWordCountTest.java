package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spark-wordcount} on {@code local[2]}: Spark, local parafold and streams agree. */
class SparkWordCountTest {

  @Test
  void sparkWordcount_local_agreesWithLocalFoldAndStreams(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("words.txt");
    GenerateCommand.write(GenerateCommand.Kind.text, 400_000, 9, 0, text);
    Set<String> distinct = new HashSet<>();
    for (String line : CliJobsTest.readLines(text)) {
      for (String w : line.split(" ")) {
        distinct.add(w.toLowerCase(Locale.ROOT));
      }
    }
    CliJobsTest.Cli run =
        CliJobsTest.Cli.run(
            "spark-wordcount", text.toString(), "--master", "local[2]", "--partitions", "3");
    assertEquals(0, run.code, run.out + run.err);
    assertTrue(run.out.contains("gave the same counts"), run.out);
    assertTrue(run.out.contains(String.format("%,d distinct words", distinct.size())), run.out);
  }
}
