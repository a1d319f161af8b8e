package dev.parafold.examples;

import dev.parafold.files.RecordParseException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The examples command line: {@code java -jar parafold-examples.jar <job> [options]}. */
@Command(
    name = "parafold-examples",
    mixinStandardHelpOptions = true,
    version = "parafold examples 0.1",
    description = {
      "Runnable parafold jobs, each timed against the same job written with java.util.stream",
      "in the same run (both results must agree). Start with 'generate' to make sample data."
    },
    subcommands = {
      GenerateCommand.class,
      WordCountCommand.class,
      LogsCommand.class,
      CsvCommand.class,
      SparkWordCountCommand.class
    })
public final class Main implements Runnable {

  /** Entry point. */
  public static void main(String[] args) {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.exit(commandLine().execute(args));
  }

  /** The command line, with errors reported as one message (exit code 1) instead of a trace. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          PrintWriter err = line.getErr();
          err.println("error: " + describe(e));
          err.flush();
          return 1;
        });
    return cl;
  }

  /** The message of {@code e}, or of the parse failure it wraps. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RecordParseException) {
        return t.getMessage();
      }
    }
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      sb.append(": ").append(t.getMessage());
    }
    return sb.toString();
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
