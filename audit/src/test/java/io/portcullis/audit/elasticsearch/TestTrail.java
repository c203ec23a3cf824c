package io.portcullis.audit.elasticsearch;

import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import io.portcullis.audit.model.RecordKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A varied, hash-chained trail for store tests: decision/completion pairs over several tenants, routes,
 * actions and finding types, with tokens on completions. Seeded, so every run builds the same records.
 * Hashes follow the record rule (hex SHA-256 of the RFC 8785 form without hash and signature), chained
 * through prev_hash per instance; nothing is signed (stores neither sign nor check signatures).
 */
final class TestTrail {
    static final Instant START = Instant.parse("2026-11-01T00:00:00.000Z");
    static final String[] TENANTS = {"acme", "globex", "initech"};
    static final String[] ORIGINS = {"CN", "EU", "US", "RU"};
    static final String[] DESTINATIONS = {"US", "EU", "CN"};
    static final String[] ACTIONS = {"allow", "redact", "block", "reroute"};
    static final String[] TYPES = {"EMAIL", "CN_RESIDENT_ID", "PHONE", "IBAN", "PERSON"};
    static final String[] REASONS = {"cn.pipl.export", "eu.gdpr.art44", "us.none", "ru.152fz.localisation"};

    private TestTrail() {
    }

    /** {@code exchanges} exchanges of one instance = 2 * exchanges records, times 250 ms apart per exchange. */
    static List<AuditRecord> instance(String instance, int exchanges, long seed) {
        Random rnd = new Random(seed);
        List<AuditRecord> out = new ArrayList<>(exchanges * 2);
        String prev = "0".repeat(64);
        long seq = 0;
        for (int e = 0; e < exchanges; e++) {
            Instant t = START.plusMillis(e * 250L + rnd.nextInt(50));
            String requestId = instance + "-req-" + e;
            String tenant = pick(rnd, TENANTS);
            String origin = pick(rnd, ORIGINS);
            String destination = pick(rnd, DESTINATIONS);
            String action = pick(rnd, ACTIONS);
            List<Finding> findings = new ArrayList<>();
            List<String> hmacs = new ArrayList<>();
            int n = rnd.nextInt(3);
            for (int f = 0; f < n; f++) {
                String type = TYPES[(e + f) % TYPES.length];
                findings.add(new Finding(type, "pii", f == 0 ? "high" : "medium", 1 + rnd.nextInt(3)));
                hmacs.add(sha256(type + ":" + rnd.nextInt(20)));
            }
            AuditRecord.Builder common = AuditRecord.builder().instance(instance).requestId(requestId).tenant(tenant)
                    .originRegion(origin).provider(destination.equals("CN") ? "deepseek" : "openai")
                    .destinationRegion(destination).model("m-" + rnd.nextInt(3)).api("openai.chat")
                    .action(action).reasonCodes(List.of(REASONS[rnd.nextInt(REASONS.length)]))
                    .policyRevision("sha256:policy").findings(findings).valueHmacs(hmacs)
                    .requestHash(sha256(requestId));
            AuditRecord decision = common.kind(RecordKind.DECISION).time(t).build();
            prev = seal(out, decision, ++seq, prev);
            AuditRecord completion = common.kind(RecordKind.COMPLETION).time(t.plusMillis(100 + rnd.nextInt(100)))
                    .direction("response").status(200).latencyMs((long) rnd.nextInt(900))
                    .inputTokens((long) rnd.nextInt(2000)).outputTokens((long) rnd.nextInt(800))
                    .answerHash(sha256(requestId + "/answer")).build();
            prev = seal(out, completion, ++seq, prev);
        }
        return out;
    }

    /** Recomputes a record's hash the way the seal made it (used to show a stored copy differs). */
    static String rehash(AuditRecord r) {
        return hex(digest(RecordCodec.hashInput(r)));
    }

    private static String seal(List<AuditRecord> out, AuditRecord draft, long seq, String prev) {
        AuditRecord linked = draft.toBuilder().id(draft.instance() + ":" + seq).seq(seq).prevHash(prev)
                .keyId("test-key").build();
        String hash = rehash(linked);
        out.add(linked.toBuilder().hash(hash).build());
        return hash;
    }

    private static String pick(Random rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    private static String sha256(String text) {
        return hex(digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] digest(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
