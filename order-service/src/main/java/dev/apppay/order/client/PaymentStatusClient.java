package dev.apppay.order.client;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks query-service for a fresh payment status. A failed check is logged and returns empty,
 * because the order's stored status is still a correct reply.
 */
@ApplicationScoped
public class PaymentStatusClient {

  private final PaymentStatusApi api;

  public PaymentStatusClient(@RestClient PaymentStatusApi api) {
    this.api = api;
  }

  /** Returns the status after query-service checked WeChat Pay, or empty when that failed. */
  public Uni<Optional<PaymentStatusReply>> refresh(String outTradeNo) {
    return api.find(outTradeNo, true)
        .map(Optional::ofNullable)
        .onFailure()
        .recoverWithItem(error -> failed(outTradeNo, error));
  }

  private static Optional<PaymentStatusReply> failed(String outTradeNo, Throwable error) {
    Log.warnf("Payment status refresh of order %s failed: %s", outTradeNo, error.toString());
    return Optional.empty();
  }
}
