package dev.apppay.wechatpay.v3;

/** The JSON body of a v3 error status: {@code {"code":"PARAM_ERROR","message":"..."}}. */
public record ErrorBody(String code, String message) {}
