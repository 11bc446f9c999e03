package dev.apppay.order.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes the JSON text of the order's {@code items} and {@code app_params} columns. */
final class JsonColumns {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonColumns() {}

  static String write(Object value) {
    try {
      return value == null ? null : MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write column value as JSON", e);
    }
  }

  static <T> T read(String text, TypeReference<T> type) {
    try {
      return text == null ? null : MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored column value is not the expected JSON", e);
    }
  }
}
