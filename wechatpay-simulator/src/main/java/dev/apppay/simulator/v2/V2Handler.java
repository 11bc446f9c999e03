package dev.apppay.simulator.v2;

import dev.apppay.simulator.fault.ApiFaultGate;
import dev.apppay.simulator.fault.ApiOperation;
import dev.apppay.wechatpay.xml.XmlCodec;
import dev.apppay.wechatpay.xml.XmlFormatException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One v2 endpoint: reads the XML, checks the method and signature, runs the operation under the
 * fault in force and writes the reply.
 */
final class V2Handler implements Handler<RoutingContext> {

  private static final Logger LOG = Logger.getLogger(V2Handler.class);

  /** The business part of an endpoint; returns the payload of a successful reply. */
  interface Operation {
    Map<String, String> apply(V2Request request) throws V2BusinessError;
  }

  private final ApiOperation kind;
  private final Operation operation;
  private final V2Authenticator authenticator;
  private final V2Replies replies;
  private final XmlCodec codec;
  private final ApiFaultGate faultGate;

  V2Handler(
      ApiOperation kind,
      Operation operation,
      V2Authenticator authenticator,
      V2Replies replies,
      XmlCodec codec,
      ApiFaultGate faultGate) {
    this.kind = kind;
    this.operation = operation;
    this.authenticator = authenticator;
    this.replies = replies;
    this.codec = codec;
    this.faultGate = faultGate;
  }

  @Override
  public void handle(RoutingContext context) {
    V2Request request;
    try {
      request = authenticator.authenticate(readFields(context));
    } catch (V2Failure e) {
      LOG.infof("Rejected v2 %s: %s", context.request().path(), e.getMessage());
      send(context, replies.failure(e.getMessage()));
      return;
    }
    faultGate.run(
        context,
        request.optional("out_trade_no"),
        kind,
        () -> {
          String reply = execute(request);
          return () -> send(context, reply);
        },
        () -> send(context, replies.businessError(request.signType(), V2Errors.systemError())));
  }

  private Map<String, String> readFields(RoutingContext context) throws V2Failure {
    if (context.request().method() != HttpMethod.POST) {
      throw new V2Failure("请使用post方法");
    }
    Buffer body = context.body().buffer();
    if (body == null || body.length() == 0) {
      throw new V2Failure("post数据为空");
    }
    try {
      return codec.decode(body.getBytes());
    } catch (XmlFormatException e) {
      throw new V2Failure("XML格式错误");
    }
  }

  private String execute(V2Request request) {
    try {
      return replies.success(request.signType(), operation.apply(request));
    } catch (V2BusinessError e) {
      LOG.infof("v2 %s of order %s failed: %s", kind, request.get("out_trade_no"), e.code());
      return replies.businessError(request.signType(), e);
    }
  }

  private static void send(RoutingContext context, String xml) {
    if (context.response().closed() || context.response().ended()) {
      return;
    }
    context.response().putHeader("Content-Type", "text/xml; charset=UTF-8").end(xml);
  }
}
