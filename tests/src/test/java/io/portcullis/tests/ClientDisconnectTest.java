package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A caller that hangs up mid-stream stops the provider call. The upstream idle timeout here is the
 * default 60 s, so only the cancellation (not a timeout) can close the provider's stream in time.
 */
class ClientDisconnectTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture();

  private static String body(String model, boolean stream) {
    return "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}]}";
  }

  @Test
  void clientDisconnectCancelsTheUpstreamCall() throws Exception {
    int before = fx.provider.streamsClosedEarly();
    Vertx vertx = Vertx.vertx();
    try {
      HttpClient client = vertx.createHttpClient();
      CompletableFuture<Void> gotFirstBytes = new CompletableFuture<>();
      RequestOptions opts = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(fx.chat)
          .putHeader("authorization", "Bearer " + ProxyFixture.CN_KEY).putHeader("content-type", "application/json");
      client.request(opts)
          .compose(req -> req.send(body("demo-gpt-stall", true)))
          .onSuccess((HttpClientResponse resp) -> resp.handler(buf -> {
            if (gotFirstBytes.complete(null)) {
              resp.request().connection().close();
            }
          }))
          .onFailure(gotFirstBytes::completeExceptionally);
      gotFirstBytes.get(10, TimeUnit.SECONDS);
      long deadline = System.currentTimeMillis() + 5_000;
      while (fx.provider.streamsClosedEarly() == before && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(before + 1, fx.provider.streamsClosedEarly(), "the provider's stream was cancelled");
      // the caller left: recorded as such (499), not as a provider failure
      String metrics = "";
      deadline = System.currentTimeMillis() + 5_000;
      while (!metrics.contains("status=\"499\"") && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
        metrics = Http.get(fx.baseUrl + "/metrics", null).body();
      }
      assertTrue(metrics.contains("portcullis_requests_total{api=\"chat\",provider=\"standin-openai\",status=\"499\"} 1.0"), metrics);
      assertFalse(metrics.contains("kind=\"mid_stream\""), metrics);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }
}
