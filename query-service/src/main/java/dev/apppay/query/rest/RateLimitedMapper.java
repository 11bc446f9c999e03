package dev.apppay.query.rest;

import dev.apppay.query.client.RateLimitedException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a refresh that the WeChat Pay rate limit did not allow to 429 with Retry-After. */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {

  @Override
  public Response toResponse(RateLimitedException error) {
    long retryAfterSeconds = Math.max(1, (error.retryAfter().toMillis() + 999) / 1000);
    Log.infof("Refresh rejected by the rate limit; retry after %d s", retryAfterSeconds);
    String detail = "Too many WeChat Pay queries; retry after " + retryAfterSeconds + " s";
    return Problem.of("rate-limited", "Rate limit reached", 429, detail)
        .withCode("RATE_LIMITED", true)
        .toResponse()
        .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
        .build();
  }
}
