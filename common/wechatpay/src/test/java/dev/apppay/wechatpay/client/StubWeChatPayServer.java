package dev.apppay.wechatpay.client;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A real HTTP server on 127.0.0.1 for client tests, running on its own Vert.x instance. Each test
 * sets the handler that plays WeChat Pay; the server records every request it receives.
 */
final class StubWeChatPayServer implements AutoCloseable {

  /** A received request with its complete body. */
  record Received(String method, String uri, io.vertx.core.MultiMap headers, byte[] body) {}

  private final Vertx vertx = Vertx.vertx();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile BiConsumer<HttpServerRequest, byte[]> handler =
      (request, body) -> request.response().setStatusCode(500).end();

  StubWeChatPayServer() throws Exception {
    server =
        vertx
            .createHttpServer()
            .requestHandler(this::handle)
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  Vertx vertx() {
    return vertx;
  }

  void respondWith(BiConsumer<HttpServerRequest, byte[]> newHandler) {
    this.handler = newHandler;
  }

  List<Received> received() {
    return received;
  }

  private void handle(HttpServerRequest request) {
    request
        .body()
        .onSuccess(
            (Buffer body) -> {
              byte[] bytes = body.getBytes();
              received.add(
                  new Received(request.method().name(), request.uri(), request.headers(), bytes));
              handler.accept(request, bytes);
            });
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
