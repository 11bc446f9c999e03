package dev.apppay.simulator.v2;

import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds v2 reply documents, signed with the merchant's APIv2 key and the request's algorithm. */
final class V2Replies {

  private final SimulatorCredentials credentials;
  private final V2Signer signer;
  private final XmlCodec codec;

  V2Replies(SimulatorCredentials credentials, XmlCodec codec) {
    this.credentials = credentials;
    this.signer = new V2Signer(credentials.v2ApiKey());
    this.codec = codec;
  }

  /** Returns a {@code return_code=FAIL} reply, which WeChat Pay sends without a sign. */
  String failure(String returnMessage) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("return_code", "FAIL");
    fields.put("return_msg", returnMessage);
    return codec.encode(fields);
  }

  /** Returns a signed reply with {@code result_code=SUCCESS} and {@code payload}. */
  String success(SignType signType, Map<String, String> payload) {
    Map<String, String> fields = header("SUCCESS");
    fields.putAll(payload);
    return sign(fields, signType);
  }

  /** Returns a signed reply with {@code result_code=FAIL} and the error. */
  String businessError(SignType signType, V2BusinessError error) {
    Map<String, String> fields = header("FAIL");
    fields.put("err_code", error.code());
    fields.put("err_code_des", error.getMessage());
    return sign(fields, signType);
  }

  private Map<String, String> header(String resultCode) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("return_code", "SUCCESS");
    fields.put("return_msg", "OK");
    fields.put("appid", credentials.appId());
    fields.put("mch_id", credentials.mchId());
    fields.put("nonce_str", Nonces.generate());
    fields.put("result_code", resultCode);
    return fields;
  }

  private String sign(Map<String, String> fields, SignType signType) {
    fields.put(V2Signer.SIGN, signer.sign(fields, signType));
    return codec.encode(fields);
  }
}
