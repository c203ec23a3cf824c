package io.portcullis.core.cli;

import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.JsonLinesClassifier;
import io.portcullis.classifiers.dictionary.DictionaryDetector;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code portcullis classify}: JSON lines {@code {"id", "text"}} on stdin, one result line per input
 * line on stdout (offsets in Unicode code points); a bad line gets an error object and the run goes on.
 * The shipped term lists are matched by default, because MEDICAL_CONDITION and IMPORTANT_DATA come
 * only from them: a CLI without them would disagree with the proxy on the same text.
 */
@Command(name = "classify",
    description = {"Find personal, sensitive and secret data in JSON lines read from stdin.",
        "Input lines: {\"id\": ..., \"text\": \"...\"} (optional \"language\", \"region\"); one output line each:"
            + " {\"id\", \"language\", \"findings\": [{\"type\", \"start\", \"end\", \"score\", \"detector\", ...}]},"
            + " offsets in Unicode code points; a bad line gets {\"id\", \"error\"} and the run goes on.",
        "Term lists (MEDICAL_CONDITION, IMPORTANT_DATA, ...) come from $PORTCULLIS_ROOT/policies/dictionaries"
            + " unless --dictionaries or --no-dictionaries says otherwise."})
final class ClassifyCommand implements Callable<Integer> {

  static final String SHIPPED = "policies/dictionaries";

  @ArgGroup(exclusive = true)
  Dictionaries dictionaries;

  static final class Dictionaries {
    @Option(names = "--dictionaries", paramLabel = "DIR",
        description = "Directory of *.terms lists (default: $PORTCULLIS_ROOT/" + SHIPPED + ").")
    Path directory;

    @Option(names = "--no-dictionaries", description = "Match no term lists: patterns, phones and names only.")
    boolean none;
  }

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Spec
  CommandSpec spec;

  // The process's streams and environment; tests put their own in.
  InputStream stdin = System.in;
  OutputStream stdout = System.out;
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() throws Exception {
    Optional<Path> dir = dictionaryDirectory();
    if (dir.isPresent() && !Files.isDirectory(dir.get())) {
      return fail("dictionaries directory not found: " + dir.get().toAbsolutePath().normalize()
          + " (give --dictionaries DIR, or --no-dictionaries to classify without term lists)");
    }
    Classifier classifier;
    try {
      classifier = Classifier.withDefaults(dir);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      if (dir.isEmpty()) {
        throw e;
      }
      return fail("cannot load dictionaries from " + dir.get().toAbsolutePath().normalize() + ": " + e.getMessage());
    }
    if (dir.isPresent() && termCount(classifier) == 0) {
      return fail("no term lists (*.terms) in " + dir.get().toAbsolutePath().normalize());
    }
    JsonLinesClassifier cli = new JsonLinesClassifier(classifier);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
         BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))) {
      cli.run(in, out);
    }
    return 0;
  }

  /** The directory asked for, the shipped one by default, none with --no-dictionaries. */
  private Optional<Path> dictionaryDirectory() {
    if (dictionaries == null) {
      return Optional.of(ProjectRoot.resolve(env, SHIPPED));
    }
    return dictionaries.none ? Optional.empty() : Optional.of(dictionaries.directory);
  }

  private static int termCount(Classifier classifier) {
    return classifier.detectors().stream().filter(DictionaryDetector.class::isInstance)
        .mapToInt(d -> ((DictionaryDetector) d).termCount()).sum();
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("classify: " + message);
    return 1;
  }
}
