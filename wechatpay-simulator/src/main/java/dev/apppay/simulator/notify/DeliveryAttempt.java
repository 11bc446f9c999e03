package dev.apppay.simulator.notify;

import java.time.Instant;

/**
 * One copy of a notification sent to the merchant.
 *
 * @param number the delivery attempt on the retry schedule, starting at 1
 * @param copy 0 for the attempt itself, 1 and up for injected duplicates
 * @param sentAt wall-clock time the copy was sent
 * @param elapsedMillis time until the reply or failure
 * @param httpStatus the reply's status, or {@code null} without a reply
 * @param reply the first 256 characters of the reply body, or the error message
 * @param signatureFault the signature corruption applied, {@code NONE} if none
 */
public record DeliveryAttempt(
    int number,
    int copy,
    Instant sentAt,
    long elapsedMillis,
    DeliveryOutcome outcome,
    Integer httpStatus,
    String reply,
    String signatureFault) {}
