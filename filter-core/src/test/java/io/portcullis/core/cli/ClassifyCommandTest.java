package io.portcullis.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code portcullis classify} matches the shipped dictionaries unless told otherwise. */
class ClassifyCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();
  /** Tests run in filter-core/; the launcher exports the checkout's root as PORTCULLIS_ROOT. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String INPUT = "{\"id\":\"m\",\"text\":\"The patient has type 2 diabetes; the attachment lists"
      + " coordinates of military sites.\"}\n";

  record Run(int exit, String out, String err) {
    Set<String> types() throws Exception {
      return JSON.readTree(out).get("findings").findValuesAsText("type").stream().collect(Collectors.toSet());
    }
  }

  static Run classify(Map<String, String> env, String... args) {
    ClassifyCommand command = new ClassifyCommand();
    command.stdin = new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.stdout = out;
    command.env = env;
    StringWriter err = new StringWriter();
    int exit = new CommandLine(command).setErr(new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  @Test
  void theShippedDictionariesAreMatchedByDefault() throws Exception {
    Run run = classify(Map.of("PORTCULLIS_ROOT", ROOT.toString()));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.types().containsAll(Set.of("MEDICAL_CONDITION", "IMPORTANT_DATA")), run.out());
  }

  @Test
  void aDirectoryCanBeNamedOrLeftOut() throws Exception {
    Run named = classify(Map.of(), "--dictionaries", ROOT.resolve("policies/dictionaries").toString());
    assertEquals(0, named.exit(), named.err());
    assertTrue(named.types().contains("MEDICAL_CONDITION"), named.out());

    Run without = classify(Map.of("PORTCULLIS_ROOT", "/nonexistent"), "--no-dictionaries");
    assertEquals(0, without.exit(), without.err());
    assertFalse(without.types().contains("MEDICAL_CONDITION"), without.out());
  }

  @Test
  void aMissingDirectoryIsNamedInTheError() {
    Run run = classify(Map.of("PORTCULLIS_ROOT", "/nonexistent"));
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("/nonexistent/policies/dictionaries"), run.err());
    assertTrue(run.err().contains("--no-dictionaries"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anInvalidOrEmptyDirectoryIsNamedInTheError(@TempDir Path dir) throws Exception {
    Run empty = classify(Map.of(), "--dictionaries", dir.toString());
    assertEquals(1, empty.exit());
    assertTrue(empty.err().contains("no term lists") && empty.err().contains(dir.toString()), empty.err());

    Files.writeString(dir.resolve("broken.terms"), "type: MEDICAL_CONDITION\nlanguage: fr\nmatch: phrase\n---\nx\n");
    Run broken = classify(Map.of(), "--dictionaries", dir.toString());
    assertEquals(1, broken.exit());
    assertTrue(broken.err().contains(dir.toString()) && broken.err().contains("broken.terms"), broken.err());
  }
}
