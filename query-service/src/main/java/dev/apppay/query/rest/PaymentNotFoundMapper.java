package dev.apppay.query.rest;

import dev.apppay.query.service.PaymentNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps an unknown order to 404. */
@Provider
public class PaymentNotFoundMapper implements ExceptionMapper<PaymentNotFoundException> {

  @Override
  public Response toResponse(PaymentNotFoundException error) {
    String detail = "No payment is known for order " + error.outTradeNo();
    return Problem.of("payment-not-found", "Payment not found", 404, detail).toResponse().build();
  }
}
