package dev.apppay.simulator.support;

import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A merchant backend's v2 calls, signed with the library, over real HTTP. */
public final class MerchantV2Client {

  private final String baseUrl;
  private final SimulatorCredentials credentials;
  private final V2Signer signer;
  private final XmlCodec codec = new XmlCodec();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public MerchantV2Client(String baseUrl, SimulatorCredentials credentials) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.signer = new V2Signer(credentials.v2ApiKey());
  }

  /** Returns the unified order fields of an APP order, without nonce and signature. */
  public Map<String, String> orderFields(String outTradeNo, long totalFee, String notifyUrl) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", credentials.appId());
    fields.put("mch_id", credentials.mchId());
    fields.put("body", "示例应用-会员充值");
    fields.put("out_trade_no", outTradeNo);
    fields.put("total_fee", Long.toString(totalFee));
    fields.put("spbill_create_ip", "203.0.113.7");
    fields.put("notify_url", notifyUrl);
    fields.put("trade_type", "APP");
    return fields;
  }

  public Map<String, String> unifiedOrder(Map<String, String> fields, SignType signType)
      throws Exception {
    return call("/pay/unifiedorder", fields, signType);
  }

  public Map<String, String> query(String outTradeNo) throws Exception {
    return call("/pay/orderquery", idFields("out_trade_no", outTradeNo), SignType.MD5);
  }

  public Map<String, String> queryByTransactionId(String transactionId) throws Exception {
    return call("/pay/orderquery", idFields("transaction_id", transactionId), SignType.MD5);
  }

  public Map<String, String> close(String outTradeNo) throws Exception {
    return call("/pay/closeorder", idFields("out_trade_no", outTradeNo), SignType.MD5);
  }

  /** Adds a fresh nonce, signs the fields and posts them; returns the decoded reply. */
  public Map<String, String> call(String path, Map<String, String> fields, SignType signType)
      throws Exception {
    Map<String, String> withNonce = new LinkedHashMap<>(fields);
    withNonce.put("nonce_str", Nonces.generate());
    return codec.decode(
        postRaw(path, codec.encode(signer.signRequest(withNonce, signType))).body());
  }

  /** Posts {@code body} as it is and returns the raw reply. */
  public HttpResponse<String> postRaw(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "text/xml")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Verifies a reply's sign with the APIv2 key and the given algorithm. */
  public boolean isSignedBy(Map<String, String> reply, SignType signType) {
    return signer.sign(reply, signType).equals(reply.get("sign"));
  }

  private Map<String, String> idFields(String name, String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", credentials.appId());
    fields.put("mch_id", credentials.mchId());
    fields.put(name, value);
    return fields;
  }
}
