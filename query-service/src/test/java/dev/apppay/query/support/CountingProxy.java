package dev.apppay.query.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP proxy on 127.0.0.1 in front of the simulator that records every request the service sends
 * to WeChat Pay, so tests can count queries and closes on the wire.
 */
public final class CountingProxy implements AutoCloseable {

  /** One request as it passed the proxy; {@code body} is kept to tell v2 calls apart. */
  public record Call(Instant at, String method, String path, String body) {}

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

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  private void forward(HttpServerRequest request) {
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
