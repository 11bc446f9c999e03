package dev.apppay.simulator.v3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.PlatformKeyMode;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.v3.VerificationKeys;
import io.vertx.ext.web.RoutingContext;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v3/certificates}: the platform certificate encrypted with the APIv3 key, or 404 for a
 * merchant in public key mode, as WeChat Pay replies to merchants without certificates.
 */
final class V3Certificates {

  private static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String ASSOCIATED_DATA = "certificate";

  private final SimulatorCredentials credentials;
  private final PlatformKeyMode mode;
  private final AesGcmCipher cipher;

  V3Certificates(SimulatorCredentials credentials, PlatformKeyMode mode) {
    this.credentials = credentials;
    this.mode = mode;
    this.cipher = new AesGcmCipher(credentials.v3ApiKey());
  }

  V3Result list(RoutingContext context, String mchId, JsonNode body) throws V3Error {
    if (mode == PlatformKeyMode.PUBLIC_KEY) {
      throw new V3Error(404, "RESOURCE_NOT_EXISTS", "无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥");
    }
    String pem = credentials.platformCertificate();
    X509Certificate certificate = PemReader.certificate(pem);
    String nonce = Nonces.randomString(ALPHANUMERIC, 12);

    Map<String, Object> encrypted = new LinkedHashMap<>();
    encrypted.put("algorithm", "AEAD_AES_256_GCM");
    encrypted.put("nonce", nonce);
    encrypted.put("associated_data", ASSOCIATED_DATA);
    encrypted.put("ciphertext", cipher.encrypt(ASSOCIATED_DATA, nonce, pem));

    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("serial_no", VerificationKeys.serialOf(certificate));
    entry.put("effective_time", V3Transactions.rfc3339(certificate.getNotBefore().toInstant()));
    entry.put("expire_time", V3Transactions.rfc3339(certificate.getNotAfter().toInstant()));
    entry.put("encrypt_certificate", encrypted);
    return new V3Result(200, Map.of("data", List.of(entry)));
  }
}
