package dev.apppay.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;

/**
 * JSON form of {@link EventEnvelope}: {@code id}, {@code type}, {@code version}, {@code
 * outTradeNo}, {@code occurredAt} and the {@code payload} object.
 *
 * <p>Unknown fields are ignored, so producers may add fields without breaking older consumers.
 */
public final class EventCodec {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private EventCodec() {}

  public static String encode(EventEnvelope envelope) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", envelope.id().toString());
    json.put("type", envelope.type().name());
    json.put("version", envelope.version());
    json.put("outTradeNo", envelope.outTradeNo());
    json.put("occurredAt", envelope.occurredAt().toString());
    json.set("payload", MAPPER.valueToTree(envelope.payload()));
    return json.toString();
  }

  /**
   * Parses one envelope.
   *
   * @throws InvalidEventException when the JSON is malformed, the type is unknown or the version is
   *     newer than this code understands
   */
  public static EventEnvelope decode(String text) {
    try {
      JsonNode json = MAPPER.readTree(text);
      EventType type = EventType.valueOf(required(json, "type").asText());
      int version = required(json, "version").asInt();
      if (version < 1 || version > EventType.CURRENT_VERSION) {
        throw new InvalidEventException("Unsupported version " + version + " of " + type);
      }
      return new EventEnvelope(
          UUID.fromString(required(json, "id").asText()),
          type,
          version,
          required(json, "outTradeNo").asText(),
          Instant.parse(required(json, "occurredAt").asText()),
          MAPPER.treeToValue(required(json, "payload"), type.payloadClass()));
    } catch (JsonProcessingException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new InvalidEventException("Invalid event: " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidEventException("Invalid event: missing field " + field);
    }
    return value;
  }
}
