package dev.apppay.notify.rest;

import dev.apppay.notify.service.NotifyOutcome;
import dev.apppay.notify.service.V2NotificationService;
import dev.apppay.wechatpay.v2.V2NotificationReplies;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The v2 {@code notify_url}. Every reply is the protocol's XML: SUCCESS acknowledges, FAIL makes
 * WeChat Pay deliver again. A rejection has status 200 as in the protocol, and a failure of this
 * service has status 500.
 */
@Path("/wechatpay/v2/notify")
public class V2NotifyResource {

  private static final String XML = MediaType.TEXT_XML + ";charset=UTF-8";

  private final V2NotificationService service;

  public V2NotifyResource(V2NotificationService service) {
    this.service = service;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Uni<Response> receive(byte[] body) {
    return service.handle(body == null ? new byte[0] : body).map(V2NotifyResource::reply);
  }

  private static Response reply(NotifyOutcome outcome) {
    if (outcome instanceof NotifyOutcome.Rejected rejected) {
      return xml(200, V2NotificationReplies.fail(rejected.message()));
    }
    if (outcome instanceof NotifyOutcome.Failed failed) {
      return xml(500, V2NotificationReplies.fail(failed.message()));
    }
    return xml(200, V2NotificationReplies.success());
  }

  private static Response xml(int status, String body) {
    return Response.status(status).type(XML).entity(body).build();
  }
}
