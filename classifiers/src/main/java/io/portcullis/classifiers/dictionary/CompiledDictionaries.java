package io.portcullis.classifiers.dictionary;

import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IOUtils;

/**
 * An immutable snapshot of all term lists, registered as queries in one Lucene {@link Monitor}.
 * The Monitor's presearcher indexes the queries by their terms, so matching a prompt runs only the
 * queries whose words occur in it: cost grows with the prompt, hardly with the dictionary size.
 */
final class CompiledDictionaries {

  /** What a registered query stands for. */
  record Entry(String type, String term, String field, MatchMode mode, String list) {}

  private final Monitor monitor;
  private final Map<String, Entry> entries;
  private final EntityCatalog catalog;
  private final int termCount;
  /** One per field some term is registered in: the others are not worth analysing the text for. */
  private final List<TermSieve> sieves;
  /** Both English fields from one tokenization, when terms use both; else null. */
  private final EnglishPass englishPass;
  private final List<Analyzer> analyzers;
  /** The owner's reference (until it swaps in a newer snapshot) plus one per match in progress. */
  private final AtomicInteger refs = new AtomicInteger(1);

  private CompiledDictionaries(Monitor monitor, Map<String, Entry> entries, EntityCatalog catalog,
                               List<TermSieve> sieves, List<Analyzer> analyzers) {
    this.monitor = monitor;
    this.entries = entries;
    this.catalog = catalog;
    this.termCount = entries.size();
    this.sieves = sieves;
    this.analyzers = analyzers;
    TermSieve exact = null;
    TermSieve stemmed = null;
    for (TermSieve sieve : sieves) {
      if (sieve.field().equals(TermAnalyzers.EXACT)) {
        exact = sieve;
      } else if (sieve.field().equals(TermAnalyzers.STEMMED)) {
        stemmed = sieve;
      }
    }
    this.englishPass = exact != null && stemmed != null ? new EnglishPass(exact, stemmed) : null;
  }

  static CompiledDictionaries compile(List<TermList> lists, EntityCatalog catalog) throws IOException {
    Analyzer perField = TermAnalyzers.perField();
    Map<String, Analyzer> byField = Map.of(TermAnalyzers.EXACT, TermAnalyzers.exact(),
        TermAnalyzers.STEMMED, TermAnalyzers.stemmed(), TermAnalyzers.CHINESE, TermAnalyzers.chinese());
    Map<String, TermSieve.Builder> sieves = new TreeMap<>();
    Map<String, Entry> entries = new HashMap<>();
    List<MonitorQuery> queries = new ArrayList<>();
    for (TermList list : lists) {
      if (catalog.find(list.type()).isEmpty()) {
        throw list.invalid(list.typeLine(), "type " + list.type()
            + " is not an entity type of the catalog (classifiers' entity-catalog.json)");
      }
      String field = TermAnalyzers.field(list.language(), list.mode());
      String listName = list.source().getFileName().toString();
      for (int i = 0; i < list.terms().size(); i++) {
        String term = list.terms().get(i);
        String id = listName + "#" + queries.size();
        TermSieve.Builder sieve = sieves.computeIfAbsent(field,
            f -> new TermSieve.Builder(f, byField.get(f)));
        Query query;
        try {
          query = TermQueries.build(term, field, byField.get(field), list.mode(), sieve);
        } catch (IllegalArgumentException e) {
          throw list.invalid(list.termLines().get(i), e.getMessage());
        }
        queries.add(new MonitorQuery(id, query));
        entries.put(id, new Entry(list.type(), term, field, list.mode(), listName));
      }
    }
    Monitor monitor = new Monitor(perField);
    try {
      monitor.register(queries);
    } catch (IOException | RuntimeException e) {
      monitor.close();
      throw e;
    }
    return new CompiledDictionaries(monitor, Map.copyOf(entries), catalog,
        sieves.values().stream().map(TermSieve.Builder::build).toList(),
        List.copyOf(byField.values()));
  }

  int termCount() {
    return termCount;
  }

  void match(String text, Set<String> enabled, List<Finding> out, String detector)
      throws IOException {
    // Each field's analysis runs once, here; the Monitor indexes only the tokens that some query
    // can match, and most prompts have none (then the Monitor is not asked at all).
    Document doc = new Document();
    Scripts scripts = Scripts.of(text);
    if (englishPass != null && scripts.latin()) {
      EnglishPass.Kept kept = englishPass.sift(text);
      if (kept.exact() != null) {
        doc.add(new Field(TermAnalyzers.EXACT, kept.exact(), TextField.TYPE_NOT_STORED));
      }
      if (kept.stemmed() != null) {
        doc.add(new Field(TermAnalyzers.STEMMED, kept.stemmed(), TextField.TYPE_NOT_STORED));
      }
    }
    for (TermSieve sieve : sieves) {
      if (englishPass != null && !sieve.field().equals(TermAnalyzers.CHINESE)) {
        continue; // done above
      }
      if (sieve.field().equals(TermAnalyzers.CHINESE) ? scripts.han() : scripts.latin()) {
        KeptTokens kept = sieve.sift(text);
        if (kept != null) {
          doc.add(new Field(sieve.field(), kept, TextField.TYPE_NOT_STORED));
        }
      }
    }
    if (doc.getFields().isEmpty()) {
      return;
    }
    MatchingQueries<HighlightsMatch> matches = monitor.match(doc, HighlightsMatch.MATCHER);
    Set<Long> seen = new HashSet<>();
    for (HighlightsMatch match : matches.getMatches()) {
      Entry e = entries.get(match.getQueryId());
      if (e == null || !(enabled.isEmpty() || enabled.contains(e.type()))) {
        continue;
      }
      for (HighlightsMatch.Hit hit : match.getHits(e.field())) {
        int start = hit.startOffset();
        int end = hit.endOffset();
        // The same span found by two lists of one type is one finding.
        long key = ((long) start << 32) | end;
        if (start < 0 || end > text.length() || !seen.add(key ^ e.type().hashCode())) {
          continue;
        }
        out.add(catalog.finding(e.type(), start, end, score(e.mode()), detector, false,
            e.mode().name().toLowerCase(java.util.Locale.ROOT) + " match of '" + e.term()
                + "' from " + e.list()));
      }
    }
  }

  private static double score(MatchMode mode) {
    return switch (mode) {
      case EXACT -> 0.9;
      case PHRASE -> 0.85;
      case FUZZY -> 0.7;
    };
  }

  /**
   * A reference for one match, or false once the snapshot is released for good (it has been
   * replaced then). Every true must be paired with {@link #release()}.
   */
  boolean acquire() {
    for (int n = refs.get(); n > 0; n = refs.get()) {
      if (refs.compareAndSet(n, n + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives back a reference; the last one closes the Monitor and the analyzers (never earlier:
   * closed under a running match, they made it find nothing). Errors closing are dropped: the
   * Monitor is in memory, so nothing is lost, and the match that happened to be last must not fail.
   */
  void release() {
    if (refs.decrementAndGet() == 0) {
      IOUtils.closeWhileHandlingException(monitor);
      IOUtils.closeWhileHandlingException(analyzers);
    }
  }
}
