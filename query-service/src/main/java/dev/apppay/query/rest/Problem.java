package dev.apppay.query.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * An {@code application/problem+json} body. {@code code} and {@code retryable} are set for WeChat
 * Pay failures and rate limits only.
 *
 * @param code WeChat's error code, or this service's name for a failure without one
 * @param retryable whether the same request may be sent again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, String code, Boolean retryable) {

  public static final String MEDIA_TYPE = "application/problem+json";

  static Problem of(String slug, String title, int status, String detail) {
    return new Problem("/problems/" + slug, title, status, detail, null, null);
  }

  Problem withCode(String code, boolean retryable) {
    return new Problem(type, title, status, detail, code, retryable);
  }

  Response.ResponseBuilder toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this);
  }
}
