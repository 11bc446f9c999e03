package dev.apppay.simulator.v2;

import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a v2 request as WeChat Pay does before any business rule: a known mch_id, a supported
 * sign_type and a matching sign. Unlike a tolerant client, the server takes the algorithm only from
 * sign_type, which defaults to MD5.
 */
final class V2Authenticator {

  private final SimulatorCredentials credentials;
  private final V2Signer signer;

  V2Authenticator(SimulatorCredentials credentials) {
    this.credentials = credentials;
    this.signer = new V2Signer(credentials.v2ApiKey());
  }

  V2Request authenticate(Map<String, String> fields) throws V2Failure {
    String mchId = fields.get("mch_id");
    if (mchId == null || mchId.isEmpty()) {
      throw new V2Failure("缺少参数mch_id");
    }
    if (!mchId.equals(credentials.mchId())) {
      throw new V2Failure("mch_id参数格式错误");
    }
    String sign = fields.get(V2Signer.SIGN);
    if (sign == null || sign.isEmpty()) {
      throw new V2Failure("缺少参数sign");
    }

    SignType signType = signTypeOf(fields);
    String expected = signer.sign(fields, signType);
    if (!constantTimeEquals(expected, sign.toUpperCase(Locale.ROOT))) {
      throw new V2Failure("签名错误");
    }
    return new V2Request(fields, signType);
  }

  private static SignType signTypeOf(Map<String, String> fields) throws V2Failure {
    String declared = fields.get(V2Signer.SIGN_TYPE);
    if (declared == null || declared.isEmpty()) {
      return SignType.MD5;
    }
    return SignType.fromWireName(declared).orElseThrow(() -> new V2Failure("sign_type参数格式错误"));
  }

  private static boolean constantTimeEquals(String expected, String received) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }
}
