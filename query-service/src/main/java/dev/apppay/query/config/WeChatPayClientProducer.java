package dev.apppay.query.config;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.client.WeChatPayClient;
import dev.apppay.wechatpay.credential.V2Credentials;
import dev.apppay.wechatpay.credential.V3Credentials;
import dev.apppay.wechatpay.v2.SignType;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** Builds the one WeChat Pay client of this service from {@link WeChatPaySettings}. */
// NOTE: a stand-in until the shared wechatpay-quarkus module provides this producer.
public class WeChatPayClientProducer {

  @Produces
  @Singleton
  WeChatPayClient client(Vertx vertx, WeChatPaySettings settings) {
    return WeChatPayClient.create(vertx, merchantConfig(settings));
  }

  void close(@Disposes WeChatPayClient client) {
    client.close();
  }

  static MerchantConfig merchantConfig(WeChatPaySettings settings) {
    MerchantConfig.Builder builder =
        MerchantConfig.builder()
            .apiVersion(settings.apiVersion())
            .baseUrl(settings.baseUrl())
            .appId(settings.appId())
            .mchId(settings.mchId())
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout());
    if (settings.apiVersion() == ApiVersion.V2) {
      return builder.v2(v2Credentials(settings.v2())).build();
    }
    return builder.v3(v3Credentials(settings.v3())).build();
  }

  private static V2Credentials v2Credentials(WeChatPaySettings.V2 v2) {
    SignType signType =
        SignType.fromWireName(v2.signType())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Invalid wechatpay.v2.sign-type ["
                            + v2.signType()
                            + "]: use MD5 or HMAC-SHA256"));
    return new V2Credentials(required(v2.apiKey(), "wechatpay.v2.api-key"), signType);
  }

  private static V3Credentials v3Credentials(WeChatPaySettings.V3 v3) {
    return V3Credentials.load(
        required(v3.apiKey(), "wechatpay.v3.api-key"),
        required(v3.merchantPrivateKey(), "wechatpay.v3.merchant-private-key"),
        required(v3.merchantSerialNumber(), "wechatpay.v3.merchant-serial-number"),
        required(v3.platformPublicKey(), "wechatpay.v3.platform-public-key"),
        required(v3.platformPublicKeyId(), "wechatpay.v3.platform-public-key-id"),
        List.of());
  }

  private static String required(java.util.Optional<String> value, String property) {
    return value.orElseThrow(() -> new IllegalArgumentException("Missing " + property));
  }
}
