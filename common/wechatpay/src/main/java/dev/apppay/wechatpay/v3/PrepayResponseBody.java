package dev.apppay.wechatpay.v3;

/** The JSON body of a successful APP prepay: {@code {"prepay_id":"wx..."}}. */
public record PrepayResponseBody(String prepayId) {}
