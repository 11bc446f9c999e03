package dev.apppay.order.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps a wrong HTTP method or {@code Content-Type} to problem+json. */
public class HttpErrorMappers {

  @ServerExceptionMapper
  public Response methodNotAllowed(NotAllowedException error, Request request) {
    Problem problem =
        Problem.of(
            "method-not-allowed",
            "Method not allowed",
            405,
            request.getMethod() + " is not allowed on this resource");
    return problem.toResponse();
  }

  @ServerExceptionMapper
  public Response unsupportedMediaType(NotSupportedException error, HttpHeaders headers) {
    MediaType sent = headers.getMediaType();
    String detail =
        "Content-Type "
            + (sent == null ? "(none)" : sent.getType() + "/" + sent.getSubtype())
            + " is not supported, use "
            + MediaType.APPLICATION_JSON;
    return Problem.of("unsupported-media-type", "Unsupported media type", 415, detail).toResponse();
  }
}
