package io.portcullis.classifiers.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.nlp.bench.BenchmarkInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detector hands the Monitor only the tokens its sieve keeps; this checks that it finds
 * exactly the spans a Monitor given the whole text in every field finds, with 10,000 terms, over
 * mixed English/Chinese prompts that hold shipped terms, inflections and typos.
 */
class SievedMatchingTest {

  @Test
  void sameSpansAsTheMonitorOnTheWholeText(@TempDir Path dir) throws IOException {
    BenchmarkInputs.dictionaryDirectory(DictionaryDetectorTest.SHIPPED, dir, 10_000);
    DictionaryDetector detector = new DictionaryDetector(dir, EntityCatalog.load());
    List<String> texts = new ArrayList<>(BenchmarkInputs.mixedPrompts(20));
    texts.addAll(List.of("my mum has diabetis and tuberculosys", "Two cancers were reported.",
        "检测结果HIV阳性。", "糖尿病(diabetes)", "type 2 type 2 diabetes", "Type 1 Diabetes.",
        "post-traumatic stress disorder", "John's schizofrenia", "患有糖尿病多年，乙型肝炎",
        "患者diabetes和depression", "type 2型diabetes", "core数据data"));
    int found = 0;
    try (Monitor whole = wholeTextMonitor(dir)) {
      for (String text : texts) {
        List<Finding> out = new ArrayList<>();
        detector.detect(text, ClassificationContext.defaults(), out);
        TreeSet<String> sieved = new TreeSet<>();
        out.forEach(f -> sieved.add(f.start() + "-" + f.end()));
        assertEquals(wholeTextSpans(whole, text), sieved, text);
        found += sieved.size();
      }
    }
    assertTrue(found > texts.size(), "the texts should hold many terms, found " + found);
  }

  /** The same queries, matched the plain way: the whole text in each field. */
  private static Monitor wholeTextMonitor(Path dir) throws IOException {
    Map<String, Analyzer> byField = Map.of(TermAnalyzers.EXACT, TermAnalyzers.exact(),
        TermAnalyzers.STEMMED, TermAnalyzers.stemmed(), TermAnalyzers.CHINESE, TermAnalyzers.chinese());
    Monitor monitor = new Monitor(TermAnalyzers.perField());
    List<MonitorQuery> queries = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".terms")).sorted().toList()) {
        TermList list = TermList.read(f);
        String field = TermAnalyzers.field(list.language(), list.mode());
        TermSieve.Builder unused = new TermSieve.Builder(field, byField.get(field));
        for (String term : list.terms()) {
          queries.add(new MonitorQuery(field + "#" + queries.size(),
              TermQueries.build(term, field, byField.get(field), list.mode(), unused)));
        }
      }
    }
    monitor.register(queries);
    return monitor;
  }

  private static TreeSet<String> wholeTextSpans(Monitor monitor, String text) throws IOException {
    Document doc = new Document();
    for (String field : List.of(TermAnalyzers.EXACT, TermAnalyzers.STEMMED, TermAnalyzers.CHINESE)) {
      doc.add(new Field(field, text, TextField.TYPE_NOT_STORED));
    }
    TreeSet<String> spans = new TreeSet<>();
    for (HighlightsMatch m : monitor.match(doc, HighlightsMatch.MATCHER).getMatches()) {
      String field = m.getQueryId().substring(0, m.getQueryId().indexOf('#'));
      m.getHits(field).forEach(h -> spans.add(h.startOffset() + "-" + h.endOffset()));
    }
    return spans;
  }
}
