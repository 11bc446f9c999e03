package dev.apppay.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.credential.V2Credentials;
import dev.apppay.wechatpay.credential.V3Credentials;
import dev.apppay.wechatpay.v2.SignType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MerchantConfigTest {

  @TempDir Path directory;

  @Test
  void v2ConfigDefaultsTimeouts() {
    MerchantConfig config = v2Builder().build();

    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.v2().signType()).isEqualTo(SignType.MD5);
  }

  @Test
  void toStringHidesV2Key() {
    assertThat(v2Builder().build().toString())
        .doesNotContain(Vectors.V2_KEY)
        .contains("apiKey=***")
        .contains(Vectors.MCH_ID);
  }

  @Test
  void toStringHidesV3Secrets() {
    MerchantConfig config = v3Builder(v3Credentials()).build();

    assertThat(config.toString())
        .doesNotContain(Vectors.V3_KEY)
        .doesNotContain("PRIVATE")
        .doesNotContain("MIIE")
        .contains(Vectors.OFFICIAL_SERIAL);
  }

  @Test
  void v3CredentialsLoadFromFiles() throws Exception {
    Path key =
        Files.write(
            directory.resolve("apiclient_key.pem"), Vectors.bytes("official-merchant-key.pem"));
    Path publicKey =
        Files.write(
            directory.resolve("pub_key.pem"), Vectors.bytes("simulated-platform-public-key.pem"));

    V3Credentials credentials =
        V3Credentials.load(
            Vectors.V3_KEY,
            key.toString(),
            Vectors.OFFICIAL_SERIAL,
            publicKey.toString(),
            Vectors.PLATFORM_KEY_ID,
            List.of());

    assertThat(credentials.platformKeys().find(Vectors.PLATFORM_KEY_ID)).isPresent();
    assertThat(credentials.merchantPrivateKey()).isEqualTo(Vectors.officialMerchantKey());
  }

  @Test
  void v3CredentialsNeedPlatformKey() {
    assertThatThrownBy(
            () ->
                V3Credentials.load(
                    Vectors.V3_KEY,
                    Vectors.text("official-merchant-key.pem"),
                    Vectors.OFFICIAL_SERIAL,
                    null,
                    null,
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Configure a WeChat Pay public key or platform certificate");
  }

  @Test
  void publicKeyWithoutIdRejected() {
    assertThatThrownBy(
            () ->
                V3Credentials.load(
                    Vectors.V3_KEY,
                    Vectors.text("official-merchant-key.pem"),
                    Vectors.OFFICIAL_SERIAL,
                    Vectors.text("simulated-platform-public-key.pem"),
                    "",
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WeChat Pay public key needs its id (PUB_KEY_ID_...)");
  }

  @Test
  void shortApiV3KeyRejected() {
    assertThatThrownBy(
            () ->
                V3Credentials.load(
                    "short",
                    Vectors.text("official-merchant-key.pem"),
                    Vectors.OFFICIAL_SERIAL,
                    Vectors.text("simulated-platform-public-key.pem"),
                    Vectors.PLATFORM_KEY_ID,
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("APIv3 key must be 32 ASCII characters");
  }

  @Test
  void v3WithoutCredentialsRejected() {
    assertThatThrownBy(() -> v3Builder(null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("API version V3 needs V3 credentials");
  }

  @Test
  void relativeBaseUrlRejected() {
    assertThatThrownBy(() -> v2Builder().baseUrl("/pay").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Base URL must be absolute");
  }

  @Test
  void zeroTimeoutRejected() {
    assertThatThrownBy(() -> v2Builder().readTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Read timeout must be positive");
  }

  private static MerchantConfig.Builder v2Builder() {
    return MerchantConfig.builder()
        .apiVersion(ApiVersion.V2)
        .baseUrl("https://api.mch.weixin.qq.com")
        .appId(Vectors.APP_ID)
        .mchId(Vectors.MCH_ID)
        .v2(new V2Credentials(Vectors.V2_KEY, null));
  }

  private static MerchantConfig.Builder v3Builder(V3Credentials credentials) {
    return MerchantConfig.builder()
        .apiVersion(ApiVersion.V3)
        .baseUrl("https://api.mch.weixin.qq.com")
        .appId(Vectors.APP_ID)
        .mchId(Vectors.OFFICIAL_MCH_ID)
        .v3(credentials);
  }

  private static V3Credentials v3Credentials() {
    return V3Credentials.load(
        Vectors.V3_KEY,
        Vectors.text("official-merchant-key.pem"),
        Vectors.OFFICIAL_SERIAL,
        Vectors.text("simulated-platform-public-key.pem"),
        Vectors.PLATFORM_KEY_ID,
        List.of());
  }
}
