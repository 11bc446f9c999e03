package dev.apppay.wechatpay.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.v2.SignType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MerchantConfigFactoryTest {

  @Test
  void v3SettingsLoadBothVersions() {
    MerchantConfig config = create(TestSettings.complete("V3"));

    assertThat(config.apiVersion()).isEqualTo(ApiVersion.V3);
    assertThat(config.v3().platformKeys().find(TestSettings.PUBLIC_KEY_ID)).isPresent();
    assertThat(config.v2().signType()).isEqualTo(SignType.MD5);
  }

  @Test
  void timeoutsDefaultToFiveAndTenSeconds() {
    MerchantConfig config = create(TestSettings.complete("V2"));

    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void timeoutsAcceptQuarkusDurations() {
    Map<String, String> properties = TestSettings.complete("V2");
    properties.put("wechatpay.connect-timeout", "2s");
    properties.put("wechatpay.read-timeout", "1500ms");

    MerchantConfig config = create(properties);

    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void v2SelectedWithoutV3Credentials() {
    Map<String, String> properties = TestSettings.complete("V2");
    properties.remove("wechatpay.v3.api-key");

    MerchantConfig config = create(properties);

    assertThat(config.v2()).isNotNull();
    assertThat(config.v3()).isNull();
  }

  @Test
  void hmacSignTypeIsRead() {
    Map<String, String> properties = TestSettings.complete("V2");
    properties.put("wechatpay.v2.sign-type", "HMAC-SHA256");

    assertThat(create(properties).v2().signType()).isEqualTo(SignType.HMAC_SHA256);
  }

  @Test
  void missingV2KeyNamesProperty() {
    Map<String, String> properties = TestSettings.complete("V2");
    properties.remove("wechatpay.v2.api-key");

    assertThatThrownBy(() -> create(properties))
        .isInstanceOf(WeChatPayConfigurationException.class)
        .hasMessage(
            "Missing configuration property wechatpay.v2.api-key (environment variable"
                + " WECHATPAY_V2_API_KEY): required when wechatpay.api-version is V2");
  }

  @Test
  void missingV3KeyNamesProperty() {
    Map<String, String> properties = TestSettings.complete("V3");
    properties.remove("wechatpay.v3.merchant-private-key");

    assertThatThrownBy(() -> create(properties))
        .isInstanceOf(WeChatPayConfigurationException.class)
        .hasMessage(
            "Missing configuration property wechatpay.v3.merchant-private-key (environment"
                + " variable WECHATPAY_V3_MERCHANT_PRIVATE_KEY): required when"
                + " wechatpay.api-version is V3");
  }

  @Test
  void missingV3PropertiesAreAllListed() {
    Map<String, String> properties = TestSettings.complete("V3");
    properties.remove("wechatpay.v3.api-key");
    properties.remove("wechatpay.v3.platform-public-key-id");

    assertThatThrownBy(() -> create(properties))
        .hasMessage(
            "Missing configuration properties wechatpay.v3.api-key (WECHATPAY_V3_API_KEY),"
                + " wechatpay.v3.platform-public-key-id (WECHATPAY_V3_PLATFORM_PUBLIC_KEY_ID):"
                + " required when wechatpay.api-version is V3");
  }

  @Test
  void shortV3KeyIsRejectedWithoutValue() {
    Map<String, String> properties = TestSettings.complete("V3");
    properties.put("wechatpay.v3.api-key", "short-secret");

    assertThatThrownBy(() -> create(properties))
        .hasMessage(
            "Invalid configuration property wechatpay.v3.api-key: expected 32 ASCII characters")
        .message()
        .doesNotContain("short-secret");
  }

  @Test
  void invalidPrivateKeyNamesProperty() {
    Map<String, String> properties = TestSettings.complete("V3");
    properties.put("wechatpay.v3.merchant-private-key", "-----BEGIN PUBLIC KEY-----\n-----END");

    assertThatThrownBy(() -> create(properties))
        .hasMessage(
            "Invalid configuration property wechatpay.v3.merchant-private-key: No PEM block of"
                + " type [PRIVATE KEY] found");
  }

  @Test
  void unknownSignTypeIsRejected() {
    Map<String, String> properties = TestSettings.complete("V2");
    properties.put("wechatpay.v2.sign-type", "SHA1");

    assertThatThrownBy(() -> create(properties))
        .hasMessage(
            "Invalid configuration property wechatpay.v2.sign-type [SHA1]: expected MD5 or"
                + " HMAC-SHA256");
  }

  @Test
  void relativeBaseUrlIsRejected() {
    Map<String, String> properties = TestSettings.complete("V2");
    properties.put("wechatpay.base-url", "api.mch.weixin.qq.com");

    assertThatThrownBy(() -> create(properties))
        .hasMessage(
            "Invalid configuration property wechatpay.base-url [api.mch.weixin.qq.com]:"
                + " expected an absolute http or https URL");
  }

  @Test
  void notifyUrlWithQueryIsRejected() {
    Map<String, String> properties = TestSettings.complete("V2");
    properties.put("wechatpay.notify-url", "https://pay.example.com/notify?x=1");
    WeChatPaySettings settings = TestSettings.map(properties);

    assertThatThrownBy(() -> MerchantConfigFactory.notifyUrl(settings))
        .hasMessage(
            "Invalid configuration property wechatpay.notify-url"
                + " [https://pay.example.com/notify?x=1]: WeChat Pay rejects a query string");
  }

  @Test
  void missingNotifyUrlNamesProperty() {
    Map<String, String> properties = TestSettings.complete("V2");
    properties.remove("wechatpay.notify-url");
    WeChatPaySettings settings = TestSettings.map(properties);

    assertThatThrownBy(() -> MerchantConfigFactory.notifyUrl(settings))
        .hasMessage(
            "Missing configuration property wechatpay.notify-url (environment variable"
                + " WECHATPAY_NOTIFY_URL): every unified order needs it");
  }

  @Test
  void toStringShowsNoSecret() {
    Map<String, String> properties = TestSettings.complete("V3");

    String text = create(properties).toString();

    assertThat(text).doesNotContain(TestSettings.V2_KEY);
    assertThat(text).doesNotContain(TestSettings.V3_KEY);
    assertThat(text).doesNotContain("PRIVATE KEY");
  }

  @Test
  void settingsToStringShowsNoSecret() {
    String text = TestSettings.map(TestSettings.complete("V3")).toString();

    assertThat(text).doesNotContain(TestSettings.V2_KEY);
    assertThat(text).doesNotContain(TestSettings.V3_KEY);
    assertThat(text).doesNotContain("PRIVATE KEY");
  }

  private static MerchantConfig create(Map<String, String> properties) {
    return MerchantConfigFactory.create(TestSettings.map(properties));
  }
}
