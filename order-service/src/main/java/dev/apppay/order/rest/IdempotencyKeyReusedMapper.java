package dev.apppay.order.rest;

import dev.apppay.order.service.IdempotencyKeyReusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a reused {@code Idempotency-Key} with another body to 422. */
@Provider
public class IdempotencyKeyReusedMapper implements ExceptionMapper<IdempotencyKeyReusedException> {

  @Override
  public Response toResponse(IdempotencyKeyReusedException error) {
    return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, error.getMessage())
        .withField(IdempotencyKeys.HEADER)
        .toResponse();
  }
}
