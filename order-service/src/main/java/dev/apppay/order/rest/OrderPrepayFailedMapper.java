package dev.apppay.order.rest;

import dev.apppay.order.client.PrepayFailedException;
import dev.apppay.order.service.OrderPrepayFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps a failed prepay to 409, 502, 503 or 504 with {@code retryable}; a retry with the same {@code
 * Idempotency-Key} retries the prepay of the same order.
 */
@Provider
public class OrderPrepayFailedMapper implements ExceptionMapper<OrderPrepayFailedException> {

  @Override
  public Response toResponse(OrderPrepayFailedException error) {
    PrepayFailedException failure = error.prepayFailure();
    return Problem.of(
            "prepay-failed",
            "Payment could not be prepared",
            failure.status(),
            failure.getMessage())
        .withCode(failure.code(), failure.retryable())
        .withOrder(error.orderId(), error.outTradeNo())
        .toResponse();
  }
}
