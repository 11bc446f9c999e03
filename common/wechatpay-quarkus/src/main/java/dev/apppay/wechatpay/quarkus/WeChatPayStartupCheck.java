package dev.apppay.wechatpay.quarkus;

import dev.apppay.wechatpay.MerchantConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Validates the {@code wechatpay.*} properties at startup and logs the merchant, never a key. */
@Singleton
public class WeChatPayStartupCheck {

  private static final Logger LOG = Logger.getLogger(WeChatPayStartupCheck.class);

  void onStart(@Observes StartupEvent event, MerchantConfig config) {
    LOG.infof(
        "WeChat Pay API %s for merchant %s and AppID %s at %s (v2 credentials: %s, v3: %s)",
        config.apiVersion(),
        config.mchId(),
        config.appId(),
        config.baseUrl(),
        config.v2() != null,
        config.v3() != null);
  }
}
