package dev.apppay.wechatpay.v3;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.apppay.wechatpay.MalformedReplyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON mapping of the v3 bodies: snake_case names, null fields left out, unknown fields ignored
 * because WeChat Pay adds fields over time.
 */
public final class V3Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private V3Json() {}

  /** Serializes a body to UTF-8 JSON bytes. */
  public static byte[] write(Object body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot serialize " + body.getClass().getSimpleName(), e);
    }
  }

  /**
   * Parses UTF-8 JSON bytes.
   *
   * @throws MalformedReplyException when the bytes are not JSON of the expected shape
   */
  public static <T> T read(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new MalformedReplyException(
          "Body is not a valid " + type.getSimpleName() + ": " + originalMessage(e), e);
    }
  }

  private static String originalMessage(IOException e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }

  /** Parses JSON text. */
  public static <T> T read(String json, Class<T> type) {
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }
}
