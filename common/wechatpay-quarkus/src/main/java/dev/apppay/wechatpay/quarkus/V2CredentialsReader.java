package dev.apppay.wechatpay.quarkus;

import dev.apppay.wechatpay.credential.V2Credentials;

/** Reads the {@code wechatpay.v2.*} properties. */
final class V2CredentialsReader {

  private static final String API_KEY = "wechatpay.v2.api-key";

  private V2CredentialsReader() {}

  /** Returns the credentials, or null when they are optional and the API key is not set. */
  static V2Credentials read(WeChatPaySettings.V2 settings, boolean required) {
    String apiKey = settings.apiKey().filter(value -> !value.isBlank()).orElse(null);
    if (apiKey == null) {
      if (required) {
        throw MerchantConfigFactory.missing(API_KEY, "required when wechatpay.api-version is V2");
      }
      return null;
    }
    return new V2Credentials(apiKey, MerchantConfigFactory.signType(settings.signType()));
  }
}
