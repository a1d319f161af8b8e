package dev.parafold.examples;

import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import dev.parafold.files.RecordError;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code logs}: the access-log report, timed against java.util.stream in the same run. */
@Command(
    name = "logs",
    mixinStandardHelpOptions = true,
    description = {
      "Access-log report: requests per status, top paths by bytes, p50/p99 latency.",
      "Logs in combined log format with the latency in ms last (see 'generate --kind logs')."
    })
final class LogsCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Log files, directories, globs.")
  List<String> paths;

  @Mixin RunOptions run;

  @Spec CommandSpec spec;

  ParseMode mode = ParseMode.PERMISSIVE;

  @Option(
      names = "--mode",
      description =
          "Malformed lines: failfast (stop at the first), permissive (count them, as status"
              + " 'malformed'), dropmalformed (leave them out, count them). Default: permissive.")
  void mode(String s) {
    mode = parseMode(spec, s);
  }

  int top = 10;

  @Option(names = "--top", description = "How many paths to print (default 10).")
  void top(int n) {
    if (n < 0) {
      throw Usage.error(spec, "--top must be >= 0, was " + n);
    }
    top = n;
  }

  @Override
  public Integer call() throws Exception {
    ParseMode parseMode = mode;
    try (RunOptions how = run) {
      List<Path> files = Inputs.resolve(paths);
      long bytes = Inputs.bytes(files);
      boolean parallel = how.parallel(true);
      FileJob.header(System.out, files, bytes, how.describe(parallel) + ", mode " + parseMode);
      ParseResult<?>[] last = new ParseResult<?>[1];
      Race<AccessLog.Report> race =
          new Race<>(
                  () -> {
                    ParseResult<AccessLog.Report> r =
                        AccessLog.parafold(
                            files, parseMode, how, parallel, how.progress("parafold logs"));
                    last[0] = r;
                    return AccessLog.withCount(r);
                  },
                  () ->
                      how.streams(
                          () ->
                              AccessLog.streams(
                                  files,
                                  parseMode,
                                  parallel,
                                  how.progress("java.util.stream logs")),
                          parallel))
              .run(how.rounds);
      System.out.println();
      AccessLog.print(race.result(), top, System.out);
      printFirstErrors(last[0]);
      race.report(System.out, how.describe(parallel), how.rounds, bytes);
      return 0;
    }
  }

  static void printFirstErrors(ParseResult<?> r) {
    if (r != null && !r.firstErrors().isEmpty()) {
      System.out.println("first malformed:");
      for (RecordError e : r.firstErrors()) {
        System.out.println("  " + e.describe());
      }
    }
  }

  static ParseMode parseMode(CommandSpec spec, String s) {
    try {
      return ParseMode.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Usage.error(spec, "--mode must be failfast, permissive or dropmalformed, was " + s);
    }
  }
}
