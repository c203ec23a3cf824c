package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.portcullis.core.dictionary.DictionaryReloads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Issue 3: an officer edits the term lists of a running proxy and, within a poll or two, the proxy
 * finds the new terms; a broken edit leaves the old terms in service and is reported (one log line
 * naming file and line, a metric to alert on). No policy section: no OPA needed.
 */
class DictionaryReloadTest {
  static final String ADMIN = "ak-officer-000000000001";
  static final Path DIR = TermListFiles.newDirectory("asthma.terms", "asthma");

  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "auditors:\n  - { id: officer, api-keys: [ \"" + ADMIN + "\" ] }",
      () -> "dictionaries: \"" + DIR + "\", dictionaries-poll-ms: 100");

  @Test
  void editsAreFoundWithoutARestartAndABrokenEditKeepsTheOldTerms() throws Exception {
    String text = "He has asthma and frobnitis.";
    assertEquals(List.of("exact match of 'asthma' from asthma.terms"), TermListFiles.found(fx, ADMIN, text));

    TermListFiles.write(DIR, "rare.terms", "MEDICAL_CONDITION", "frobnitis");
    List<String> withRare = List.of("exact match of 'asthma' from asthma.terms", "exact match of 'frobnitis' from rare.terms");
    assertEquals(withRare, TermListFiles.foundOnce(fx, ADMIN, text, f -> f.size() == 2));

    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    ((Logger) LoggerFactory.getLogger(DictionaryReloads.class)).addAppender(log);
    try {
      Files.writeString(DIR.resolve("broken.terms"), "# edited by hand\ntype: MEDICAL_CONDITON\nlanguage: en\nmatch: exact\n---\nx\n");
      String rejected = "portcullis_dictionary_reloads_total{outcome=\"rejected\"} 1.0";
      String metrics = Http.metricsOnce(fx.baseUrl, rejected);
      assertTrue(metrics.contains(rejected), metrics);
      assertTrue(metrics.contains("portcullis_dictionary_reloads_total{outcome=\"ok\"} 1.0"), metrics);
      assertTrue(metrics.contains("portcullis_dictionary_terms 2.0"), metrics);
      assertEquals(withRare, TermListFiles.found(fx, ADMIN, text), "the previous terms stay in service");

      Thread.sleep(500); // five more polls of the unchanged broken directory
      List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertEquals(1, lines.size(), "one line for one broken edit, not one per poll: " + lines);
      assertTrue(lines.get(0).contains("broken.terms:2: type MEDICAL_CONDITON is not an entity type"), lines.get(0));
      assertTrue(lines.get(0).contains("the previous 2 terms stay active"), lines.get(0));
    } finally {
      ((Logger) LoggerFactory.getLogger(DictionaryReloads.class)).detachAppender(log);
    }

    TermListFiles.write(DIR, "broken.terms", "MEDICAL_CONDITION", "grumblepox");
    assertEquals(List.of("exact match of 'grumblepox' from broken.terms"),
        TermListFiles.foundOnce(fx, ADMIN, "grumblepox", f -> !f.isEmpty()), "the fixed list is picked up");
  }
}
