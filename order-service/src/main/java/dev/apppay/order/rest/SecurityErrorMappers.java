package dev.apppay.order.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps authentication and authorization failures to problem+json. These reach the REST layer
 * because {@code quarkus.http.auth.proactive=false} defers token checks to the endpoint.
 */
public class SecurityErrorMappers {

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException error) {
    return unauthorized();
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException error) {
    return unauthorized();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException error) {
    return Problem.of("forbidden", "Forbidden", 403, "The token's groups do not grant this request")
        .toResponse();
  }

  private static Response unauthorized() {
    Problem problem =
        Problem.of("unauthorized", "Unauthorized", 401, "A valid bearer token is required");
    return Response.fromResponse(problem.toResponse())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }
}
