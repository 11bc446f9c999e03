package dev.apppay.order.service;

import dev.apppay.events.PaymentSucceeded;
import dev.apppay.order.Order;
import dev.apppay.order.config.MerchantAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares a reported payment with what the order charged and which merchant charged it. */
final class PaymentCheck {

  private PaymentCheck() {}

  /** Returns the names of the fields that differ, empty when the payment matches. */
  static List<String> mismatches(Order order, PaymentSucceeded payment, MerchantAccount merchant) {
    List<String> fields = new ArrayList<>();
    if (payment.amountFen() != order.amountFen) {
      fields.add("amountFen");
    }
    if (!OrderPlacement.CURRENCY.equals(payment.currency())
        || !order.currency.equals(payment.currency())) {
      fields.add("currency");
    }
    if (!Objects.equals(merchant.appId(), payment.appId())) {
      fields.add("appId");
    }
    if (!Objects.equals(merchant.mchId(), payment.mchId())) {
      fields.add("mchId");
    }
    return fields;
  }
}
