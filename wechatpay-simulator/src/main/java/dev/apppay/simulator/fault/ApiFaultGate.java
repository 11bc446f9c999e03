package dev.apppay.simulator.fault;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Runs a verified merchant API call under the API fault in force for its order, if any. */
public final class ApiFaultGate {

  private static final Logger LOG = Logger.getLogger(ApiFaultGate.class);

  private final Vertx vertx;
  private final FaultRegistry faults;

  public ApiFaultGate(Vertx vertx, FaultRegistry faults) {
    this.vertx = vertx;
    this.faults = faults;
  }

  /**
   * Carries out the call, subject to the fault.
   *
   * @param operation applies the operation and returns the action that sends its normal reply
   * @param systemError sends the protocol's system-error reply
   */
  public void run(
      RoutingContext context,
      String outTradeNo,
      ApiOperation kind,
      Supplier<Runnable> operation,
      Runnable systemError) {
    Optional<ApiFault> fault = faults.takeApiFault(outTradeNo, kind);
    if (fault.isEmpty()) {
      operation.get().run();
      return;
    }
    ApiFault active = fault.get();
    LOG.infof("Injecting %s into %s of order %s", active.mode(), kind, outTradeNo);
    switch (active.mode()) {
      case SYSTEM_ERROR -> failWithSystemError(active, operation, systemError);
      case DELAY -> replyLater(active, operation.get());
      case TIMEOUT -> resetLater(context, active, operation);
    }
  }

  private void failWithSystemError(
      ApiFault fault, Supplier<Runnable> operation, Runnable systemError) {
    if (fault.applyOperation()) {
      operation.get();
    }
    systemError.run();
  }

  private void replyLater(ApiFault fault, Runnable reply) {
    vertx.setTimer(Math.max(1, fault.delayMillis()), timer -> reply.run());
  }

  private void resetLater(RoutingContext context, ApiFault fault, Supplier<Runnable> operation) {
    if (fault.applyOperation()) {
      operation.get();
    }
    vertx.setTimer(
        Math.max(1, fault.delayMillis()), timer -> context.request().connection().close());
  }
}
