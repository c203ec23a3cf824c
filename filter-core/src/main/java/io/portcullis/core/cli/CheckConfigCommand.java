package io.portcullis.core.cli;

import io.portcullis.core.config.ConfigLoader;
import io.portcullis.core.config.ConfigProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code portcullis check-config FILE}: one line per problem (file: key: what is wrong); exit 1 if any is fatal. */
@Command(name = "check-config", description = "Validate a configuration file without starting anything.")
final class CheckConfigCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The YAML configuration to check.")
  Path file;

  @Override
  public Integer call() {
    List<ConfigProblem> problems = ConfigLoader.fromSystemEnv().check(file);
    boolean fatal = false;
    for (ConfigProblem p : problems) {
      System.out.println((p.fatal() ? "" : "warning: ") + p);
      fatal |= p.fatal();
    }
    if (!fatal) {
      System.out.println(file + ": OK" + (problems.isEmpty() ? "" : " (with warnings)"));
    }
    return fatal ? 1 : 0;
  }
}
