package io.portcullis.audit;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import io.portcullis.audit.model.RecordKind;
import java.time.Instant;
import java.util.List;

/** Realistic draft records for tests and benchmarks: exchanges alternating decision and completion. */
public final class Drafts {
    private static final String[] TENANTS = {"acme", "globex", "initech"};
    private static final String[] ROUTES = {"CN", "US", "EU", "SG"};
    private static final String[] ACTIONS = {"allow", "pseudonymize", "redact", "refuse"};

    private Drafts() {
    }

    public static AuditRecord draft(int i) {
        int exchange = i / 2;
        boolean decision = i % 2 == 0;
        AuditRecord.Builder b = AuditRecord.builder()
                .time(Instant.parse("2026-03-01T00:00:00Z").plusMillis(i * 10L))
                .kind(decision ? RecordKind.DECISION : RecordKind.COMPLETION)
                .requestId("req-" + exchange)
                .tenant(TENANTS[exchange % TENANTS.length])
                .originRegion(ROUTES[exchange % 2])
                .provider(exchange % 3 == 0 ? "openai" : "deepseek")
                .destinationRegion(ROUTES[(exchange + 1) % ROUTES.length])
                .model(exchange % 3 == 0 ? "gpt-4o" : "deepseek-chat")
                .api("openai.chat")
                .direction(decision ? "request" : "response")
                .action(ACTIONS[exchange % ACTIONS.length])
                .reasonCodes(List.of("pipl.cross_border." + (exchange % 5)))
                .policyRevision("rev-42")
                .findings(List.of(new Finding(exchange % 2 == 0 ? "CN_RESIDENT_ID" : "EMAIL", "pii", "high", 1 + exchange % 3),
                        new Finding("PHONE", "pii", "medium", 1)))
                .valueHmacs(List.of(String.format("%064x", exchange)))
                .requestHash(String.format("%064x", exchange * 31L + 7));
        if (!decision) {
            b.answerHash(String.format("%064x", exchange * 17L + 3)).status(200).latencyMs(120L + exchange % 50)
                    .inputTokens(100L + exchange % 7).outputTokens(40L + exchange % 11);
        }
        return b.build();
    }
}
