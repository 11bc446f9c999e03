package dev.apppay.query.service;

/**
 * A check the job claimed: the order's next check is already moved forward, so a failed check is
 * retried on schedule.
 *
 * @param closeReason the {@code PaymentClosed} reason when the action is CLOSE
 */
public record DueCheck(String outTradeNo, CheckAction action, String closeReason) {}
