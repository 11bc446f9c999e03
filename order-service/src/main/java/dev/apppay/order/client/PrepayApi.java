package dev.apppay.order.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** prepay-service's internal API; the base URL is {@code apppay.prepay.url}. */
@RegisterRestClient(configKey = "prepay")
@Path("/prepays")
public interface PrepayApi {

  /** Creates the order's prepay, or returns its live one for an identical request. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Uni<PrepayReply> create(PrepayRequest request);

  @ClientExceptionMapper
  static RuntimeException toException(Response response) {
    return PrepayErrors.fromReply(response);
  }
}
