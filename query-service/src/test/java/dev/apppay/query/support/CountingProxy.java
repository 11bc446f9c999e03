package dev.apppay.query.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP proxy on 127.0.0.1 in front of the simulator that records every request the service sends
 * to WeChat Pay, so tests can count queries and closes on the wire.
 */
public final class CountingProxy implements AutoCloseable {

  /** The path that returns the recorded calls instead of forwarding. */
  public static final String CALLS_PATH = "/_proxy/calls";

  private record Call(Instant at, String method, String path, String body) {}

  private final Vertx vertx = Vertx.vertx();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final HttpClient client;
  private final HttpServer server;
  private final int targetPort;

  public CountingProxy(int targetPort) {
    this.targetPort = targetPort;
    this.client = vertx.createHttpClient();
    this.server =
        await(vertx.createHttpServer().requestHandler(this::forward).listen(0, "127.0.0.1"));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  private void forward(HttpServerRequest request) {
    if (request.path().equals(CALLS_PATH)) {
      request.response().putHeader("Content-Type", "application/json").end(callsJson());
      return;
    }
    request
        .body()
        .onSuccess(
            body -> {
              calls.add(
                  new Call(Instant.now(), request.method().name(), request.uri(), body.toString()));
              RequestOptions options =
                  new RequestOptions()
                      .setHost("127.0.0.1")
                      .setPort(targetPort)
                      .setMethod(request.method())
                      .setURI(request.uri())
                      .setHeaders(request.headers());
              client
                  .request(options)
                  .compose(outbound -> outbound.send(body))
                  .compose(response -> relay(request, response))
                  .onFailure(e -> request.response().setStatusCode(502).end());
            });
  }

  private static Future<Void> relay(HttpServerRequest request, HttpClientResponse response) {
    return response
        .body()
        .compose(
            body -> {
              request.response().setStatusCode(response.statusCode());
              request.response().headers().addAll(response.headers());
              request.response().headers().remove("transfer-encoding").remove("connection");
              return request.response().end(body);
            });
  }

  private String callsJson() {
    JsonArray array = new JsonArray();
    for (Call call : calls) {
      array.add(
          new JsonObject()
              .put("at", call.at().toString())
              .put("method", call.method())
              .put("path", call.path())
              .put("body", call.body()));
    }
    return array.encode();
  }

  @Override
  public void close() {
    await(vertx.close());
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Proxy failed to start or stop", e);
    }
  }
}
