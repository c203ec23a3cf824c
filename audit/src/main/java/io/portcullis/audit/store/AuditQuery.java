package io.portcullis.audit.store;

import static io.portcullis.audit.json.RecordCodec.*;

import io.portcullis.audit.model.AuditRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An auditor's search. Filters are exact matches ANDed together; time is [from, to). The semantics live
 * here: {@link #criteria()} is what both stores translate into their native query, and
 * {@link #matches(AuditRecord)} is the reference predicate (used by the local store's aggregation and by
 * tests that compare stores).
 *
 * <p>{@code contentHash} matches request_hash OR answer_hash; {@code valueHmac} is the keyed HMAC of a value
 * (the caller hashes the value with the HMAC key; the trail never sees the value). {@code size} is capped
 * at {@link #MAX_SIZE}.
 */
public record AuditQuery(Instant from, Instant to, String instance, String tenant, String originRegion,
        String destinationRegion, String provider, String model, String action, String entityType,
        String reasonCode, String requestId, String contentHash, String valueHmac, String kind,
        SortKey searchAfter, int size) {
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public AuditQuery {
        if (size <= 0) {
            size = DEFAULT_SIZE;
        }
        size = Math.min(size, MAX_SIZE);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static AuditQuery all() {
        return builder().build();
    }

    /** The exact-match filters of this query, in store-neutral form. */
    public List<Criterion> criteria() {
        List<Criterion> c = new ArrayList<>();
        add(c, instance, INSTANCE);
        add(c, tenant, TENANT);
        add(c, originRegion, ORIGIN_REGION);
        add(c, destinationRegion, DESTINATION_REGION);
        add(c, provider, PROVIDER);
        add(c, model, MODEL);
        add(c, action, ACTION);
        add(c, entityType, IndexFields.ENTITY_TYPES);
        add(c, reasonCode, REASON_CODES);
        add(c, requestId, REQUEST_ID);
        add(c, contentHash, REQUEST_HASH, ANSWER_HASH);
        add(c, valueHmac, VALUE_HMACS);
        add(c, kind, KIND);
        return c;
    }

    /** Reference semantics of the filters (time range and criteria; paging ignored). */
    public boolean matches(AuditRecord r) {
        if (from != null && r.time().isBefore(from)) {
            return false;
        }
        if (to != null && !r.time().isBefore(to)) {
            return false;
        }
        for (Criterion c : criteria()) {
            boolean any = false;
            for (String f : c.fields()) {
                any |= IndexFields.values(r, f).contains(c.value());
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    public AuditQuery withSearchAfter(SortKey cursor) {
        return toBuilder().searchAfter(cursor).build();
    }

    public Builder toBuilder() {
        return new Builder().from(from).to(to).instance(instance).tenant(tenant).originRegion(originRegion)
                .destinationRegion(destinationRegion).provider(provider).model(model).action(action)
                .entityType(entityType).reasonCode(reasonCode).requestId(requestId).contentHash(contentHash)
                .valueHmac(valueHmac).kind(kind).searchAfter(searchAfter).size(size);
    }

    private static void add(List<Criterion> c, String value, String... fields) {
        if (value != null && !value.isEmpty()) {
            c.add(new Criterion(List.of(fields), value));
        }
    }

    public static final class Builder {
        private Instant from;
        private Instant to;
        private String instance;
        private String tenant;
        private String originRegion;
        private String destinationRegion;
        private String provider;
        private String model;
        private String action;
        private String entityType;
        private String reasonCode;
        private String requestId;
        private String contentHash;
        private String valueHmac;
        private String kind;
        private SortKey searchAfter;
        private int size;

        private Builder() {
        }

        public Builder from(Instant v) { from = v; return this; }
        public Builder to(Instant v) { to = v; return this; }
        public Builder instance(String v) { instance = v; return this; }
        public Builder tenant(String v) { tenant = v; return this; }
        public Builder originRegion(String v) { originRegion = v; return this; }
        public Builder destinationRegion(String v) { destinationRegion = v; return this; }
        public Builder provider(String v) { provider = v; return this; }
        public Builder model(String v) { model = v; return this; }
        public Builder action(String v) { action = v; return this; }
        public Builder entityType(String v) { entityType = v; return this; }
        public Builder reasonCode(String v) { reasonCode = v; return this; }
        public Builder requestId(String v) { requestId = v; return this; }
        public Builder contentHash(String v) { contentHash = v; return this; }
        public Builder valueHmac(String v) { valueHmac = v; return this; }
        public Builder kind(String v) { kind = v; return this; }
        public Builder searchAfter(SortKey v) { searchAfter = v; return this; }
        public Builder size(int v) { size = v; return this; }

        public AuditQuery build() {
            return new AuditQuery(from, to, instance, tenant, originRegion, destinationRegion, provider, model,
                    action, entityType, reasonCode, requestId, contentHash, valueHmac, kind, searchAfter, size);
        }
    }
}
