package dev.apppay.simulator.notify;

import dev.apppay.simulator.ApiVersion;
import dev.apppay.simulator.Order;
import dev.apppay.simulator.fault.SignatureFault;
import dev.apppay.simulator.order.OrderService;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends one more copy of an order's latest notification on request, because WeChat Pay may repeat a
 * notification even after the merchant acknowledged it.
 */
public final class NotificationResender {

  private static final Logger LOG = Logger.getLogger(NotificationResender.class);

  private final NotificationSender sender;
  private final DeliveryStore deliveries;
  private final OrderService orders;
  private final Map<ApiVersion, NotificationFactory> factories;

  public NotificationResender(
      NotificationSender sender,
      DeliveryStore deliveries,
      OrderService orders,
      Map<ApiVersion, NotificationFactory> factories) {
    this.sender = sender;
    this.deliveries = deliveries;
    this.orders = orders;
    this.factories = factories;
  }

  /**
   * Sends the copy now, without faults and whatever the delivery's status. An acknowledged copy
   * ends a pending or exhausted delivery.
   *
   * @return the attempt, or empty when the order has no notification
   */
  public Future<Optional<DeliveryAttempt>> resend(String mchId, String outTradeNo) {
    List<Delivery> all = deliveries.forOrder(outTradeNo);
    Optional<Order> order = orders.find(mchId, outTradeNo);
    if (all.isEmpty() || order.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    Delivery latest = all.get(all.size() - 1);
    int number = lastNumber(latest);
    int copy = (int) latest.attempts().stream().filter(sent -> sent.number() == number).count();
    NotificationFactory factory = factories.get(order.get().apiVersion());
    return sender
        .send(factory, order.get(), latest, number, copy, SignatureFault.NONE)
        .map(
            attempt -> {
              record(latest.id(), attempt);
              return Optional.of(attempt);
            });
  }

  private void record(String id, DeliveryAttempt attempt) {
    boolean acknowledged = attempt.outcome() == DeliveryOutcome.ACKNOWLEDGED;
    Delivery updated =
        deliveries.update(
            id,
            delivery -> {
              Delivery withAttempt = delivery.withAttempts(List.of(attempt));
              return acknowledged ? withAttempt.finished(DeliveryStatus.ACKNOWLEDGED) : withAttempt;
            });
    LOG.infof(
        "Notification %s for order %s resent: %s", id, updated.outTradeNo(), attempt.outcome());
  }

  private static int lastNumber(Delivery delivery) {
    List<DeliveryAttempt> attempts = delivery.attempts();
    return attempts.isEmpty() ? 1 : attempts.get(attempts.size() - 1).number();
  }
}
