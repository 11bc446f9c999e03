package dev.apppay.query.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a malformed request parameter to 400. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

  @Override
  public Response toResponse(InvalidRequestException error) {
    return Problem.of("invalid-request", "Invalid request", 400, error.getMessage())
        .toResponse()
        .build();
  }
}
