package io.portcullis.core.cli;

import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.JsonLinesClassifier;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code portcullis classify}: JSON lines {@code {"id", "text"}} on stdin, one result line per input
 * line on stdout (offsets in Unicode code points); a bad line gets an error object and the run goes on.
 */
@Command(name = "classify", description = "Find personal, sensitive and secret data in JSON lines read from stdin.")
final class ClassifyCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    JsonLinesClassifier cli = new JsonLinesClassifier(Classifier.withDefaults());
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
         BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      cli.run(in, out);
    }
    return 0;
  }
}
