package io.portcullis.audit.store;

import io.portcullis.audit.model.AuditRecord;
import java.util.List;

/** One page of search results; {@code nextCursor} is null on the last page. */
public record SearchPage(List<AuditRecord> records, SortKey nextCursor) {
    public SearchPage {
        records = List.copyOf(records);
    }
}
