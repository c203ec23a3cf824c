package io.portcullis.audit.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One immutable audit record. Its JSON form (snake_case names, see {@link io.portcullis.audit.json.RecordCodec})
 * is canonicalised with RFC 8785 and hashed without {@code hash} and {@code signature}; {@code prev_hash}
 * links it to the previous record of the same {@code instance} ({@code seq} starts at 1).
 *
 * <p>Drafts (what the proxy hands to {@link io.portcullis.audit.AuditLog#append}) leave id, instance, seq,
 * prev_hash, hash, key_id and signature empty: the chain fills them. Nullable fields are omitted from the
 * JSON; lists are never null. Time is kept at millisecond precision so every language re-hashes the same text.
 */
public record AuditRecord(
        String id,
        Instant time,
        String instance,
        long seq,
        RecordKind kind,
        String requestId,
        String tenant,
        String originRegion,
        String provider,
        String destinationRegion,
        String model,
        String reroutedFrom,
        String api,
        String direction,
        String action,
        List<String> reasonCodes,
        String policyRevision,
        List<Finding> findings,
        List<String> valueHmacs,
        String requestHash,
        String answerHash,
        Integer status,
        Long latencyMs,
        Long inputTokens,
        Long outputTokens,
        String prevHash,
        String hash,
        String keyId,
        String signature) {

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        time = time.truncatedTo(ChronoUnit.MILLIS);
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        findings = findings == null ? List.of() : List.copyOf(findings);
        valueHmacs = valueHmacs == null ? List.of() : List.copyOf(valueHmacs);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.time = time;
        b.instance = instance;
        b.seq = seq;
        b.kind = kind;
        b.requestId = requestId;
        b.tenant = tenant;
        b.originRegion = originRegion;
        b.provider = provider;
        b.destinationRegion = destinationRegion;
        b.model = model;
        b.reroutedFrom = reroutedFrom;
        b.api = api;
        b.direction = direction;
        b.action = action;
        b.reasonCodes = reasonCodes;
        b.policyRevision = policyRevision;
        b.findings = findings;
        b.valueHmacs = valueHmacs;
        b.requestHash = requestHash;
        b.answerHash = answerHash;
        b.status = status;
        b.latencyMs = latencyMs;
        b.inputTokens = inputTokens;
        b.outputTokens = outputTokens;
        b.prevHash = prevHash;
        b.hash = hash;
        b.keyId = keyId;
        b.signature = signature;
        return b;
    }

    /** Builder for drafts and for the chain; every setter returns this. */
    public static final class Builder {
        private String id;
        private Instant time = Instant.now();
        private String instance;
        private long seq;
        private RecordKind kind;
        private String requestId;
        private String tenant;
        private String originRegion;
        private String provider;
        private String destinationRegion;
        private String model;
        private String reroutedFrom;
        private String api;
        private String direction;
        private String action;
        private List<String> reasonCodes = List.of();
        private String policyRevision;
        private List<Finding> findings = List.of();
        private List<String> valueHmacs = List.of();
        private String requestHash;
        private String answerHash;
        private Integer status;
        private Long latencyMs;
        private Long inputTokens;
        private Long outputTokens;
        private String prevHash;
        private String hash;
        private String keyId;
        private String signature;

        private Builder() {
        }

        public Builder id(String v) {
            this.id = v;
            return this;
        }

        public Builder time(Instant v) {
            this.time = v;
            return this;
        }

        public Builder instance(String v) {
            this.instance = v;
            return this;
        }

        public Builder seq(long v) {
            this.seq = v;
            return this;
        }

        public Builder kind(RecordKind v) {
            this.kind = v;
            return this;
        }

        public Builder requestId(String v) {
            this.requestId = v;
            return this;
        }

        public Builder tenant(String v) {
            this.tenant = v;
            return this;
        }

        public Builder originRegion(String v) {
            this.originRegion = v;
            return this;
        }

        public Builder provider(String v) {
            this.provider = v;
            return this;
        }

        public Builder destinationRegion(String v) {
            this.destinationRegion = v;
            return this;
        }

        public Builder model(String v) {
            this.model = v;
            return this;
        }

        /** "provider/model" the caller asked for, when the policy rerouted the exchange (provider and model are where it went). */
        public Builder reroutedFrom(String v) {
            this.reroutedFrom = v;
            return this;
        }

        public Builder api(String v) {
            this.api = v;
            return this;
        }

        public Builder direction(String v) {
            this.direction = v;
            return this;
        }

        public Builder action(String v) {
            this.action = v;
            return this;
        }

        public Builder reasonCodes(List<String> v) {
            this.reasonCodes = v;
            return this;
        }

        public Builder policyRevision(String v) {
            this.policyRevision = v;
            return this;
        }

        public Builder findings(List<Finding> v) {
            this.findings = v;
            return this;
        }

        public Builder valueHmacs(List<String> v) {
            this.valueHmacs = v;
            return this;
        }

        public Builder requestHash(String v) {
            this.requestHash = v;
            return this;
        }

        public Builder answerHash(String v) {
            this.answerHash = v;
            return this;
        }

        public Builder status(Integer v) {
            this.status = v;
            return this;
        }

        public Builder latencyMs(Long v) {
            this.latencyMs = v;
            return this;
        }

        public Builder inputTokens(Long v) {
            this.inputTokens = v;
            return this;
        }

        public Builder outputTokens(Long v) {
            this.outputTokens = v;
            return this;
        }

        public Builder prevHash(String v) {
            this.prevHash = v;
            return this;
        }

        public Builder hash(String v) {
            this.hash = v;
            return this;
        }

        public Builder keyId(String v) {
            this.keyId = v;
            return this;
        }

        public Builder signature(String v) {
            this.signature = v;
            return this;
        }

        public AuditRecord build() {
            return new AuditRecord(id, time, instance, seq, kind, requestId, tenant, originRegion, provider, destinationRegion, model, reroutedFrom, api, direction, action, reasonCodes, policyRevision, findings, valueHmacs, requestHash, answerHash, status, latencyMs, inputTokens, outputTokens, prevHash, hash, keyId, signature);
        }
    }
}
