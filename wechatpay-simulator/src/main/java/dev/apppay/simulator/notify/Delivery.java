package dev.apppay.simulator.notify;

import dev.apppay.simulator.ApiVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery of one payment notification to a merchant's notify_url, with every attempt.
 *
 * @param id the notification id; v3 notifications carry it in their {@code id} field
 * @param nextAttemptAt wall-clock time of the next scheduled attempt, {@code null} when done
 * @param nextAttemptNumber the schedule position of the next attempt, starting at 1
 */
public record Delivery(
    String id,
    ApiVersion apiVersion,
    String mchId,
    String outTradeNo,
    String notifyUrl,
    Instant createdAt,
    DeliveryStatus status,
    int nextAttemptNumber,
    Instant nextAttemptAt,
    List<DeliveryAttempt> attempts) {

  public Delivery {
    attempts = List.copyOf(attempts);
  }

  /** Returns a copy with {@code sent} appended to the attempts. */
  public Delivery withAttempts(List<DeliveryAttempt> sent) {
    List<DeliveryAttempt> all = new ArrayList<>(attempts);
    all.addAll(sent);
    return new Delivery(
        id,
        apiVersion,
        mchId,
        outTradeNo,
        notifyUrl,
        createdAt,
        status,
        nextAttemptNumber,
        nextAttemptAt,
        all);
  }

  /** Returns a copy that waits for attempt {@code number} at {@code at}. */
  public Delivery scheduled(int number, Instant at) {
    return new Delivery(
        id,
        apiVersion,
        mchId,
        outTradeNo,
        notifyUrl,
        createdAt,
        DeliveryStatus.PENDING,
        number,
        at,
        attempts);
  }

  /** Returns a finished copy in {@code finalStatus}. */
  public Delivery finished(DeliveryStatus finalStatus) {
    return new Delivery(
        id,
        apiVersion,
        mchId,
        outTradeNo,
        notifyUrl,
        createdAt,
        finalStatus,
        nextAttemptNumber,
        null,
        attempts);
  }
}
