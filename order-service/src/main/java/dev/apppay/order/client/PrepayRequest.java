package dev.apppay.order.client;

import java.time.Instant;

/**
 * The body of prepay-service's {@code POST /prepays}. A retry for the same order must send the same
 * values, apart from {@code clientIp}, or prepay-service rejects it as another order.
 *
 * @param expiresAt the last moment the user may pay, in whole seconds
 */
public record PrepayRequest(
    String outTradeNo,
    String description,
    long amountFen,
    String currency,
    String clientIp,
    Instant expiresAt) {}
