package dev.apppay.order.rest;

import dev.apppay.order.service.OrderNotCancellableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a cancel of a paid, closed or anomalous order to 409. */
@Provider
public class OrderNotCancellableMapper implements ExceptionMapper<OrderNotCancellableException> {

  @Override
  public Response toResponse(OrderNotCancellableException error) {
    return Problem.of("order-not-cancellable", "Order cannot be cancelled", 409, error.getMessage())
        .toResponse();
  }
}
