package dev.apppay.simulator.notify;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.fault.FaultSettings;
import dev.apppay.simulator.fault.SignatureFault;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sends the copies of one delivery attempt over HTTP and classifies each reply. */
public final class NotificationSender {

  private static final int MAX_REPLY_CHARS = 256;

  private final WebClient client;
  private final SimulatorClock clock;
  private final Duration replyTimeout;

  /** Creates a sender that waits {@code replyTimeout} for each reply, as WeChat Pay waits 5 s. */
  public NotificationSender(WebClient client, SimulatorClock clock, Duration replyTimeout) {
    this.client = client;
    this.clock = clock;
    this.replyTimeout = replyTimeout;
  }

  /** Sends the attempt and its duplicates, at once or one after another as the settings specify. */
  public Future<List<DeliveryAttempt>> sendCopies(
      NotificationFactory factory,
      Order order,
      Delivery delivery,
      int number,
      FaultSettings settings,
      SignatureFault signatureFault) {
    int copies = 1 + settings.duplicates();
    if (settings.concurrentDuplicates()) {
      List<Future<DeliveryAttempt>> sends = new ArrayList<>();
      for (int copy = 0; copy < copies; copy++) {
        sends.add(send(factory, order, delivery, number, copy, signatureFault));
      }
      return Future.all(sends).map(all -> all.<DeliveryAttempt>list());
    }
    return sendInSequence(factory, order, delivery, number, copies, signatureFault);
  }

  private Future<List<DeliveryAttempt>> sendInSequence(
      NotificationFactory factory,
      Order order,
      Delivery delivery,
      int number,
      int copies,
      SignatureFault signatureFault) {
    List<DeliveryAttempt> sent = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (int copy = 0; copy < copies; copy++) {
      int current = copy;
      chain =
          chain
              .compose(ignored -> send(factory, order, delivery, number, current, signatureFault))
              .map(
                  attempt -> {
                    sent.add(attempt);
                    return null;
                  });
    }
    return chain.map(ignored -> sent);
  }

  /** Sends one copy of the notification and classifies the reply. */
  public Future<DeliveryAttempt> send(
      NotificationFactory factory,
      Order order,
      Delivery delivery,
      int number,
      int copy,
      SignatureFault signatureFault) {
    Notification notification = factory.create(order, delivery.id(), signatureFault);
    Instant sentAt = clock.wallNow();
    long start = System.nanoTime();
    HttpRequest<Buffer> request =
        client.postAbs(delivery.notifyUrl()).timeout(replyTimeout.toMillis());
    notification.headers().forEach(request::putHeader);
    return request
        .sendBuffer(Buffer.buffer(notification.body()))
        .transform(
            result -> {
              long elapsed = (System.nanoTime() - start) / 1_000_000;
              if (result.failed()) {
                String error = String.valueOf(result.cause().getMessage());
                return Future.succeededFuture(
                    new DeliveryAttempt(
                        number,
                        copy,
                        sentAt,
                        elapsed,
                        DeliveryOutcome.FAILED,
                        null,
                        truncate(error),
                        signatureFault.name()));
              }
              return Future.succeededFuture(
                  classify(
                      factory, result.result(), number, copy, sentAt, elapsed, signatureFault));
            });
  }

  private static DeliveryAttempt classify(
      NotificationFactory factory,
      HttpResponse<Buffer> response,
      int number,
      int copy,
      Instant sentAt,
      long elapsed,
      SignatureFault signatureFault) {
    String body = response.body() == null ? "" : response.bodyAsString();
    boolean acknowledged = factory.isAcknowledgement(response.statusCode(), body);
    DeliveryOutcome outcome =
        acknowledged ? DeliveryOutcome.ACKNOWLEDGED : DeliveryOutcome.REJECTED;
    return new DeliveryAttempt(
        number,
        copy,
        sentAt,
        elapsed,
        outcome,
        response.statusCode(),
        truncate(body),
        signatureFault.name());
  }

  private static String truncate(String text) {
    return text.length() <= MAX_REPLY_CHARS ? text : text.substring(0, MAX_REPLY_CHARS);
  }
}
