package dev.apppay.query.service;

import dev.apppay.query.client.CloseOutcome;
import dev.apppay.query.client.WeChatPayGateway;
import dev.apppay.wechatpay.BusinessException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Runs one claimed check: queries the order, or closes it and, when WeChat Pay returns that it is
 * paid, queries it to publish the payment instead of a close.
 */
@ApplicationScoped
public class PaymentChecker {

  private final WeChatPayGateway gateway;
  private final PaymentOutcomes outcomes;

  public PaymentChecker(WeChatPayGateway gateway, PaymentOutcomes outcomes) {
    this.gateway = gateway;
    this.outcomes = outcomes;
  }

  /** Runs the check, and logs a failure and leaves it to the next scheduled check. */
  public Uni<Void> check(DueCheck due) {
    Uni<Void> work = due.action() == CheckAction.CLOSE ? close(due) : query(due.outTradeNo());
    return work.onFailure()
        .recoverWithItem(
            error -> {
              Log.warnf(
                  "%s of order %s failed, retrying at its next check: %s",
                  due.action(), due.outTradeNo(), describe(error));
              return null;
            });
  }

  private Uni<Void> query(String outTradeNo) {
    return gateway
        .query(outTradeNo)
        .chain(
            found ->
                Panache.withTransaction(
                    () -> outcomes.applyQuery(outTradeNo, found, Instant.now())))
        .replaceWithVoid();
  }

  private Uni<Void> close(DueCheck due) {
    return gateway.close(due.outTradeNo()).chain(outcome -> afterClose(due, outcome));
  }

  private Uni<Void> afterClose(DueCheck due, CloseOutcome outcome) {
    Log.infof("Close of order %s (%s) returned %s", due.outTradeNo(), due.closeReason(), outcome);
    return switch (outcome) {
      case CLOSED, ALREADY_CLOSED, NOT_FOUND ->
          Panache.withTransaction(
                  () -> outcomes.applyClosed(due.outTradeNo(), due.closeReason(), Instant.now()))
              .replaceWithVoid();
      case PAID, REJECTED -> query(due.outTradeNo());
    };
  }

  private static String describe(Throwable error) {
    if (error instanceof BusinessException business) {
      return "WeChat Pay error code " + business.code();
    }
    return error.toString();
  }
}
