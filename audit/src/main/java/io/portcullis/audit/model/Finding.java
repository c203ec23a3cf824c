package io.portcullis.audit.model;

import java.util.Objects;

/**
 * What a classifier found, summarised for the trail: the entity type, its category, its sensitivity
 * level and how many occurrences. Never the value itself — values only appear as keyed HMACs in
 * {@link AuditRecord#valueHmacs()}.
 */
public record Finding(String type, String category, String level, long count) {
    public Finding {
        Objects.requireNonNull(type, "type");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
    }
}
