package io.portcullis.audit.store;

import static io.portcullis.audit.json.RecordCodec.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a store indexes for each record, in one place: the exact-match (keyword) fields with the values
 * a record contributes, plus two derived fields that need no scripting at query time — {@code route}
 * ("origin->destination") and {@code entity_types} (the finding types). Derived fields are not part of
 * the record and never of its hash; {@link RecordCodec#fromTree} ignores them.
 */
public final class IndexFields {
    public static final String ROUTE = "route";
    public static final String ENTITY_TYPES = "entity_types";

    /** Every field a {@link Criterion} may name; each store indexes exactly these as keywords. */
    public static final List<String> KEYWORD_FIELDS = List.of(ID, INSTANCE, KIND, REQUEST_ID, TENANT, ORIGIN_REGION,
            PROVIDER, DESTINATION_REGION, MODEL, REROUTED_FROM, API, DIRECTION, ACTION, REASON_CODES, POLICY_REVISION, VALUE_HMACS,
            REQUEST_HASH, ANSWER_HASH, HASH, KEY_ID, ROUTE, ENTITY_TYPES);

    private IndexFields() {
    }

    public static String route(AuditRecord r) {
        return String.valueOf(r.originRegion()) + "->" + String.valueOf(r.destinationRegion());
    }

    public static List<String> entityTypes(AuditRecord r) {
        Set<String> types = new LinkedHashSet<>();
        for (Finding f : r.findings()) {
            types.add(f.type());
        }
        return List.copyOf(types);
    }

    /** The values a record holds for a keyword field (empty when absent). */
    public static List<String> values(AuditRecord r, String field) {
        return switch (field) {
            case ID -> one(r.id());
            case INSTANCE -> one(r.instance());
            case KIND -> one(r.kind().wire());
            case REQUEST_ID -> one(r.requestId());
            case TENANT -> one(r.tenant());
            case ORIGIN_REGION -> one(r.originRegion());
            case PROVIDER -> one(r.provider());
            case DESTINATION_REGION -> one(r.destinationRegion());
            case MODEL -> one(r.model());
            case REROUTED_FROM -> one(r.reroutedFrom());
            case API -> one(r.api());
            case DIRECTION -> one(r.direction());
            case ACTION -> one(r.action());
            case REASON_CODES -> r.reasonCodes();
            case POLICY_REVISION -> one(r.policyRevision());
            case VALUE_HMACS -> r.valueHmacs();
            case REQUEST_HASH -> one(r.requestHash());
            case ANSWER_HASH -> one(r.answerHash());
            case HASH -> one(r.hash());
            case KEY_ID -> one(r.keyId());
            case ROUTE -> List.of(route(r));
            case ENTITY_TYPES -> entityTypes(r);
            default -> throw new IllegalArgumentException("not an indexed field: " + field);
        };
    }

    /** The document a store indexes: the full record JSON plus the derived fields. */
    public static ObjectNode document(AuditRecord r) {
        ObjectNode doc = RecordCodec.toTree(r);
        doc.put(ROUTE, route(r));
        entityTypes(r).forEach(doc.putArray(ENTITY_TYPES)::add);
        return doc;
    }

    private static List<String> one(String v) {
        if (v == null) {
            return List.of();
        }
        List<String> l = new ArrayList<>(1);
        l.add(v);
        return l;
    }
}
