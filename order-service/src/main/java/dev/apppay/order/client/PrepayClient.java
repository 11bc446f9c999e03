package dev.apppay.order.client;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls prepay-service; every failure comes out as {@link PrepayFailedException}. */
@ApplicationScoped
public class PrepayClient {

  private final PrepayApi api;

  public PrepayClient(@RestClient PrepayApi api) {
    this.api = api;
  }

  /** Returns the order's prepay and signed APP parameters. */
  public Uni<PrepayReply> create(PrepayRequest request) {
    return api.create(request)
        .onFailure(error -> !(error instanceof PrepayFailedException))
        .transform(PrepayErrors::fromTransport)
        .onFailure()
        .invoke(error -> logFailure(request.outTradeNo(), (PrepayFailedException) error));
  }

  private static void logFailure(String outTradeNo, PrepayFailedException error) {
    Log.warnf(
        "Prepay for order %s failed with %s (retryable: %s)",
        outTradeNo, error.code(), error.retryable());
  }
}
