package io.portcullis.audit.model;

import java.util.Locale;

/**
 * A decision record is written before anything goes upstream; a completion record after the answer;
 * an access record whenever an auditor searches, verifies or exports the trail (so the trail shows who
 * looked at it: api = the endpoint or command, tenant = the auditor's tenant scope, reason_codes = the
 * filters used).
 */
public enum RecordKind {
    DECISION, COMPLETION, ACCESS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
