package dev.apppay.order.rest;

import dev.apppay.order.service.OrderNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a missing order, or another user's, to the same 404 body. */
@Provider
public class OrderNotFoundMapper implements ExceptionMapper<OrderNotFoundException> {

  @Override
  public Response toResponse(OrderNotFoundException error) {
    return Problem.of("order-not-found", "Order not found", 404, error.getMessage()).toResponse();
  }
}
