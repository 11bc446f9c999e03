package dev.apppay.order.rest;

import dev.apppay.order.service.OrderExpiredException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a retried creation of an order that expired without a prepay to 409. */
@Provider
public class OrderExpiredMapper implements ExceptionMapper<OrderExpiredException> {

  @Override
  public Response toResponse(OrderExpiredException error) {
    return Problem.of("order-expired", "Order expired", 409, error.getMessage())
        .withCode("ORDER_EXPIRED", false)
        .withOrder(error.orderId(), null)
        .toResponse();
  }
}
