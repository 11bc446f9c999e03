package dev.apppay.wechatpay.quarkus;

import dev.apppay.wechatpay.ApiVersion;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The merchant's {@code wechatpay.*} properties, shared by prepay-, notify- and query-service. In
 * production they come from the environment ({@code WECHATPAY_APP_ID} and so on). Only the
 * credentials of the selected API version are required; {@link MerchantConfigFactory} checks them
 * at startup.
 */
@ConfigMapping(prefix = "wechatpay")
public interface WeChatPaySettings {

  /** The API generation of this merchant integration: {@code V2} or {@code V3}. */
  ApiVersion apiVersion();

  /** The WeChat Pay origin, {@code https://api.mch.weixin.qq.com} or the simulator's URL. */
  String baseUrl();

  /** The mobile app's AppID, registered on the WeChat Open Platform and bound to the merchant. */
  String appId();

  /** The merchant id ({@code mch_id}). */
  String mchId();

  /** The URL WeChat Pay posts payment notifications to, without a query string. */
  Optional<String> notifyUrl();

  /** The API v2 credentials. */
  V2 v2();

  /** The API v3 credentials. */
  V3 v3();

  /** The limit for opening a connection to WeChat Pay. */
  @WithDefault("5s")
  Duration connectTimeout();

  /** The limit for waiting on WeChat Pay's reply to one call. */
  @WithDefault("10s")
  Duration readTimeout();

  /** API v2 settings. */
  interface V2 {

    /** The APIv2 key (32 ASCII characters) that signs requests, replies and notifications. */
    Optional<String> apiKey();

    /** The v2 signature algorithm: {@code MD5} or {@code HMAC-SHA256}. */
    @WithDefault("MD5")
    String signType();
  }

  /** API v3 settings. */
  interface V3 {

    /** The APIv3 key (32 ASCII characters) that decrypts notification resources. */
    Optional<String> apiKey();

    /** The merchant API private key: PKCS#8 PEM text or the path of a PEM file. */
    Optional<String> merchantPrivateKey();

    /** The serial number of the merchant API certificate, sent in {@code Authorization}. */
    Optional<String> merchantSerialNumber();

    /** The WeChat Pay public key: PEM text or the path of a PEM file. */
    Optional<String> platformPublicKey();

    /** The id of the WeChat Pay public key, {@code PUB_KEY_ID_...}. */
    Optional<String> platformPublicKeyId();
  }
}
