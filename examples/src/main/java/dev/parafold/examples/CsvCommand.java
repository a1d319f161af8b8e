package dev.parafold.examples;

import dev.parafold.files.ParseMode;
import dev.parafold.files.ParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csv}: group-by aggregation over a CSV column, timed against java.util.stream. */
@Command(
    name = "csv",
    mixinStandardHelpOptions = true,
    description = {
      "Group-by aggregation over a CSV column: count and sum per group.",
      "Per value of --group-by, the number of records and the sum of the integer column --sum,",
      "in CSV files with a header row (see 'generate --kind csv')."
    })
final class CsvCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "CSV files, directories, globs.")
  List<String> paths;

  @Mixin RunOptions run;

  @Option(names = "--group-by", required = true, paramLabel = "COLUMN", description = "Key column.")
  String groupBy;

  @Option(
      names = "--sum",
      required = true,
      paramLabel = "COLUMN",
      description = "Integer column to sum.")
  String sum;

  @Spec CommandSpec spec;

  ParseMode mode = ParseMode.PERMISSIVE;

  @Option(
      names = "--mode",
      description =
          "Malformed records: failfast, permissive (group '<malformed>'), dropmalformed."
              + " Default: permissive.")
  void mode(String s) {
    mode = LogsCommand.parseMode(spec, s);
  }

  @Override
  public Integer call() throws Exception {
    ParseMode parseMode = mode;
    try (RunOptions how = run) {
      List<Path> files = Inputs.resolve(paths);
      String problem = CsvGroupBy.checkColumns(files, groupBy, sum);
      if (problem != null) {
        throw Usage.error(spec, problem);
      }
      long bytes = Inputs.bytes(files);
      boolean parallel = how.parallel(true);
      FileJob.header(System.out, files, bytes, how.describe(parallel) + ", mode " + parseMode);
      ParseResult<?>[] last = new ParseResult<?>[1];
      Race<CsvGroupBy.Result> race =
          new Race<>(
                  () -> {
                    ParseResult<Map<String, CsvGroupBy.Agg>> r =
                        CsvGroupBy.parafold(
                            files,
                            groupBy,
                            sum,
                            parseMode,
                            how,
                            parallel,
                            how.progress("parafold csv"));
                    last[0] = r;
                    return new CsvGroupBy.Result(r.value(), r.errorCount());
                  },
                  () ->
                      how.streams(
                          () ->
                              CsvGroupBy.streams(
                                  files,
                                  groupBy,
                                  sum,
                                  parseMode,
                                  parallel,
                                  how.progress("java.util.stream csv")),
                          parallel))
              .run(how.rounds);
      System.out.println();
      CsvGroupBy.print(race.result(), groupBy, sum, System.out);
      LogsCommand.printFirstErrors(last[0]);
      race.report(System.out, how.describe(parallel), how.rounds, bytes);
      return 0;
    }
  }
}
