package dev.apppay.simulator.v3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.apppay.simulator.ApiVersion;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.order.FieldRules;
import dev.apppay.simulator.order.OrderRequest;
import dev.apppay.simulator.store.StateFile;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Turns a verified {@code POST /v3/pay/transactions/app} body into an order request. */
final class V3OrderRequests {

  private static final Duration MIN_PAYMENT_WINDOW = Duration.ofMinutes(1);
  private static final ObjectMapper SORTED =
      StateFile.MAPPER.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final SimulatorCredentials credentials;
  private final SimulatorClock clock;

  V3OrderRequests(SimulatorCredentials credentials, SimulatorClock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  OrderRequest parse(JsonNode body, String mchId) throws V3Error {
    String appId = requiredText(body, "appid", 32);
    String bodyMchId = requiredText(body, "mchid", 32);
    String description = requiredText(body, "description", 127);
    String outTradeNo = requiredText(body, "out_trade_no", 32);
    String notifyUrl = requiredText(body, "notify_url", 255);
    String attach = optionalText(body, "attach", 128);
    long total = total(body);
    String currency = currency(body);

    checkMerchant(appId, bodyMchId, mchId);
    checkFormats(outTradeNo, notifyUrl, description, attach);
    return new OrderRequest(
        ApiVersion.V3,
        appId,
        mchId,
        outTradeNo,
        description,
        attach,
        total,
        currency,
        notifyUrl,
        null,
        canonical(body),
        timeExpire(body));
  }

  private void checkMerchant(String appId, String bodyMchId, String mchId) throws V3Error {
    if (!bodyMchId.equals(mchId)) {
      throw V3Error.paramError("/mchid", "body", "mchid differs from the Authorization mchid");
    }
    if (!appId.equals(credentials.appId())) {
      throw new V3Error(400, "APPID_MCHID_NOT_MATCH", "AppID和mch_id不匹配");
    }
  }

  private static void checkFormats(
      String outTradeNo, String notifyUrl, String description, String attach) throws V3Error {
    if (!FieldRules.isOutTradeNo(outTradeNo)) {
      throw V3Error.paramError(
          "/out_trade_no", "body", "must be 6 to 32 characters of 0-9 a-z A-Z _ - | *");
    }
    if (!FieldRules.isNotifyUrl(notifyUrl)) {
      throw V3Error.paramError(
          "/notify_url", "body", "must be an http or https URL without a query string");
    }
    if (FieldRules.hasFourByteCharacters(description) || FieldRules.hasFourByteCharacters(attach)) {
      throw V3Error.paramError(
          "/description", "body", "characters of 4 UTF-8 bytes (such as emoji) are not accepted");
    }
  }

  private static long total(JsonNode body) throws V3Error {
    JsonNode total = body.path("amount").path("total");
    if (!total.isIntegralNumber() || total.asLong() <= 0) {
      throw V3Error.paramError("/amount/total", "body", "must be a positive integer number of fen");
    }
    return total.asLong();
  }

  private static String currency(JsonNode body) throws V3Error {
    JsonNode currency = body.path("amount").path("currency");
    if (currency.isMissingNode() || currency.isNull()) {
      return "CNY";
    }
    if (!"CNY".equals(currency.asText())) {
      throw V3Error.paramError("/amount/currency", "body", "Currency code is invalid");
    }
    return "CNY";
  }

  private Instant timeExpire(JsonNode body) throws V3Error {
    String value = optionalText(body, "time_expire", 64);
    if (value == null) {
      return null;
    }
    Instant expire;
    try {
      expire = OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw V3Error.paramError("/time_expire", "body", "must be RFC 3339 with an offset");
    }
    if (expire.isBefore(clock.now().plus(MIN_PAYMENT_WINDOW))) {
      throw V3Error.paramError("/time_expire", "body", "must be at least 1 minute after now");
    }
    return expire;
  }

  private static String requiredText(JsonNode body, String name, int maxLength) throws V3Error {
    String value = optionalText(body, name, maxLength);
    if (value == null || value.isEmpty()) {
      throw V3Error.paramError("/" + name, "body", "is missing");
    }
    return value;
  }

  private static String optionalText(JsonNode body, String name, int maxLength) throws V3Error {
    JsonNode node = body.path(name);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw V3Error.paramError("/" + name, "body", "must be a string");
    }
    if (node.asText().length() > maxLength) {
      throw V3Error.paramError("/" + name, "body", "is longer than " + maxLength + " characters");
    }
    return node.asText();
  }

  /**
   * Serializes the body with keys sorted at every level, so key order does not make orders differ.
   */
  private static String canonical(JsonNode body) {
    try {
      Object tree = SORTED.treeToValue(body, Object.class);
      return SORTED.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A parsed JSON body failed to serialize again", e);
    }
  }
}
