package dev.apppay.order.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** query-service's internal API; the base URL is {@code apppay.query.url}. */
@RegisterRestClient(configKey = "query")
@Path("/payments")
public interface PaymentStatusApi {

  /** Returns the payment status; with {@code refresh} query-service asks WeChat Pay first. */
  @GET
  @Path("/{outTradeNo}")
  @Produces(MediaType.APPLICATION_JSON)
  Uni<PaymentStatusReply> find(
      @PathParam("outTradeNo") String outTradeNo, @QueryParam("refresh") boolean refresh);
}
