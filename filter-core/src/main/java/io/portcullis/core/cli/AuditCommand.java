package io.portcullis.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.elasticsearch.ElasticsearchAuditStore;
import io.portcullis.audit.elasticsearch.ElasticsearchSettings;
import io.portcullis.audit.export.EvidenceExporter;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.AuditStore;
import io.portcullis.audit.store.SearchPage;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import io.portcullis.core.audit.AuditSettings;
import io.portcullis.core.audit.AuditTrail;
import io.portcullis.core.config.PortcullisConfig;
import io.portcullis.audit.crypto.ValueHmac;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code portcullis audit search|verify|export}: what auditors run against the trail the
 * configuration names (Elasticsearch, or the embedded store, opened read-only so it works beside a
 * running filter). Over HTTP, {@code /admin/v1/audit} also records each auditor's query on the trail.
 */
@Command(name = "audit", description = "Search, verify and export the audit trail.",
    subcommands = {AuditCommand.Search.class, AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  static class Common {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration naming the trail (default: deploy/config/portcullis.yaml).")
    Path config;

    @Option(names = "--from", description = "ISO-8601 instant, inclusive.")
    Instant from;

    @Option(names = "--to", description = "ISO-8601 instant, exclusive.")
    Instant to;

    AuditSettings settings() {
      Path file = RunCommand.configOrDefault(config);
      PortcullisConfig cfg = RunCommand.load(file, false);
      if (cfg == null) {
        throw new IllegalStateException("configuration " + file + " has problems (above)");
      }
      return cfg.audit().orElseThrow(() -> new IllegalStateException(file + " has no audit section"));
    }

    AuditStore open(AuditSettings s) throws IOException {
      return s.elasticsearch().isPresent()
          ? ElasticsearchAuditStore.open(ElasticsearchSettings.of(s.elasticsearch().get().toString()))
          : LuceneAuditStore.openReadOnly(s.storeDir()); // readable beside a running filter, which holds the write lock
    }

    /** Public keys only: an auditor needs no private key to verify. */
    KeyRing keys(AuditSettings s) throws IOException {
      return KeyRing.forVerifier(KeyRing.publicKeyDir(s.keyFile()));
    }
  }

  @Command(name = "verify", description = "Recompute hashes, chain, signatures and checkpoints; exit 0 intact, 1 naming the first failing record.")
  static final class Verify extends Common implements Callable<Integer> {
    @Option(names = "--instance", description = "One instance's chain (default: every instance).")
    String instance;

    @Override
    public Integer call() throws Exception {
      AuditSettings s = settings();
      try (AuditStore store = open(s)) {
        List<VerificationResult> results = instance != null
            ? List.of(AuditVerifier.verify(store, keys(s), instance, from, to))
            : AuditVerifier.verifyAll(store, keys(s), from, to);
        boolean intact = !results.isEmpty();
        for (VerificationResult r : results) {
          System.out.println(r.summary());
          intact &= r.intact();
        }
        if (results.isEmpty()) {
          System.out.println("no audit records found");
        }
        return intact ? 0 : 1;
      }
    }
  }

  @Command(name = "search", description = "Find records (JSON lines) or aggregate them (--aggregate).")
  static final class Search extends Common implements Callable<Integer> {
    @Option(names = "--tenant") String tenant;
    @Option(names = "--origin") String origin;
    @Option(names = "--destination") String destination;
    @Option(names = "--provider") String provider;
    @Option(names = "--model") String model;
    @Option(names = "--action") String action;
    @Option(names = "--entity-type") String entityType;
    @Option(names = "--reason-code") String reasonCode;
    @Option(names = "--request-id") String requestId;
    @Option(names = "--content-hash") String contentHash;
    @Option(names = "--instance") String instance;
    @Option(names = "--value", description = "A value (an ID number, an email): hashed with the HMAC key, never searched in clear.")
    String value;
    @Option(names = "--size", defaultValue = "100") int size;
    @Option(names = "--all", description = "Follow search_after pages to the end.") boolean all;
    @Option(names = "--aggregate", description = "Exchanges and tokens by origin->destination, action and entity type.")
    boolean aggregate;

    @Override
    public Integer call() throws Exception {
      AuditSettings s = settings();
      AuditQuery.Builder q = AuditQuery.builder().from(from).to(to).tenant(tenant).originRegion(origin)
          .destinationRegion(destination).provider(provider).model(model).action(action).entityType(entityType)
          .reasonCode(reasonCode).requestId(requestId).contentHash(contentHash).instance(instance).size(size);
      if (value != null) {
        q.valueHmac(ValueHmac.fromKeyFile(s.hmacKeyFile()).hmac(value));
      }
      try (AuditStore store = open(s)) {
        if (aggregate) {
          System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(AuditTrail.toJson(store.aggregate(q.build()))));
          return 0;
        }
        AuditQuery query = q.build();
        while (true) {
          SearchPage page = store.search(query);
          for (AuditRecord r : page.records()) {
            System.out.println(RecordCodec.toCanonicalJson(r));
          }
          if (!all || page.nextCursor() == null || page.records().isEmpty()) {
            return 0;
          }
          query = query.withSearchAfter(page.nextCursor());
        }
      }
    }
  }

  @Command(name = "export", description = "Write an evidence bundle an outsider verifies with openssl and shell tools (deploy/audit/verify-bundle.sh).")
  static final class Export extends Common implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
    @Option(names = "--instance", required = true) String instance;
    @Option(names = "--max-records", defaultValue = "100000") int maxRecords;

    @Override
    public Integer call() throws Exception {
      AuditSettings s = settings();
      try (AuditStore store = open(s)) {
        EvidenceExporter.Summary sum = EvidenceExporter.export(store, keys(s), instance, from, to, maxRecords, out);
        System.out.println("exported " + sum.records() + " records of " + sum.instance() + " (seq " + sum.firstSeq() + ".."
            + sum.lastSeq() + ", tree size " + sum.treeSize() + ") to " + sum.dir());
        System.out.println("verify with openssl and shell tools only: deploy/audit/verify-bundle.sh " + sum.dir());
        return 0;
      }
    }
  }
}
