package dev.apppay.simulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.store.StateFile;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;

/** JSON reading and writing for the control API. */
final class ControlJson {

  private ControlJson() {}

  static JsonNode read(RoutingContext context) throws ControlError {
    Buffer body = context.body().buffer();
    if (body == null || body.length() == 0) {
      throw new ControlError(400, "INVALID_REQUEST", "Request body must be a JSON object");
    }
    try {
      JsonNode json = StateFile.MAPPER.readTree(body.getBytes());
      if (json == null || !json.isObject()) {
        throw new ControlError(400, "INVALID_REQUEST", "Request body must be a JSON object");
      }
      return json;
    } catch (IOException e) {
      throw new ControlError(400, "INVALID_REQUEST", "Request body is not valid JSON");
    }
  }

  /** Reads an optional JSON object body; an empty body reads as an empty object. */
  static JsonNode readOptional(RoutingContext context) throws ControlError {
    Buffer body = context.body().buffer();
    if (body == null || body.length() == 0) {
      return StateFile.MAPPER.createObjectNode();
    }
    return read(context);
  }

  static <T> T read(RoutingContext context, Class<T> type) throws ControlError {
    JsonNode json = read(context);
    try {
      return StateFile.MAPPER.treeToValue(json, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String reason =
          e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      throw new ControlError(400, "INVALID_REQUEST", "Invalid " + type.getSimpleName() + reason);
    }
  }

  static void send(RoutingContext context, int status, Object body) {
    try {
      byte[] bytes = StateFile.MAPPER.writeValueAsBytes(body);
      context
          .response()
          .setStatusCode(status)
          .putHeader("Content-Type", "application/json")
          .end(Buffer.buffer(bytes));
    } catch (JsonProcessingException e) {
      context.fail(e);
    }
  }

  static void sendError(RoutingContext context, ControlError error, boolean userAction) {
    send(context, error.status(), error.body(userAction));
  }
}
