package dev.apppay.prepay.rest;

import dev.apppay.prepay.service.PrepayService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The internal prepay API that order-service calls. */
@Path("/prepays")
public class PrepayResource {

  private final PrepayService service;

  public PrepayResource(PrepayService service) {
    this.service = service;
  }

  /**
   * Creates or returns the live prepay of an order: 201 for a new prepay id, 200 for the stored one
   * of an identical earlier request.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<Response> create(String body) {
    return Uni.createFrom()
        .item(() -> PrepayRequestReader.read(body))
        .chain(service::create)
        .map(
            result ->
                Response.status(result.created() ? 201 : 200)
                    .entity(PrepayResponse.of(result))
                    .build());
  }
}
