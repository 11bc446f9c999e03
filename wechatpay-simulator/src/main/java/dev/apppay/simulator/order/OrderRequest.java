package dev.apppay.simulator.order;

import dev.apppay.simulator.ApiVersion;
import java.time.Instant;

/**
 * A validated request to create a prepay order.
 *
 * @param signType v2 signature algorithm ({@code MD5} or {@code HMAC-SHA256}), {@code null} for v3
 * @param parameters canonical business parameters, compared when the out_trade_no is reused
 * @param timeExpire last moment the user may pay, or {@code null}
 */
public record OrderRequest(
    ApiVersion apiVersion,
    String appId,
    String mchId,
    String outTradeNo,
    String description,
    String attach,
    long total,
    String currency,
    String notifyUrl,
    String signType,
    String parameters,
    Instant timeExpire) {}
