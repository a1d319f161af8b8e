package dev.parafold.spark;

import java.nio.file.Paths;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One local-mode context for all local test classes (starting one costs 2-4 s; Spark allows one
 * active context per JVM). {@code local[2,4]}: two cores, and up to 4 attempts per task, so a
 * failure injected on a first attempt is retried. The cluster test stops it before starting its
 * own.
 */
final class LocalSpark {
  private static JavaSparkContext sc;

  private LocalSpark() {}

  static synchronized JavaSparkContext context() {
    if (sc == null) {
      SparkConf conf =
          new SparkConf()
              .setMaster("local[2,4]")
              .setAppName("parafold-local-test")
              .set("spark.ui.enabled", "false")
              .set("spark.driver.host", "127.0.0.1")
              .set("spark.driver.bindAddress", "127.0.0.1")
              .set(
                  "spark.local.dir",
                  Paths.get("target", "spark-local").toAbsolutePath().toString());
      sc = new JavaSparkContext(conf);
      Runtime.getRuntime().addShutdownHook(new Thread(LocalSpark::stop, "stop-local-spark"));
    }
    return sc;
  }

  static synchronized void stop() {
    if (sc != null) {
      sc.stop();
      sc = null;
    }
  }
}
