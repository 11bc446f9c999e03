package dev.apppay.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.v3.RequestSigner;
import dev.apppay.wechatpay.v3.SignatureMessages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The merchant backend's client-parameter signing and the user's actions in the WeChat app, through
 * the simulator's control API.
 */
public final class AppUser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final SimulatorCredentials credentials;
  private final V2Signer v2Signer;
  private final RequestSigner v3Signer;
  private final HttpClient http = HttpClient.newHttpClient();

  public AppUser(String baseUrl, SimulatorCredentials credentials) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.v2Signer = new V2Signer(credentials.v2ApiKey());
    this.v3Signer =
        new RequestSigner(
            credentials.mchId(), credentials.merchantSerialNumber(),
            PemReader.privateKey(credentials.merchantPrivateKey()), Clock.systemUTC());
  }

  /** Signs v2 client parameters for {@code prepayId} with the APIv2 key. */
  public Map<String, Object> v2Parameters(String prepayId, SignType signType) {
    Map<String, String> fields = unsigned(prepayId);
    Map<String, Object> parameters = new LinkedHashMap<>(fields);
    parameters.put("sign", v2Signer.sign(fields, signType));
    return parameters;
  }

  /** Signs v3 client parameters for {@code prepayId} with the merchant private key. */
  public Map<String, Object> v3Parameters(String prepayId) {
    Map<String, String> fields = unsigned(prepayId);
    byte[] message =
        SignatureMessages.appPayment(
            fields.get("appid"),
            Long.parseLong(fields.get("timestamp")),
            fields.get("noncestr"),
            prepayId);
    Map<String, Object> parameters = new LinkedHashMap<>(fields);
    parameters.put("sign", v3Signer.signMessage(message));
    return parameters;
  }

  /** Posts {@code body} as JSON to a control API path; returns status and JSON reply. */
  public ControlReply post(String path, Object body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .build();
    return send(request);
  }

  public ControlReply put(String path, Object body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .build();
    return send(request);
  }

  public ControlReply get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
  }

  private ControlReply send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
    return new ControlReply(response.statusCode(), json);
  }

  private Map<String, String> unsigned(String prepayId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", credentials.appId());
    fields.put("partnerid", credentials.mchId());
    fields.put("prepayid", prepayId);
    fields.put("package", "Sign=WXPay");
    fields.put("noncestr", Nonces.generate());
    fields.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
    return fields;
  }

  /** A control API reply. */
  public record ControlReply(int status, JsonNode json) {}
}
