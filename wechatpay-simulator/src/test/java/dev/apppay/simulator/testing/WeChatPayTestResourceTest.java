package dev.apppay.simulator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeChatPayTestResourceTest {

  @Test
  void resourceStartsSimulatorAndSetsProperties() throws Exception {
    WeChatPayTestResource resource = new WeChatPayTestResource();
    resource.init(Map.of("apiVersion", "V3"));
    Map<String, String> properties = resource.start();
    try {
      assertThat(properties)
          .containsOnlyKeys(
              "wechatpay.base-url",
              "wechatpay.app-id",
              "wechatpay.mch-id",
              "wechatpay.v2.api-key",
              "wechatpay.v3.api-key",
              "wechatpay.v3.merchant-private-key",
              "wechatpay.v3.merchant-serial-number",
              "wechatpay.v3.platform-public-key",
              "wechatpay.v3.platform-public-key-id",
              "wechatpay.api-version");
      assertThat(properties.get("wechatpay.v3.platform-public-key-id")).startsWith("PUB_KEY_ID_");
      assertThat(properties.get("wechatpay.v3.platform-public-key"))
          .startsWith("-----BEGIN PUBLIC KEY-----");
      assertThat(properties.get("wechatpay.api-version")).isEqualTo("V3");
      assertThat(WeChatPayTestResource.simulator().baseUrl())
          .isEqualTo(properties.get("wechatpay.base-url"));

      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(properties.get("wechatpay.base-url") + "/simulator/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    } finally {
      resource.stop();
    }
    assertThat(WeChatPayTestResource.simulator()).isNull();
  }
}
