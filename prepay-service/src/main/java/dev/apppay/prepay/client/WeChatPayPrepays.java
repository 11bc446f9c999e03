package dev.apppay.prepay.client;

import dev.apppay.prepay.service.PrepayParameters;
import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.AppPrepay;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.client.WeChatPayClient;
import dev.apppay.wechatpay.quarkus.MerchantConfigFactory;
import dev.apppay.wechatpay.quarkus.WeChatPaySettings;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Creates prepays at WeChat Pay and signs app parameters, in the configured API version. It is
 * created at startup, so a missing {@code wechatpay.notify-url} stops the service at once.
 */
@Startup
@ApplicationScoped
public class WeChatPayPrepays {

  private static final Logger LOG = Logger.getLogger(WeChatPayPrepays.class);

  private final WeChatPayClient client;
  private final MerchantConfig merchant;
  private final String notifyUrl;

  public WeChatPayPrepays(
      WeChatPayClient client, MerchantConfig merchant, WeChatPaySettings settings) {
    this.client = client;
    this.merchant = merchant;
    this.notifyUrl = MerchantConfigFactory.notifyUrl(settings);
  }

  /**
   * Calls the unified order API and returns the prepay id.
   *
   * @return a Uni that fails with {@link dev.apppay.prepay.service.PrepayFailedException} when
   *     WeChat Pay rejects the order or fails
   */
  public Uni<String> create(PrepayParameters parameters) {
    AppPrepayRequest request =
        new AppPrepayRequest(
            parameters.outTradeNo(),
            parameters.description(),
            parameters.amountFen(),
            parameters.clientIp(),
            notifyUrl,
            null,
            parameters.expiresAt());
    return client
        .createAppPrepay(request)
        .map(AppPrepay::prepayId)
        .onFailure()
        .invoke(
            error ->
                LOG.warnf(
                    "Unified order failed for order %s: %s",
                    parameters.outTradeNo(), error.getMessage()))
        .onFailure()
        .transform(WeChatPayErrors::toPrepayFailure);
  }

  /** Signs the app parameters of a prepay id with a fresh nonce and timestamp. */
  public AppPayParameters sign(String prepayId) {
    return client.signAppParameters(prepayId);
  }

  public ApiVersion apiVersion() {
    return merchant.apiVersion();
  }

  public String appId() {
    return merchant.appId();
  }

  public String mchId() {
    return merchant.mchId();
  }
}
