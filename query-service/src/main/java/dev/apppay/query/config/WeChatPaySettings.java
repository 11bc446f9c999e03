package dev.apppay.query.config;

import dev.apppay.wechatpay.ApiVersion;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The merchant's {@code wechatpay.*} settings; only the credentials of the chosen API version are
 * required. Secrets come from the environment and are never logged.
 */
// NOTE: a stand-in until the shared wechatpay-quarkus module provides this mapping.
@ConfigMapping(prefix = "wechatpay")
public interface WeChatPaySettings {

  /** {@code V2} or {@code V3}. */
  @WithDefault("V3")
  ApiVersion apiVersion();

  /** {@code https://api.mch.weixin.qq.com}, or the simulator's URL. */
  String baseUrl();

  String appId();

  String mchId();

  /** Where WeChat Pay posts notifications; read by notify-service, unused here. */
  Optional<String> notifyUrl();

  @WithDefault("5s")
  Duration connectTimeout();

  @WithDefault("10s")
  Duration readTimeout();

  V2 v2();

  V3 v3();

  /** API v2 credentials. */
  interface V2 {

    /** The APIv2 key. */
    Optional<String> apiKey();

    /** {@code MD5} or {@code HMAC-SHA256}. */
    @WithDefault("MD5")
    String signType();
  }

  /** API v3 credentials, keys as PEM text or a path to a PEM file. */
  interface V3 {

    /** The APIv3 key (32 ASCII characters). */
    Optional<String> apiKey();

    Optional<String> merchantPrivateKey();

    Optional<String> merchantSerialNumber();

    Optional<String> platformPublicKey();

    /** The {@code PUB_KEY_ID_...} of the platform public key. */
    Optional<String> platformPublicKeyId();
  }
}
