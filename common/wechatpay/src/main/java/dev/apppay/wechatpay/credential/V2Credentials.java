package dev.apppay.wechatpay.credential;

import dev.apppay.wechatpay.v2.SignType;

/**
 * The API v2 secrets of a merchant.
 *
 * @param apiKey the APIv2 key (32 ASCII characters)
 * @param signType the algorithm for requests and APP parameters; MD5 when null
 */
public record V2Credentials(String apiKey, SignType signType) {

  public V2Credentials {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("Missing APIv2 key");
    }
    signType = signType == null ? SignType.MD5 : signType;
  }

  @Override
  public String toString() {
    return "V2Credentials[apiKey=***, signType=" + signType + "]";
  }
}
