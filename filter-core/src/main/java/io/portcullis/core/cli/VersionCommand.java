package io.portcullis.core.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code portcullis version}: the build's version, from the jar manifest. */
@Command(name = "version", description = "Print the version.")
final class VersionCommand implements Callable<Integer> {

  static String version() {
    String v = VersionCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  @Override
  public Integer call() {
    System.out.println("portcullis " + version() + " (Java " + Runtime.version() + ")");
    return 0;
  }

  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"portcullis " + version()};
    }
  }
}
