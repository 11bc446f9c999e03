package dev.apppay.wechatpay.quarkus;

import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.credential.V3Credentials;
import dev.apppay.wechatpay.v3.VerificationKeys;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code wechatpay.v3.*} properties and loads the keys they name. */
final class V3CredentialsReader {

  static final String API_KEY = "wechatpay.v3.api-key";
  static final String PRIVATE_KEY = "wechatpay.v3.merchant-private-key";
  static final String SERIAL_NUMBER = "wechatpay.v3.merchant-serial-number";
  static final String PUBLIC_KEY = "wechatpay.v3.platform-public-key";
  static final String PUBLIC_KEY_ID = "wechatpay.v3.platform-public-key-id";

  private V3CredentialsReader() {}

  /** Returns the credentials, or null when they are optional and not all properties are set. */
  static V3Credentials read(WeChatPaySettings.V3 settings, boolean required) {
    Map<String, String> values = values(settings);
    List<String> missing = missing(values);
    if (!missing.isEmpty()) {
      if (required) {
        throw missingAll(missing);
      }
      return null;
    }
    return load(values);
  }

  private static Map<String, String> values(WeChatPaySettings.V3 settings) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(API_KEY, text(settings.apiKey()));
    values.put(PRIVATE_KEY, text(settings.merchantPrivateKey()));
    values.put(SERIAL_NUMBER, text(settings.merchantSerialNumber()));
    values.put(PUBLIC_KEY, text(settings.platformPublicKey()));
    values.put(PUBLIC_KEY_ID, text(settings.platformPublicKeyId()));
    return values;
  }

  private static String text(Optional<String> value) {
    return value.map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
  }

  private static List<String> missing(Map<String, String> values) {
    List<String> missing = new ArrayList<>();
    values.forEach(
        (property, value) -> {
          if (value == null) {
            missing.add(property);
          }
        });
    return missing;
  }

  private static WeChatPayConfigurationException missingAll(List<String> properties) {
    if (properties.size() == 1) {
      return MerchantConfigFactory.missing(
          properties.get(0), "required when wechatpay.api-version is V3");
    }
    List<String> described =
        properties.stream()
            .map(p -> p + " (" + MerchantConfigFactory.environmentName(p) + ")")
            .toList();
    return new WeChatPayConfigurationException(
        "Missing configuration properties "
            + String.join(", ", described)
            + ": required when wechatpay.api-version is V3");
  }

  private static V3Credentials load(Map<String, String> values) {
    String apiKey = values.get(API_KEY);
    if (apiKey.getBytes(StandardCharsets.UTF_8).length != 32) {
      throw MerchantConfigFactory.invalidSecret(API_KEY, "expected 32 ASCII characters", null);
    }
    PrivateKey privateKey = privateKey(values.get(PRIVATE_KEY));
    PublicKey publicKey = publicKey(values.get(PUBLIC_KEY));

    String publicKeyId = values.get(PUBLIC_KEY_ID);
    VerificationKeys platformKeys = VerificationKeys.of(publicKeyId, publicKey);
    return new V3Credentials(
        apiKey, privateKey, values.get(SERIAL_NUMBER), platformKeys, publicKeyId);
  }

  private static PrivateKey privateKey(String pemOrPath) {
    try {
      return PemReader.privateKey(pemOrPath);
    } catch (IllegalArgumentException e) {
      throw MerchantConfigFactory.invalidSecret(PRIVATE_KEY, e.getMessage(), e);
    }
  }

  private static PublicKey publicKey(String pemOrPath) {
    try {
      return PemReader.publicKey(pemOrPath);
    } catch (IllegalArgumentException e) {
      throw MerchantConfigFactory.invalidSecret(PUBLIC_KEY, e.getMessage(), e);
    }
  }
}
