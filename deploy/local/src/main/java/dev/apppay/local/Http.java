package dev.apppay.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small blocking JSON client for the demonstration and the cross-service tests. */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  /** An HTTP reply with its body parsed as JSON, or a JSON null when it has none. */
  public record Reply(int status, JsonNode body, Map<String, java.util.List<String>> headers) {}

  public static Reply get(String url, Map<String, String> headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
  }

  public static Reply post(String url, Object body, Map<String, String> headers) {
    return withBody("POST", url, body, headers);
  }

  public static Reply put(String url, Object body, Map<String, String> headers) {
    return withBody("PUT", url, body, headers);
  }

  public static Reply delete(String url, Map<String, String> headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), headers);
  }

  private static Reply withBody(
      String method, String url, Object body, Map<String, String> headers) {
    try {
      String json = JSON.writeValueAsString(body);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json));
      return send(request, headers);
    } catch (IOException e) {
      throw new IllegalArgumentException("Body is not serializable as JSON", e);
    }
  }

  private static Reply send(HttpRequest.Builder request, Map<String, String> headers) {
    headers.forEach(request::header);
    request.header("Accept", "application/json").timeout(Duration.ofSeconds(30));
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Reply(response.statusCode(), body, response.headers().map());
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
