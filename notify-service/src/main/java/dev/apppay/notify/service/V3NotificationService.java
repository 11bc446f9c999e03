package dev.apppay.notify.service;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.quarkus.NotificationVerifiers;
import dev.apppay.wechatpay.v3.NotificationEnvelope;
import dev.apppay.wechatpay.v3.V3NotificationHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Handles v3 payment notifications: verify the signature over the raw body (probe, timestamp
 * window, serial), then decrypt the resource, then check the merchant ids, then record the payment.
 */
@ApplicationScoped
public class V3NotificationService {

  /** The shape of the stored notification {@code id}, such as the UUID the simulator sends. */
  // NOTE: this id format is an assumption, so a real id with other characters would be rejected.
  private static final Pattern NOTIFICATION_ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");

  private final Optional<V3NotificationHandler> handler;
  private final PaymentChecks checks;
  private final NotificationRecorder recorder;

  public V3NotificationService(
      NotificationVerifiers verifiers, PaymentChecks checks, NotificationRecorder recorder) {
    this.handler = verifiers.v3();
    this.checks = checks;
    this.recorder = recorder;
  }

  /**
   * Processes one delivery within {@link NotifyLimits#PROCESSING_TIMEOUT}; never fails.
   *
   * @param headers a case-insensitive lookup of the request headers
   */
  public Uni<NotifyOutcome> handle(Function<String, String> headers, byte[] body) {
    return OutcomeGuard.guard("v3", Uni.createFrom().deferred(() -> process(headers, body)));
  }

  private Uni<NotifyOutcome> process(Function<String, String> headers, byte[] body) {
    if (body.length > NotifyLimits.MAX_BODY_BYTES) {
      return rejected(413, "body exceeds " + NotifyLimits.MAX_BODY_BYTES + " bytes");
    }
    if (handler.isEmpty()) {
      return rejected(400, "API v3 is not configured");
    }
    try {
      return verifyAndRecord(handler.get(), headers, body);
    } catch (SignatureVerificationException e) {
      return rejected(401, "signature verification failed: " + e.reason());
    } catch (DecryptionException e) {
      return rejected(401, "resource decryption failed");
    } catch (MalformedReplyException e) {
      return rejected(400, "invalid notification body");
    }
  }

  private Uni<NotifyOutcome> verifyAndRecord(
      V3NotificationHandler verifier, Function<String, String> headers, byte[] body) {
    NotificationEnvelope envelope = verifier.verify(headers, body);
    if (!NotificationEnvelope.TRANSACTION_SUCCESS.equals(envelope.eventType())) {
      return Uni.createFrom()
          .item(new NotifyOutcome.Ignored("event_type is " + envelope.eventType()));
    }

    if (envelope.id() == null || !NOTIFICATION_ID.matcher(envelope.id()).matches()) {
      return rejected(400, "id must be 1-64 characters of 0-9 a-z A-Z _ -");
    }
    Transaction payment = verifier.parseTransaction(verifier.decrypt(envelope));
    if (!payment.isPaid()) {
      return rejected(400, "trade_state is " + payment.tradeState() + ", not SUCCESS");
    }
    Optional<String> rejection = checks.rejection(payment);
    if (rejection.isPresent()) {
      return rejected(400, rejection.get());
    }
    return recorder.record(payment, ApiVersion.V3, envelope.id(), body);
  }

  private static Uni<NotifyOutcome> rejected(int status, String message) {
    return Uni.createFrom().item(new NotifyOutcome.Rejected(status, message));
  }
}
