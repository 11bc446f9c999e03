package dev.apppay.notify.service;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/**
 * Bounds the processing of one notification in time, turns this service's own failures into {@link
 * NotifyOutcome.Failed}, and logs every outcome with ids only.
 */
final class OutcomeGuard {

  private static final Logger LOG = Logger.getLogger(OutcomeGuard.class);

  private OutcomeGuard() {}

  static Uni<NotifyOutcome> guard(String api, Uni<NotifyOutcome> processing) {
    return processing
        .ifNoItem()
        .after(NotifyLimits.PROCESSING_TIMEOUT)
        .fail()
        .onFailure()
        .recoverWithItem(error -> failed(api, error))
        .invoke(outcome -> log(api, outcome));
  }

  private static NotifyOutcome failed(String api, Throwable error) {
    if (error instanceof TimeoutException) {
      LOG.errorf("%s notification timed out after %s", api, NotifyLimits.PROCESSING_TIMEOUT);
      return new NotifyOutcome.Failed("processing timed out");
    }
    LOG.errorf("%s notification failed: %s", api, error.toString());
    return new NotifyOutcome.Failed("internal error");
  }

  private static void log(String api, NotifyOutcome outcome) {
    if (outcome instanceof NotifyOutcome.Recorded recorded) {
      LOG.infof(
          "%s payment recorded: order %s, transaction %s",
          api, recorded.outTradeNo(), recorded.transactionId());
    } else if (outcome instanceof NotifyOutcome.Duplicate duplicate) {
      LOG.infof(
          "%s duplicate notification acknowledged: order %s, transaction %s",
          api, duplicate.outTradeNo(), duplicate.transactionId());
    } else if (outcome instanceof NotifyOutcome.Ignored ignored) {
      LOG.infof("%s notification acknowledged without effect: %s", api, ignored.reason());
    } else if (outcome instanceof NotifyOutcome.Rejected rejected) {
      LOG.warnf("%s notification rejected: %s", api, rejected.message());
    }
  }
}
