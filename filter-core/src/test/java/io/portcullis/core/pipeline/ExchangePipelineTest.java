package io.portcullis.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.core.api.Api;
import io.portcullis.core.config.TenantConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangePipelineTest {

  private static Exchange exchange() {
    return new Exchange("r1", Api.OPENAI_CHAT, new TenantConfig("t", "US", List.of("k"), Map.of()), Buffer.buffer(), 0);
  }

  private static ExchangeStage stage(String name, Future<Void> result, List<String> ran) {
    return new ExchangeStage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Future<Void> apply(Exchange exchange) {
        ran.add(name);
        return result;
      }
    };
  }

  @Test
  void everyStageIsTimedIncludingOneThatWaits() throws Exception {
    List<String> ran = new ArrayList<>();
    List<String> timed = new ArrayList<>();
    List<Long> nanos = new ArrayList<>();
    Promise<Void> slow = Promise.promise();
    ExchangePipeline p = new ExchangePipeline(List.of(
        stage("parse", Future.succeededFuture(), ran),
        stage("classify", slow.future(), ran),
        stage("decide", Future.succeededFuture(), ran)), (name, n) -> {
          timed.add(name);
          nanos.add(n);
        });
    Future<Void> done = p.run(exchange());
    assertEquals(List.of("parse", "classify"), ran, "the stage after a waiting one runs only once it finished");
    assertEquals(List.of("parse"), timed);
    Thread.sleep(20);
    slow.complete();
    assertTrue(done.succeeded());
    assertEquals(List.of("parse", "classify", "decide"), ran);
    assertEquals(List.of("parse", "classify", "decide"), timed);
    assertTrue(nanos.get(1) >= 20_000_000L, "the wait is part of the stage's time: " + nanos.get(1));
  }

  @Test
  void aFailedStageIsTimedAndStopsTheExchange() {
    List<String> ran = new ArrayList<>();
    List<String> timed = new ArrayList<>();
    ExchangePipeline p = new ExchangePipeline(List.of(
        stage("parse", Future.failedFuture(new IllegalArgumentException("broken")), ran),
        stage("route", Future.succeededFuture(), ran)), (name, n) -> timed.add(name));
    Future<Void> done = p.run(exchange());
    assertTrue(done.failed());
    assertEquals(List.of("parse"), ran);
    assertEquals(List.of("parse"), timed);
  }
}
