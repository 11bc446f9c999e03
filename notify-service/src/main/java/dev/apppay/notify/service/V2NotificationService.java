package dev.apppay.notify.service;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.quarkus.NotificationVerifiers;
import dev.apppay.wechatpay.v2.V2NotificationParser;
import dev.apppay.wechatpay.v2.V2NotificationResult;
import dev.apppay.wechatpay.v2.V2PaymentNotification;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Handles v2 payment notifications: parse the XML safely and verify {@code sign}, then check the
 * merchant ids, then record the payment.
 */
@ApplicationScoped
public class V2NotificationService {

  private final Optional<V2NotificationParser> parser;
  private final PaymentChecks checks;
  private final NotificationRecorder recorder;

  public V2NotificationService(
      NotificationVerifiers verifiers, PaymentChecks checks, NotificationRecorder recorder) {
    this.parser = verifiers.v2();
    this.checks = checks;
    this.recorder = recorder;
  }

  /** Processes one delivery within {@link NotifyLimits#PROCESSING_TIMEOUT}; never fails. */
  public Uni<NotifyOutcome> handle(byte[] body) {
    return OutcomeGuard.guard("v2", Uni.createFrom().deferred(() -> process(body)));
  }

  private Uni<NotifyOutcome> process(byte[] body) {
    if (body.length > NotifyLimits.MAX_BODY_BYTES) {
      return rejected("body exceeds " + NotifyLimits.MAX_BODY_BYTES + " bytes");
    }
    if (parser.isEmpty()) {
      return rejected("API v2 is not configured");
    }

    V2NotificationResult result = parser.get().parse(body);
    if (result instanceof V2NotificationResult.Rejected rejected) {
      return rejected(reason(rejected));
    }
    V2PaymentNotification notification = ((V2NotificationResult.Accepted) result).notification();
    return checkAndRecord(notification, body);
  }

  private Uni<NotifyOutcome> checkAndRecord(V2PaymentNotification notification, byte[] body) {
    if (!notification.isPaid()) {
      return ignored("result_code is " + notification.fields().get("result_code"));
    }
    Transaction payment = notification.transaction();
    Optional<String> rejection = checks.rejection(payment);
    if (rejection.isPresent()) {
      return rejected(rejection.get());
    }
    return recorder.record(payment, ApiVersion.V2, null, body);
  }

  private static String reason(V2NotificationResult.Rejected rejected) {
    return switch (rejected.reason()) {
      case MALFORMED_XML -> "invalid XML";
      case RETURN_CODE_FAIL -> "return_code is not SUCCESS";
      case INVALID_SIGNATURE -> "invalid signature";
      case MISSING_FIELD -> "missing or invalid field";
    };
  }

  private static Uni<NotifyOutcome> rejected(String message) {
    return Uni.createFrom().item(new NotifyOutcome.Rejected(400, message));
  }

  private static Uni<NotifyOutcome> ignored(String reason) {
    return Uni.createFrom().item(new NotifyOutcome.Ignored(reason));
  }
}
