package dev.apppay.notify.service;

import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Checks that a verified payment belongs to this merchant and is complete. */
@ApplicationScoped
public class PaymentChecks {

  private final MerchantConfig merchant;

  public PaymentChecks(MerchantConfig merchant) {
    this.merchant = merchant;
  }

  /** Returns why the payment must be rejected, or empty when it can be recorded. */
  public Optional<String> rejection(Transaction payment) {
    if (!merchant.appId().equals(payment.appId())) {
      return Optional.of("appid does not match this merchant");
    }
    if (!merchant.mchId().equals(payment.mchId())) {
      return Optional.of("mch_id does not match this merchant");
    }
    if (isBlank(payment.transactionId())) {
      return Optional.of("transaction_id is missing");
    }
    if (payment.successTime() == null) {
      return Optional.of("payment time is missing");
    }
    if (payment.total() <= 0) {
      return Optional.of("amount is not positive");
    }
    return Optional.empty();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
