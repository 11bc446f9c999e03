package dev.apppay.notify;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;

/** The merchant settings of the application under test, read from its configuration. */
record TestMerchant(
    String appId,
    String mchId,
    String v2ApiKey,
    String v3ApiKey,
    String platformPrivateKey,
    String platformPublicKeyId,
    String simulatorUrl) {

  /** Reads the settings; call from a {@link QuarkusTest}. */
  static TestMerchant fromConfig() {
    var config = ConfigProvider.getConfig();
    return new TestMerchant(
        config.getValue("wechatpay.app-id", String.class),
        config.getValue("wechatpay.mch-id", String.class),
        config.getValue("wechatpay.v2.api-key", String.class),
        config.getValue("wechatpay.v3.api-key", String.class),
        config.getValue(NotifySimulatorResource.PLATFORM_PRIVATE_KEY, String.class),
        config.getValue("wechatpay.v3.platform-public-key-id", String.class),
        config.getValue("wechatpay.base-url", String.class));
  }
}
