package dev.apppay.simulator.v2;

import static dev.apppay.simulator.v2.V2Checks.paramError;

import dev.apppay.simulator.ApiVersion;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.order.FieldRules;
import dev.apppay.simulator.order.IdGenerator;
import dev.apppay.simulator.order.OrderRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** Turns a verified {@code /pay/unifiedorder} request into an order request, checking fields. */
final class V2OrderRequests {

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final Duration MIN_PAYMENT_WINDOW = Duration.ofMinutes(1);

  private final SimulatorCredentials credentials;
  private final SimulatorClock clock;

  V2OrderRequests(SimulatorCredentials credentials, SimulatorClock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  OrderRequest parse(V2Request request) throws V2BusinessError {
    V2Checks.requireBoundAppId(request, credentials);
    V2Checks.require(
        request,
        "nonce_str",
        "body",
        "out_trade_no",
        "total_fee",
        "spbill_create_ip",
        "notify_url",
        "trade_type");
    checkFormats(request);

    long total = FieldRules.positiveAmount(request.get("total_fee"));
    String currency = request.optional("fee_type") == null ? "CNY" : request.get("fee_type");
    return new OrderRequest(
        ApiVersion.V2,
        request.get("appid"),
        request.get("mch_id"),
        request.get("out_trade_no"),
        request.get("body"),
        request.optional("attach"),
        total,
        currency,
        request.get("notify_url"),
        request.signType().wireName(),
        parameters(request),
        timeExpire(request));
  }

  private void checkFormats(V2Request request) throws V2BusinessError {
    V2Checks.requireMaxLength(request, "nonce_str", 32);
    V2Checks.requireMaxLength(request, "body", 127);
    V2Checks.requireMaxLength(request, "attach", 127);
    V2Checks.requireMaxLength(request, "spbill_create_ip", 64);
    V2Checks.requireOutTradeNo(request);
    if (FieldRules.positiveAmount(request.get("total_fee")) < 0) {
      throw paramError("total_fee must be a positive integer number of fen");
    }
    String feeType = request.optional("fee_type");
    if (feeType != null && !feeType.equals("CNY")) {
      throw paramError("fee_type must be CNY");
    }
    if (!"APP".equals(request.get("trade_type"))) {
      throw paramError("trade_type must be APP");
    }
    if (!FieldRules.isNotifyUrl(request.get("notify_url"))) {
      throw paramError("notify_url must be an http or https URL without a query string");
    }
  }

  private Instant timeExpire(V2Request request) throws V2BusinessError {
    String value = request.optional("time_expire");
    if (value == null) {
      return null;
    }
    Instant expire;
    try {
      expire = LocalDateTime.parse(value, COMPACT).atZone(IdGenerator.BEIJING).toInstant();
    } catch (DateTimeParseException e) {
      throw paramError("time_expire must be yyyyMMddHHmmss");
    }
    if (expire.isBefore(clock.now().plus(MIN_PAYMENT_WINDOW))) {
      throw paramError("time_expire must be at least 1 minute after now");
    }
    return expire;
  }

  /** Joins every business field, so a repeat with any change counts as different parameters. */
  private static String parameters(V2Request request) {
    Map<String, String> business = new HashMap<>(request.fields());
    business.remove("sign");
    business.remove("sign_type");
    business.remove("nonce_str");
    business.values().removeIf(String::isEmpty);
    return FieldRules.canonical(business);
  }
}
