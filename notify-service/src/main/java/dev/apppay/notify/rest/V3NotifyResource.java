package dev.apppay.notify.rest;

import dev.apppay.notify.service.NotifyOutcome;
import dev.apppay.notify.service.V3NotificationService;
import dev.apppay.wechatpay.v3.V3NotificationReplies;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The v3 {@code notify_url}. The status decides for WeChat Pay: 204 acknowledges, and 4xx or 500
 * with {@code {"code":"FAIL","message":...}} makes it deliver again.
 */
@Path("/wechatpay/v3/notify")
public class V3NotifyResource {

  private final V3NotificationService service;

  public V3NotifyResource(V3NotificationService service) {
    this.service = service;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Uni<Response> receive(@Context HttpHeaders headers, byte[] body) {
    byte[] raw = body == null ? new byte[0] : body;
    return service.handle(headers::getHeaderString, raw).map(V3NotifyResource::reply);
  }

  private static Response reply(NotifyOutcome outcome) {
    if (outcome instanceof NotifyOutcome.Rejected rejected) {
      return fail(rejected.status(), rejected.message());
    }
    if (outcome instanceof NotifyOutcome.Failed failed) {
      return fail(V3NotificationReplies.FAILED, failed.message());
    }
    return Response.status(V3NotificationReplies.ACKNOWLEDGED).build();
  }

  private static Response fail(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(V3NotificationReplies.failBody(message))
        .build();
  }
}
