package dev.apppay.prepay.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apppay.prepay.service.PrepayParameters;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.util.WeChatIds;
import io.netty.util.NetUtil;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Reads and validates the JSON body of {@code POST /prepays}. Every rejection names the field, so
 * order-service can tell which value to fix. Unknown fields are ignored.
 */
final class PrepayRequestReader {

  /** WeChat Pay's limit for {@code body} (v2) and {@code description} (v3). */
  static final int MAX_DESCRIPTION_LENGTH = 127;

  /** WeChat Pay rejects a {@code time_expire} closer than this to the time of the request. */
  static final Duration MIN_TIME_TO_EXPIRY = Duration.ofMinutes(1);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PrepayRequestReader() {}

  /**
   * Parses the body.
   *
   * @throws InvalidRequestException when the body is not JSON or a field is missing or invalid
   */
  static PrepayParameters read(String body) {
    JsonNode json = parse(body);
    return new PrepayParameters(
        outTradeNo(json),
        description(json),
        amountFen(json),
        currency(json),
        clientIp(json),
        expiresAt(json));
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode json = body == null || body.isBlank() ? null : MAPPER.readTree(body);
      if (json == null || !json.isObject()) {
        throw new InvalidRequestException("Request body must be a JSON object");
      }
      return json;
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("Request body is not valid JSON");
    }
  }

  private static String outTradeNo(JsonNode json) {
    String value = requiredText(json, "outTradeNo");
    if (!WeChatIds.isValidOutTradeNo(value)) {
      throw new InvalidRequestException(
          "outTradeNo must be 6 to 32 characters of 0-9, a-z, A-Z, _, -, | and *");
    }
    return value;
  }

  private static String description(JsonNode json) {
    String value = requiredText(json, "description");
    if (value.isBlank()) {
      throw new InvalidRequestException("description must not be blank");
    }
    if (value.length() > MAX_DESCRIPTION_LENGTH) {
      throw new InvalidRequestException(
          "description must be at most 127 characters, got " + value.length());
    }
    if (value.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      throw new InvalidRequestException(
          "description must not contain 4-byte UTF-8 characters such as emoji");
    }
    return value;
  }

  private static long amountFen(JsonNode json) {
    JsonNode value = required(json, "amountFen");
    if (!value.isIntegralNumber()) {
      throw new InvalidRequestException("amountFen must be an integer number of fen");
    }
    if (!value.canConvertToLong() || value.asLong() < 1 || value.asLong() > Integer.MAX_VALUE) {
      throw new InvalidRequestException(
          "amountFen must be between 1 and " + Integer.MAX_VALUE + ", got " + value.asText());
    }
    return value.asLong();
  }

  private static String currency(JsonNode json) {
    if (!json.hasNonNull("currency")) {
      return AppPrepayRequest.CURRENCY;
    }
    String value = requiredText(json, "currency");
    if (!AppPrepayRequest.CURRENCY.equals(value)) {
      throw new InvalidRequestException("currency must be CNY, got " + value);
    }
    return value;
  }

  private static String clientIp(JsonNode json) {
    String value = requiredText(json, "clientIp");
    if (!NetUtil.isValidIpV4Address(value) && !NetUtil.isValidIpV6Address(value)) {
      throw new InvalidRequestException("clientIp must be an IPv4 or IPv6 address, got " + value);
    }
    return value;
  }

  private static Instant expiresAt(JsonNode json) {
    if (!json.hasNonNull("expiresAt")) {
      return null;
    }
    Instant value = parseInstant(requiredText(json, "expiresAt"));
    if (value.isBefore(Instant.now().plus(MIN_TIME_TO_EXPIRY))) {
      throw new InvalidRequestException("expiresAt must be at least 1 minute in the future");
    }
    return value.truncatedTo(ChronoUnit.SECONDS);
  }

  private static Instant parseInstant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "expiresAt must be an ISO-8601 instant such as 2026-12-04T14:00:00Z");
    }
  }

  private static JsonNode required(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidRequestException(field + " is missing");
    }
    return value;
  }

  private static String requiredText(JsonNode json, String field) {
    JsonNode value = required(json, field);
    if (!value.isTextual()) {
      throw new InvalidRequestException(field + " must be a string");
    }
    return value.asText();
  }
}
