package dev.apppay.prepay.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An {@code application/problem+json} error body.
 *
 * @param code WeChat Pay's error code or the kind of failure, for 409 and 502 only
 * @param retryable whether the same request may be sent again, for 409 and 502 only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, String code, Boolean retryable) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
