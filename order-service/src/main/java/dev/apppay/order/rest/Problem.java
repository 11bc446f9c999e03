package dev.apppay.order.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * An {@code application/problem+json} body. The members after {@code detail} are set only where
 * they apply.
 *
 * @param field the invalid request field or header
 * @param code WeChat's error code, or this service's name for a prepay failure without one
 * @param retryable whether the same request may be sent again
 * @param orderId the stored order that a failed prepay belongs to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String field,
    String code,
    Boolean retryable,
    String orderId,
    String outTradeNo) {

  public static final String MEDIA_TYPE = "application/problem+json";

  static Problem of(String slug, String title, int status, String detail) {
    return new Problem("/problems/" + slug, title, status, detail, null, null, null, null, null);
  }

  Problem withField(String field) {
    return new Problem(type, title, status, detail, field, code, retryable, orderId, outTradeNo);
  }

  Problem withCode(String code, boolean retryable) {
    return new Problem(type, title, status, detail, field, code, retryable, orderId, outTradeNo);
  }

  Problem withOrder(String orderId, String outTradeNo) {
    return new Problem(type, title, status, detail, field, code, retryable, orderId, outTradeNo);
  }

  Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
