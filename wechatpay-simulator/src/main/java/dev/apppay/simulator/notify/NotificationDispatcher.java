package dev.apppay.simulator.notify;

import dev.apppay.simulator.ApiVersion;
import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.fault.FaultRegistry;
import dev.apppay.simulator.fault.FaultSettings;
import dev.apppay.simulator.fault.SignatureFault;
import dev.apppay.simulator.order.IdGenerator;
import dev.apppay.simulator.order.OrderService;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Delivers payment notifications to merchants on WeChat Pay's retry schedule, with the faults in
 * force: drops, duplicates, delay, reordering and corrupted signatures.
 *
 * <p>A delivery ends when any copy of an attempt is acknowledged, or after the last attempt.
 */
public final class NotificationDispatcher {

  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

  private final Vertx vertx;
  private final NotificationSender sender;
  private final DeliveryStore deliveries;
  private final OrderService orders;
  private final FaultRegistry faults;
  private final Map<ApiVersion, NotificationFactory> factories;
  private final RetrySchedule schedule;
  private final SimulatorClock clock;
  private final IdGenerator ids;
  private final List<String> held = new ArrayList<>();
  private volatile boolean closed;

  public NotificationDispatcher(
      Vertx vertx,
      NotificationSender sender,
      DeliveryStore deliveries,
      OrderService orders,
      FaultRegistry faults,
      Map<ApiVersion, NotificationFactory> factories,
      RetrySchedule schedule,
      SimulatorClock clock,
      IdGenerator ids) {
    this.vertx = vertx;
    this.sender = sender;
    this.deliveries = deliveries;
    this.orders = orders;
    this.faults = faults;
    this.factories = factories;
    this.schedule = schedule;
    this.clock = clock;
    this.ids = ids;
  }

  /** Starts delivering the notification of a newly paid order. */
  public Delivery notifyPaid(Order order) {
    FaultSettings settings = faults.effective(order.outTradeNo());
    Instant firstAt = clock.wallNow().plusMillis(settings.delayMillis());
    Delivery delivery =
        new Delivery(
            ids.notificationId(),
            order.apiVersion(),
            order.mchId(),
            order.outTradeNo(),
            order.notifyUrl(),
            clock.wallNow(),
            DeliveryStatus.PENDING,
            1,
            firstAt,
            List.of());
    deliveries.put(delivery);
    LOG.infof("Notification %s created for order %s", delivery.id(), order.outTradeNo());

    int window = faults.global().reorderWindow();
    if (window > 1) {
      hold(delivery.id(), window);
    } else {
      scheduleIn(delivery.id(), Duration.ofMillis(settings.delayMillis()));
    }
    return delivery;
  }

  /** Sends every held first delivery now, newest first, and returns how many there were. */
  public synchronized int releaseHeld() {
    List<String> newestFirst = new ArrayList<>(held);
    Collections.reverse(newestFirst);
    held.clear();
    Future<Void> chain = Future.succeededFuture();
    for (String id : newestFirst) {
      chain = chain.compose(ignored -> attempt(id));
    }
    return newestFirst.size();
  }

  /** Schedules every pending delivery again, as after a restart. */
  public void resume() {
    Instant now = clock.wallNow();
    for (Delivery delivery : deliveries.all()) {
      if (delivery.status() == DeliveryStatus.PENDING) {
        Instant at = delivery.nextAttemptAt() == null ? now : delivery.nextAttemptAt();
        scheduleIn(delivery.id(), Duration.between(now, at));
      }
    }
  }

  /** Stops scheduling attempts; attempts in flight finish without follow-ups. */
  public void close() {
    closed = true;
  }

  private synchronized void hold(String id, int window) {
    held.add(id);
    if (held.size() >= window) {
      releaseHeld();
    }
  }

  private void scheduleIn(String id, Duration wait) {
    if (closed) {
      return;
    }
    long millis = Math.max(1, wait.toMillis());
    vertx.setTimer(millis, timer -> attempt(id));
  }

  private Future<Void> attempt(String id) {
    Optional<Delivery> pending =
        deliveries.find(id).filter(delivery -> delivery.status() == DeliveryStatus.PENDING);
    Optional<Order> order =
        pending.flatMap(delivery -> orders.find(delivery.mchId(), delivery.outTradeNo()));
    if (closed || order.isEmpty()) {
      return Future.succeededFuture();
    }
    return attempt(pending.get(), order.get());
  }

  private Future<Void> attempt(Delivery delivery, Order order) {
    int number = delivery.nextAttemptNumber();
    FaultSettings settings = faults.effective(order.outTradeNo());
    if (faults.shouldDrop(settings)) {
      DeliveryAttempt dropped =
          new DeliveryAttempt(
              number, 0, clock.wallNow(), 0, DeliveryOutcome.DROPPED, null, null, "NONE");
      record(delivery.id(), List.of(dropped));
      return Future.succeededFuture();
    }
    SignatureFault signatureFault = settings.signatureFaultFor(number);
    NotificationFactory factory = factories.get(order.apiVersion());
    return sender
        .sendCopies(factory, order, delivery, number, settings, signatureFault)
        .map(
            sent -> {
              record(delivery.id(), sent);
              return null;
            });
  }

  private void record(String id, List<DeliveryAttempt> sent) {
    boolean acknowledged =
        sent.stream().anyMatch(attempt -> attempt.outcome() == DeliveryOutcome.ACKNOWLEDGED);
    Delivery updated =
        deliveries.update(id, delivery -> next(delivery.withAttempts(sent), acknowledged));
    int number = sent.get(0).number();
    LOG.infof(
        "Notification %s for order %s: attempt %d %s",
        id, updated.outTradeNo(), number, acknowledged ? "acknowledged" : "not acknowledged");

    if (updated.status() == DeliveryStatus.EXHAUSTED) {
      LOG.warnf(
          "Notification %s for order %s gave up after %d attempts",
          id, updated.outTradeNo(), number);
    } else if (updated.status() == DeliveryStatus.PENDING) {
      scheduleIn(id, schedule.gapAfter(updated.nextAttemptNumber() - 1));
    }
  }

  /** Decides what follows an attempt; a delivery that already ended stays as it is. */
  private Delivery next(Delivery delivery, boolean acknowledged) {
    int number = delivery.nextAttemptNumber();
    if (delivery.status() != DeliveryStatus.PENDING) {
      return delivery;
    }
    if (acknowledged) {
      return delivery.finished(DeliveryStatus.ACKNOWLEDGED);
    }
    if (number >= schedule.attempts()) {
      return delivery.finished(DeliveryStatus.EXHAUSTED);
    }
    return delivery.scheduled(number + 1, clock.wallNow().plus(schedule.gapAfter(number)));
  }
}
