package dev.apppay.prepay.rest;

import dev.apppay.prepay.service.PrepayFailedException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the service's errors into {@code application/problem+json} replies. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response invalidRequest(InvalidRequestException error) {
    LOG.infof("Invalid prepay request rejected: %s", error.getMessage());
    Problem problem =
        new Problem(
            "/problems/invalid-request",
            "Invalid prepay request",
            400,
            error.getMessage(),
            null,
            null);
    return reply(problem);
  }

  @ServerExceptionMapper
  public Response prepayFailed(PrepayFailedException error) {
    boolean conflict = error.status() == 409;
    Problem problem =
        new Problem(
            conflict ? "/problems/order-not-payable" : "/problems/wechatpay-failed",
            conflict ? "Order cannot get a prepay" : "WeChat Pay failed",
            error.status(),
            error.getMessage(),
            error.code(),
            error.retryable());
    return reply(problem);
  }

  private static Response reply(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
