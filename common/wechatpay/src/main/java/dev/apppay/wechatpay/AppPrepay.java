package dev.apppay.wechatpay;

/**
 * A created prepay order.
 *
 * @param prepayId the prepay session id, valid for 2 hours
 */
public record AppPrepay(String prepayId) {}
