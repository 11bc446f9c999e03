package dev.apppay.wechatpay.quarkus;

import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.client.WeChatPayClient;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * CDI beans built from {@link WeChatPaySettings}: the merchant configuration, the non-blocking
 * client on the application's Vert.x instance, and the notification verifiers. Each is created on
 * first use, and {@link WeChatPayStartupCheck} creates the configuration at startup so that a bad
 * property stops the service before it takes traffic.
 */
@Singleton
public class WeChatPayProducers {

  @Produces
  @Singleton
  MerchantConfig merchantConfig(WeChatPaySettings settings) {
    return MerchantConfigFactory.create(settings);
  }

  @Produces
  @Singleton
  WeChatPayClient client(Vertx vertx, MerchantConfig config) {
    return WeChatPayClient.create(vertx, config);
  }

  void closeClient(@Disposes WeChatPayClient client) {
    client.close();
  }

  @Produces
  @Singleton
  NotificationVerifiers notificationVerifiers(MerchantConfig config) {
    return NotificationVerifiers.create(config, Clock.systemUTC());
  }
}
