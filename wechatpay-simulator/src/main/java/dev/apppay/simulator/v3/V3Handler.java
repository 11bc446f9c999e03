package dev.apppay.simulator.v3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.fault.ApiFaultGate;
import dev.apppay.simulator.fault.ApiOperation;
import dev.apppay.simulator.store.StateFile;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;

/**
 * One v3 endpoint: authenticates the request, parses a JSON body when the endpoint has one, runs
 * the operation under the fault in force and writes the signed reply.
 */
final class V3Handler implements Handler<RoutingContext> {

  private static final Logger LOG = Logger.getLogger(V3Handler.class);

  /** The business part of an endpoint; {@code body} is null for endpoints without a body. */
  interface Operation {
    V3Result apply(RoutingContext context, String mchId, JsonNode body) throws V3Error;
  }

  private final ApiOperation kind;
  private final BiFunction<RoutingContext, JsonNode, String> outTradeNoOf;
  private final Operation operation;
  private final boolean hasBody;
  private final V3Authenticator authenticator;
  private final V3Replies replies;
  private final ApiFaultGate faultGate;

  V3Handler(
      ApiOperation kind,
      BiFunction<RoutingContext, JsonNode, String> outTradeNoOf,
      Operation operation,
      boolean hasBody,
      V3Authenticator authenticator,
      V3Replies replies,
      ApiFaultGate faultGate) {
    this.kind = kind;
    this.outTradeNoOf = outTradeNoOf;
    this.operation = operation;
    this.hasBody = hasBody;
    this.authenticator = authenticator;
    this.replies = replies;
    this.faultGate = faultGate;
  }

  @Override
  public void handle(RoutingContext context) {
    Buffer buffer = context.body().buffer();
    byte[] body = buffer == null ? new byte[0] : buffer.getBytes();
    String mchId;
    JsonNode json;
    try {
      mchId = authenticator.authenticate(context.request(), body);
      json = hasBody ? parse(body) : null;
    } catch (V3Error e) {
      LOG.infof(
          "Rejected v3 %s %s: %s", context.request().method(), context.request().path(), e.code());
      replies.sendError(context, e);
      return;
    }
    faultGate.run(
        context,
        outTradeNoOf.apply(context, json),
        kind,
        () -> reply(context, mchId, json),
        () -> replies.sendError(context, new V3Error(500, "SYSTEM_ERROR", "系统错误")));
  }

  private Runnable reply(RoutingContext context, String mchId, JsonNode json) {
    try {
      V3Result result = operation.apply(context, mchId, json);
      return () -> replies.send(context, result.status(), result.body());
    } catch (V3Error e) {
      LOG.infof("v3 %s failed: %s", kind, e.code());
      return () -> replies.sendError(context, e);
    }
  }

  private static JsonNode parse(byte[] body) throws V3Error {
    try {
      JsonNode json = StateFile.MAPPER.readTree(body);
      if (json == null || !json.isObject()) {
        throw V3Error.paramError("/", "body", "body must be a JSON object");
      }
      return json;
    } catch (IOException e) {
      throw V3Error.paramError("/", "body", "body is not valid JSON");
    }
  }
}
