package io.portcullis.audit.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.AuditStore;
import io.portcullis.audit.store.SearchPage;
import io.portcullis.audit.store.SortKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Follows search_after cursors to the end, as an auditor's client would. */
final class Pages {
    private Pages() {
    }

    static List<AuditRecord> all(AuditStore store, AuditQuery query, int pageSize) throws IOException {
        List<AuditRecord> got = new ArrayList<>();
        SortKey cursor = null;
        for (int pages = 0; pages < 10_000; pages++) {
            SearchPage page = store.search(query.toBuilder().size(pageSize).searchAfter(cursor).build());
            assertTrue(page.records().size() <= pageSize, "a page never exceeds its size");
            got.addAll(page.records());
            cursor = page.nextCursor();
            if (cursor == null) {
                return got;
            }
        }
        throw new AssertionError("paging did not end");
    }
}
