package dev.apppay.order.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apppay.order.service.InvalidRequestException;

/** Parses request bodies, rejecting anything but one JSON object. */
final class JsonBodies {

  static final String BODY = "body";
  // A repeated key is rejected, because Jackson would otherwise keep the last value silently.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private JsonBodies() {}

  static JsonNode parseObject(String body) {
    JsonNode json = parse(body);
    if (json == null || !json.isObject()) {
      throw new InvalidRequestException(BODY, "Request body must be a JSON object");
    }
    return json;
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(BODY, "Request body is not valid JSON");
    }
  }

  /** Returns the field's value, failing when it is absent or null. */
  static JsonNode required(JsonNode json, String name, String path) {
    JsonNode value = json.get(name);
    if (value == null || value.isNull()) {
      throw new InvalidRequestException(path, path + " is missing");
    }
    return value;
  }

  static String requiredText(JsonNode json, String name, String path) {
    JsonNode value = required(json, name, path);
    if (!value.isTextual()) {
      throw new InvalidRequestException(path, path + " must be a string");
    }
    return value.asText();
  }

  /** Returns the field's integer value within {@code [min, max]}. */
  static long requiredInteger(JsonNode json, String name, String path, long min, long max) {
    JsonNode value = required(json, name, path);
    if (!value.isIntegralNumber()) {
      throw new InvalidRequestException(path, path + " must be an integer");
    }
    if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
      throw new InvalidRequestException(
          path, path + " must be between " + min + " and " + max + ", got " + value.asText());
    }
    return value.asLong();
  }
}
