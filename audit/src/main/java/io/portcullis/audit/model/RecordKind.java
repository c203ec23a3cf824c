package io.portcullis.audit.model;

import java.util.Locale;

/** A decision record is written before anything goes upstream; a completion record after the answer. */
public enum RecordKind {
    DECISION, COMPLETION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
