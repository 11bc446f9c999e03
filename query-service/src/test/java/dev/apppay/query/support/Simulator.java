package dev.apppay.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulator's control API and the counting proxy, over HTTP: the user's actions, the orders as
 * WeChat Pay keeps them, injected faults and the calls the service sent.
 */
public final class Simulator {

  /** One request the service sent to WeChat Pay, as the proxy recorded it. */
  public record Call(Instant at, String method, String path, String body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String simulatorUrl;
  private final String proxyUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  public Simulator(String simulatorUrl, String proxyUrl) {
    this.simulatorUrl = simulatorUrl;
    this.proxyUrl = proxyUrl;
  }

  /** Posts the user's client parameters to {@code /simulator/pay}, {@code fail} and so on. */
  public JsonNode userAction(String action, Map<String, String> clientParameters) {
    return send("POST", simulatorUrl + "/simulator/" + action, clientParameters);
  }

  /** Pays the order's prepay with {@code amountFen}, as a tampered payment would. */
  public JsonNode payAmount(String outTradeNo, long amountFen) {
    return send(
        "POST",
        simulatorUrl + "/simulator/orders/" + outTradeNo + "/pay",
        Map.of("amount", amountFen));
  }

  /** Returns the order as WeChat Pay keeps it: {@code state}, {@code transactionId}, ... */
  public JsonNode order(String outTradeNo) {
    return send("GET", simulatorUrl + "/simulator/orders/" + outTradeNo, null);
  }

  /**
   * Makes the first {@code times} calls of the operation for the order fail with a system error.
   */
  public void failCalls(String outTradeNo, String operation, int times) {
    Map<String, Object> fault =
        Map.of(
            "operations",
            List.of(operation),
            "mode",
            "SYSTEM_ERROR",
            "delayMillis",
            0,
            "applyOperation",
            false,
            "times",
            times);
    Map<String, Object> settings = Map.of("apiFault", fault);
    send("PUT", simulatorUrl + "/simulator/orders/" + outTradeNo + "/faults", settings);
  }

  /** Returns every call the service sent so far. */
  public List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (JsonNode call : send("GET", proxyUrl + CountingProxy.CALLS_PATH, null)) {
      calls.add(
          new Call(
              Instant.parse(call.get("at").asText()),
              call.get("method").asText(),
              call.get("path").asText(),
              call.get("body").asText()));
    }
    return calls;
  }

  /** Counts the order queries of {@code outTradeNo}, v2 or v3. */
  public long queriesOf(String outTradeNo) {
    String v3Path = "/v3/pay/transactions/out-trade-no/" + outTradeNo + "?";
    return calls().stream()
        .filter(
            call ->
                call.path().startsWith(v3Path)
                    || call.path().equals("/pay/orderquery") && mentions(call, outTradeNo))
        .count();
  }

  /** Counts the close requests of {@code outTradeNo}, v2 or v3. */
  public long closesOf(String outTradeNo) {
    String v3Path = "/v3/pay/transactions/out-trade-no/" + outTradeNo + "/close";
    return calls().stream()
        .filter(
            call ->
                call.path().equals(v3Path)
                    || call.path().equals("/pay/closeorder") && mentions(call, outTradeNo))
        .count();
  }

  private static boolean mentions(Call call, String outTradeNo) {
    return call.body().contains("<out_trade_no><![CDATA[" + outTradeNo + "]]></out_trade_no>");
  }

  private JsonNode send(String method, String url, Object body) {
    try {
      HttpRequest.BodyPublisher publisher =
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .method(method, publisher)
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(method + " " + url + " returned " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + url + " interrupted", e);
    }
  }
}
