package io.portcullis.audit.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.portcullis.audit.json.RecordCodec;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Java API client over the REST 5 transport. Documents travel as Jackson trees built by the
 * record codec, so what Elasticsearch stores is exactly the JSON the codec wrote. The client's mapper
 * reconfigures the mapper it is given, hence a copy of the codec's.
 */
final class ElasticsearchClients {
    private ElasticsearchClients() {
    }

    static ElasticsearchClient create(ElasticsearchSettings s) {
        Rest5Client rest = Rest5Client.builder(s.url())
                .setRequestConfigCallback(r -> r
                        .setConnectionRequestTimeout(Timeout.of(s.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
                        .setResponseTimeout(Timeout.of(s.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)))
                .setConnectionConfigCallback(c -> c
                        .setConnectTimeout(Timeout.of(s.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)))
                .build();
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper(RecordCodec.MAPPER.copy())));
    }
}
