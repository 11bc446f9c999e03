package dev.apppay.wechatpay;

import dev.apppay.wechatpay.credential.V2Credentials;
import dev.apppay.wechatpay.credential.V3Credentials;
import java.net.URI;
import java.time.Duration;

/**
 * One merchant's WeChat Pay settings, built by the services from their {@code wechatpay.*}
 * properties. Only the credentials of the chosen API version are required.
 *
 * @param apiVersion V2 or V3
 * @param baseUrl {@code https://api.mch.weixin.qq.com} or the simulator's URL, without a path
 * @param appId the mobile app's AppID
 * @param mchId the merchant id
 * @param v2 API v2 credentials, required for V2
 * @param v3 API v3 credentials, required for V3
 * @param connectTimeout the limit for opening a connection
 * @param readTimeout the limit for waiting on a reply
 */
public record MerchantConfig(
    ApiVersion apiVersion,
    URI baseUrl,
    String appId,
    String mchId,
    V2Credentials v2,
    V3Credentials v3,
    Duration connectTimeout,
    Duration readTimeout) {

  /** Default connect timeout: 5 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** Default read timeout: 10 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  public MerchantConfig {
    require(apiVersion != null, "Missing API version (V2 or V3)");
    require(baseUrl != null && baseUrl.getHost() != null, "Base URL must be absolute");
    require(appId != null && !appId.isBlank(), "Missing AppID");
    require(mchId != null && !mchId.isBlank(), "Missing merchant id");
    require(apiVersion != ApiVersion.V2 || v2 != null, "API version V2 needs V2 credentials");
    require(apiVersion != ApiVersion.V3 || v3 != null, "API version V3 needs V3 credentials");
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    require(
        !connectTimeout.isNegative() && !connectTimeout.isZero(),
        "Connect timeout must be positive");
    require(!readTimeout.isNegative() && !readTimeout.isZero(), "Read timeout must be positive");
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Collects the settings; {@link #build()} validates them. */
  public static final class Builder {
    private ApiVersion apiVersion;
    private URI baseUrl;
    private String appId;
    private String mchId;
    private V2Credentials v2;
    private V3Credentials v3;
    private Duration connectTimeout;
    private Duration readTimeout;

    public Builder apiVersion(ApiVersion value) {
      this.apiVersion = value;
      return this;
    }

    public Builder baseUrl(String value) {
      this.baseUrl = URI.create(value);
      return this;
    }

    public Builder appId(String value) {
      this.appId = value;
      return this;
    }

    public Builder mchId(String value) {
      this.mchId = value;
      return this;
    }

    public Builder v2(V2Credentials value) {
      this.v2 = value;
      return this;
    }

    public Builder v3(V3Credentials value) {
      this.v3 = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    public MerchantConfig build() {
      return new MerchantConfig(
          apiVersion, baseUrl, appId, mchId, v2, v3, connectTimeout, readTimeout);
    }
  }
}
