package dev.apppay.order.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The merchant's WeChat Pay ids, which every payment must name. They are the same {@code
 * wechatpay.app-id} and {@code wechatpay.mch-id} that prepay-service charges with.
 */
@ApplicationScoped
public class MerchantAccount {

  private final String appId;
  private final String mchId;

  public MerchantAccount(
      @ConfigProperty(name = "wechatpay.app-id") String appId,
      @ConfigProperty(name = "wechatpay.mch-id") String mchId) {
    this.appId = appId;
    this.mchId = mchId;
  }

  public String appId() {
    return appId;
  }

  public String mchId() {
    return mchId;
  }
}
