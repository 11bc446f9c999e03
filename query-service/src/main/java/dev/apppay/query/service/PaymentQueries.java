package dev.apppay.query.service;

import dev.apppay.query.Payment;
import dev.apppay.query.client.WeChatPayGateway;
import dev.apppay.query.config.QueryConfig;
import dev.apppay.query.repository.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** Reads the payment view for the REST API, optionally after a fresh query at WeChat Pay. */
@ApplicationScoped
public class PaymentQueries {

  private final PaymentRepository repository;
  private final WeChatPayGateway gateway;
  private final PaymentOutcomes outcomes;
  private final Duration refreshMaxWait;

  public PaymentQueries(
      PaymentRepository repository,
      WeChatPayGateway gateway,
      PaymentOutcomes outcomes,
      QueryConfig config) {
    this.repository = repository;
    this.gateway = gateway;
    this.outcomes = outcomes;
    this.refreshMaxWait = config.refresh().maxWait();
  }

  /**
   * Returns the order's payment.
   *
   * @throws PaymentNotFoundException through the Uni when the view has no such order
   */
  public Uni<Payment> find(String outTradeNo) {
    return Panache.withSession(() -> repository.findById(outTradeNo))
        .onItem()
        .ifNull()
        .failWith(() -> new PaymentNotFoundException(outTradeNo));
  }

  /**
   * Queries WeChat Pay for an unpaid order, publishes what changed, and returns the updated row. A
   * PAID, CLOSED or FAILED order is final at WeChat Pay, so it is returned without a query.
   *
   * @throws PaymentNotFoundException through the Uni when the view has no such order
   * @throws dev.apppay.query.client.RateLimitedException when no call slot is free in time
   */
  public Uni<Payment> refresh(String outTradeNo) {
    return find(outTradeNo)
        .chain(
            payment ->
                payment.isAwaitingPayment() ? query(outTradeNo) : Uni.createFrom().item(payment));
  }

  private Uni<Payment> query(String outTradeNo) {
    Log.infof("Refreshing order %s at WeChat Pay", outTradeNo);
    return gateway
        .queryWithin(outTradeNo, refreshMaxWait)
        .chain(
            found ->
                Panache.withTransaction(
                    () -> outcomes.applyQuery(outTradeNo, found, Instant.now())))
        .onItem()
        .ifNull()
        .failWith(() -> new PaymentNotFoundException(outTradeNo));
  }
}
