package dev.apppay.wechatpay.quarkus;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.credential.V2Credentials;
import dev.apppay.wechatpay.credential.V3Credentials;
import dev.apppay.wechatpay.v2.SignType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Builds the library's {@link MerchantConfig} from the {@code wechatpay.*} properties. The selected
 * API version's credentials are required. The other version's are loaded too when they are
 * complete, so notify-service can verify both kinds of notification during a migration.
 *
 * <p>Every failure is a {@link WeChatPayConfigurationException} that names the property and, for a
 * missing one, its environment variable. Messages never contain a key.
 */
public final class MerchantConfigFactory {

  private MerchantConfigFactory() {}

  /** Validates the settings and builds the merchant configuration. */
  public static MerchantConfig create(WeChatPaySettings settings) {
    ApiVersion version = settings.apiVersion();
    V2Credentials v2 = V2CredentialsReader.read(settings.v2(), version == ApiVersion.V2);
    V3Credentials v3 = V3CredentialsReader.read(settings.v3(), version == ApiVersion.V3);

    return MerchantConfig.builder()
        .apiVersion(version)
        .baseUrl(baseUrl(settings.baseUrl()))
        .appId(requireText("wechatpay.app-id", settings.appId()))
        .mchId(requireText("wechatpay.mch-id", settings.mchId()))
        .v2(v2)
        .v3(v3)
        .connectTimeout(positive("wechatpay.connect-timeout", settings.connectTimeout()))
        .readTimeout(positive("wechatpay.read-timeout", settings.readTimeout()))
        .build();
  }

  /** Returns the notify URL, which prepay-service sends with every unified order. */
  public static String notifyUrl(WeChatPaySettings settings) {
    String value =
        settings
            .notifyUrl()
            .filter(url -> !url.isBlank())
            .orElseThrow(() -> missing("wechatpay.notify-url", "every unified order needs it"));
    URI uri = parse("wechatpay.notify-url", value);
    if (uri.getRawQuery() != null) {
      throw invalid("wechatpay.notify-url", value, "WeChat Pay rejects a query string");
    }
    return value;
  }

  static String baseUrl(String value) {
    parse("wechatpay.base-url", value);
    return value;
  }

  private static URI parse(String property, String value) {
    try {
      URI uri = new URI(value);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!web || uri.getHost() == null) {
        throw invalid(property, value, "expected an absolute http or https URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw invalid(property, value, e.getMessage());
    }
  }

  static String requireText(String property, String value) {
    if (value == null || value.isBlank()) {
      throw missing(property, "it is always required");
    }
    return value.strip();
  }

  private static Duration positive(String property, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw invalid(property, value.toString(), "expected a positive duration such as 5s");
    }
    return value;
  }

  static SignType signType(String value) {
    return SignType.fromWireName(value)
        .orElseThrow(() -> invalid("wechatpay.v2.sign-type", value, "expected MD5 or HMAC-SHA256"));
  }

  /** Creates the error for a missing property, naming the environment variable that sets it. */
  static WeChatPayConfigurationException missing(String property, String reason) {
    return new WeChatPayConfigurationException(
        "Missing configuration property "
            + property
            + " (environment variable "
            + environmentName(property)
            + "): "
            + reason);
  }

  /** Creates the error for an invalid value that is not secret, quoting the value. */
  static WeChatPayConfigurationException invalid(String property, String value, String reason) {
    return new WeChatPayConfigurationException(
        "Invalid configuration property " + property + " [" + value + "]: " + reason);
  }

  /** Creates the error for an invalid secret value, which the message never quotes. */
  static WeChatPayConfigurationException invalidSecret(
      String property, String reason, Throwable cause) {
    return new WeChatPayConfigurationException(
        "Invalid configuration property " + property + ": " + reason, cause);
  }

  static String environmentName(String property) {
    return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
