package dev.apppay.prepay.service;

import dev.apppay.prepay.Prepay;
import dev.apppay.wechatpay.AppPayParameters;

/**
 * A live prepay with freshly signed app parameters.
 *
 * @param created whether WeChat Pay issued the prepay id for this request, rather than an earlier
 *     identical one
 */
public record PrepayResult(Prepay prepay, AppPayParameters appParameters, boolean created) {}
