package dev.apppay.order.rest;

import dev.apppay.order.service.InvalidRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a validation failure to 400 naming the invalid field. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

  @Override
  public Response toResponse(InvalidRequestException error) {
    return Problem.of("invalid-request", "Invalid request", 400, error.getMessage())
        .withField(error.field())
        .toResponse();
  }
}
