package dev.apppay.notify.service;

import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.util.WeChatIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks that a verified payment belongs to this merchant, is complete and is well formed. */
@ApplicationScoped
public class PaymentChecks {

  /** WeChat Pay order numbers: digits, at most 32, the limit {@code OrderNumbers} also uses. */
  private static final Pattern TRANSACTION_ID = Pattern.compile("[0-9]{1,32}");

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

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
    Optional<String> invalidField = invalidField(payment);
    if (invalidField.isPresent()) {
      return invalidField;
    }
    if (payment.successTime() == null) {
      return Optional.of("payment time is missing");
    }
    if (payment.total() <= 0) {
      return Optional.of("amount is not positive");
    }
    return Optional.empty();
  }

  /**
   * Checks the shape of every stored string that is not compared with this merchant's ids, so a
   * malformed notification is rejected before it reaches the database, which rejects NUL in text.
   */
  private static Optional<String> invalidField(Transaction payment) {
    if (!TRANSACTION_ID.matcher(payment.transactionId()).matches()) {
      return Optional.of("transaction_id must be 1-32 digits");
    }
    if (!WeChatIds.isValidOutTradeNo(payment.outTradeNo())) {
      return Optional.of("out_trade_no must be 6-32 characters of 0-9 a-z A-Z _ - | *");
    }
    if (payment.currency() == null || !CURRENCY.matcher(payment.currency()).matches()) {
      return Optional.of("currency must be 3 capital letters");
    }
    return Optional.empty();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
