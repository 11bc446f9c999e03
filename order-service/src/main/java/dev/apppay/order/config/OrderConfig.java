package dev.apppay.order.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Order settings, under {@code apppay.order}. */
@ConfigMapping(prefix = "apppay.order")
public interface OrderConfig {

  /** How long a new order may be paid; WeChat Pay needs at least 1 minute. */
  @WithDefault("15M")
  Duration expiry();

  /** The largest order amount in fen; larger orders are rejected. */
  @WithDefault("5000000")
  long maxAmountFen();

  /** The shop name at the start of the payment description that WeChat Pay shows. */
  @WithDefault("apppay shop")
  String shopName();
}
