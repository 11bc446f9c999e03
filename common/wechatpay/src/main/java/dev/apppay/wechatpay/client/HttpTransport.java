package dev.apppay.wechatpay.client;

import dev.apppay.wechatpay.RequestTimeoutException;
import dev.apppay.wechatpay.TransportException;
import io.netty.channel.ConnectTimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Sends requests with the Vert.x WebClient, never blocking the calling thread, and turns connection
 * failures and timeouts into the library's exceptions.
 */
final class HttpTransport implements AutoCloseable {

  static final String USER_AGENT = "apppay-wechatpay/0.1 (Vert.x WebClient)";

  private final WebClient webClient;
  private final String origin;
  private final String basePath;
  private final long readTimeoutMillis;

  HttpTransport(Vertx vertx, URI baseUrl, Duration connectTimeout, Duration readTimeout) {
    WebClientOptions options =
        new WebClientOptions()
            .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
            .setUserAgent(USER_AGENT)
            .setFollowRedirects(false);
    this.webClient = WebClient.create(vertx, options);
    this.origin = baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
    this.basePath = stripTrailingSlash(baseUrl.getRawPath());
    this.readTimeoutMillis = readTimeout.toMillis();
  }

  /** Returns the path and query as sent on the wire, which v3 signs: base path + request path. */
  String canonicalUrl(String pathAndQuery) {
    return basePath + pathAndQuery;
  }

  /** Sends a request; a null body sends none. The reply arrives on a Vert.x thread. */
  Uni<HttpReply> send(
      HttpMethod method, String pathAndQuery, Map<String, String> headers, byte[] body) {
    HttpRequest<Buffer> request =
        webClient
            .requestAbs(method, origin + canonicalUrl(pathAndQuery))
            .timeout(readTimeoutMillis);
    headers.forEach(request::putHeader);
    Uni<HttpResponse<Buffer>> response =
        body == null ? request.send() : request.sendBuffer(Buffer.buffer(body));
    return response
        .onFailure()
        .transform(e -> translate(e, method, pathAndQuery))
        .map(HttpTransport::toReply);
  }

  private static HttpReply toReply(HttpResponse<Buffer> response) {
    Buffer body = response.body();
    byte[] bytes = body == null ? new byte[0] : body.getBytes();
    return new HttpReply(response.statusCode(), response.headers()::get, bytes);
  }

  private static Throwable translate(Throwable error, HttpMethod method, String path) {
    String call = method.name() + " " + path;
    if (error instanceof TimeoutException || error instanceof ConnectTimeoutException) {
      return new RequestTimeoutException(call + " timed out", error);
    }
    return new TransportException(call + " failed: " + error.getMessage(), error);
  }

  private static String stripTrailingSlash(String path) {
    if (path == null) {
      return "";
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Override
  public void close() {
    webClient.close();
  }
}
