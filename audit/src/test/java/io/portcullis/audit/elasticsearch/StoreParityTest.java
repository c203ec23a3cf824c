package io.portcullis.audit.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same records in both stores answer every auditor query the same way: the embedded Lucene store
 * (the default without a cluster) and this one must not drift apart, whichever a deployment runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreParityTest {
    @TempDir
    static Path dir;
    private ElasticsearchAuditStore elastic;
    private LuceneAuditStore lucene;

    @BeforeAll
    void fillBoth() throws IOException {
        elastic = LocalElasticsearch.open(LocalElasticsearch.freshSettings());
        lucene = LuceneAuditStore.open(dir.resolve("lucene"));
        for (List<AuditRecord> trail : List.of(TestTrail.instance("p", 300, 11), TestTrail.instance("q", 120, 12))) {
            elastic.append(trail);
            lucene.append(trail);
        }
        elastic.refresh();
        lucene.refresh();
    }

    @AfterAll
    void close() throws IOException {
        LocalElasticsearch.dropAndClose(elastic);
        if (lucene != null) {
            lucene.close();
        }
    }

    static Stream<AuditQuery> queries() {
        return ElasticsearchAuditStoreTest.queries();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void searchAndAggregationsAgree(AuditQuery query) throws IOException {
        assertEquals(Pages.all(lucene, query, 23), Pages.all(elastic, query, 23));
        assertEquals(lucene.aggregate(query), elastic.aggregate(query));
    }

    @Test
    void scansAndInstancesAgree() throws IOException {
        assertEquals(lucene.instances(), elastic.instances());
        for (String instance : lucene.instances()) {
            assertEquals(lucene.scan(instance, 1, 10_000), elastic.scan(instance, 1, 10_000));
            assertEquals(lucene.scan(instance, 57, 40), elastic.scan(instance, 57, 40));
        }
    }
}
