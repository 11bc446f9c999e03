package dev.apppay.wechatpay.quarkus;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** Complete {@code wechatpay.*} properties with keys generated for the test run. */
final class TestSettings {

  static final String V2_KEY = "v2testkeyv2testkeyv2testkey01234";
  static final String V3_KEY = "v3testkeyv3testkeyv3testkey01234";
  static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000001092026120400000000000001";

  private static final KeyPair MERCHANT = generate();
  private static final KeyPair PLATFORM = generate();

  private TestSettings() {}

  /** Properties for both API versions, with {@code apiVersion} selected. */
  static Map<String, String> complete(String apiVersion) {
    Map<String, String> properties = new HashMap<>();
    properties.put("wechatpay.api-version", apiVersion);
    properties.put("wechatpay.base-url", "http://127.0.0.1:8090");
    properties.put("wechatpay.app-id", "wx0123456789abcdef");
    properties.put("wechatpay.mch-id", "1900000109");
    properties.put("wechatpay.notify-url", "https://pay.example.com/wechatpay/v3/notify");
    properties.put("wechatpay.v2.api-key", V2_KEY);
    properties.put("wechatpay.v3.api-key", V3_KEY);
    properties.put("wechatpay.v3.merchant-private-key", pem("PRIVATE KEY", MERCHANT, true));
    properties.put(
        "wechatpay.v3.merchant-serial-number", "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB");
    properties.put("wechatpay.v3.platform-public-key", pem("PUBLIC KEY", PLATFORM, false));
    properties.put("wechatpay.v3.platform-public-key-id", PUBLIC_KEY_ID);
    return properties;
  }

  /** Maps the properties with SmallRye Config and Quarkus's duration syntax, as a service does. */
  static WeChatPaySettings map(Map<String, String> properties) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .withConverter(Duration.class, 200, new DurationConverter())
            .withMapping(WeChatPaySettings.class)
            .build();
    return config.getConfigMapping(WeChatPaySettings.class);
  }

  private static String pem(String type, KeyPair keys, boolean privateKey) {
    byte[] der = privateKey ? keys.getPrivate().getEncoded() : keys.getPublic().getEncoded();
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
