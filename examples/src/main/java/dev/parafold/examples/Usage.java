package dev.parafold.examples;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Usage errors: exit code 2, the message naming the option, checked before any work. */
final class Usage {
  private Usage() {}

  /** A usage error of the command of {@code spec}. */
  static CommandLine.ParameterException error(CommandSpec spec, String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
