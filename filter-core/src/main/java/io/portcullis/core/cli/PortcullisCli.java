package io.portcullis.core.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code portcullis} command line; {@code deploy/portcullis} builds the jar and runs this. */
@Command(name = "portcullis", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
    description = "Compliance and data-governance filter for cross-border LLM traffic.",
    subcommands = {UpCommand.class, RunCommand.class, CheckConfigCommand.class, VersionCommand.class,
        ClassifyCommand.class, PolicyCommand.class, AuditCommand.class, ExplainCommand.class,
        CommandLine.HelpCommand.class})
public final class PortcullisCli {

  public static void main(String[] args) {
    int code = new CommandLine(new PortcullisCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    if (code != 0 || !RunCommand.serving()) {
      System.exit(code);
    }
  }
}
