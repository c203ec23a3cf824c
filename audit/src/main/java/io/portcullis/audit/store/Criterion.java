package io.portcullis.audit.store;

import java.util.List;

/**
 * One exact-match filter: the record matches when ANY of {@code fields} holds {@code value}
 * (for list fields: any element). All criteria of a query must match (AND).
 * Field names are the record's wire names, or one of {@link IndexFields}' derived names.
 */
public record Criterion(List<String> fields, String value) {
    public Criterion {
        fields = List.copyOf(fields);
        if (fields.isEmpty() || value == null) {
            throw new IllegalArgumentException("a criterion needs fields and a value");
        }
    }
}
