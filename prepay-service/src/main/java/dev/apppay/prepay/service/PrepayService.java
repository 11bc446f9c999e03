package dev.apppay.prepay.service;

import dev.apppay.events.PrepayCreated;
import dev.apppay.events.outbox.Outbox;
import dev.apppay.prepay.Prepay;
import dev.apppay.prepay.client.WeChatPayPrepays;
import dev.apppay.prepay.repository.PrepayRepository;
import dev.apppay.prepay.repository.UniqueViolations;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Gives each merchant order one live prepay. A repeated identical request gets the stored prepay
 * without calling WeChat Pay, a request with other parameters is rejected, and an expired prepay is
 * renewed with the order's original parameters, which WeChat Pay accepts for an unpaid order.
 *
 * <p>WeChat Pay is called outside any database transaction. The prepay row and its {@code
 * PrepayCreated} event are written in one transaction afterwards, and a concurrent identical
 * request that loses the insert race on the unique order number returns the winner's prepay.
 */
@ApplicationScoped
public class PrepayService {

  /** A prepay this close to its end is renewed, so the user still has time to pay it. */
  static final Duration RENEWAL_MARGIN = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(PrepayService.class);

  private final PrepayRepository repository;
  private final WeChatPayPrepays wechatPay;
  private final Outbox outbox;

  public PrepayService(PrepayRepository repository, WeChatPayPrepays wechatPay, Outbox outbox) {
    this.repository = repository;
    this.wechatPay = wechatPay;
    this.outbox = outbox;
  }

  /**
   * Returns the live prepay of the order, creating or renewing it at WeChat Pay when needed.
   *
   * @return a Uni that fails with {@link PrepayFailedException} for a conflict or a WeChat Pay
   *     failure, in which case nothing was stored
   */
  public Uni<PrepayResult> create(PrepayParameters parameters) {
    return Panache.withSession(() -> repository.findByOutTradeNo(parameters.outTradeNo()))
        .chain(existing -> decide(parameters, existing));
  }

  private Uni<PrepayResult> decide(PrepayParameters parameters, Prepay existing) {
    if (existing == null) {
      return wechatPay.create(parameters).chain(prepayId -> insert(parameters, prepayId));
    }
    if (!existing.requestHash.equals(parameters.fingerprint())) {
      return Uni.createFrom().failure(outTradeNoUsed(parameters.outTradeNo()));
    }
    if (isLive(existing)) {
      return Uni.createFrom().item(reuse(existing));
    }

    PrepayParameters original = withOriginalClientIp(parameters, existing);
    return wechatPay.create(original).chain(prepayId -> renew(original, prepayId));
  }

  private Uni<PrepayResult> insert(PrepayParameters parameters, String prepayId) {
    Prepay prepay = newPrepay(parameters, prepayId);
    return Panache.withTransaction(() -> repository.persist(prepay).chain(() -> publish(prepay)))
        .map(ignored -> created(prepay, "created"))
        .onFailure(UniqueViolations::isUniqueViolation)
        .recoverWithUni(() -> findAfterRace(parameters));
  }

  private Uni<PrepayResult> findAfterRace(PrepayParameters parameters) {
    return Panache.withSession(() -> repository.findByOutTradeNo(parameters.outTradeNo()))
        .map(
            winner -> {
              if (!winner.requestHash.equals(parameters.fingerprint())) {
                throw outTradeNoUsed(parameters.outTradeNo());
              }
              return reuse(winner);
            });
  }

  private Uni<PrepayResult> renew(PrepayParameters parameters, String prepayId) {
    return Panache.withTransaction(
        () ->
            repository
                .findByOutTradeNoForUpdate(parameters.outTradeNo())
                .chain(locked -> renewLocked(locked, prepayId)));
  }

  private Uni<PrepayResult> renewLocked(Prepay locked, String prepayId) {
    if (isLive(locked)) {
      // A concurrent request renewed it first; its prepay id is as good as this one.
      return Uni.createFrom().item(reuse(locked));
    }
    startLifetime(locked, prepayId);
    return publish(locked).map(ignored -> created(locked, "renewed"));
  }

  private Uni<?> publish(Prepay prepay) {
    PrepayCreated event =
        new PrepayCreated(
            prepay.prepayId,
            prepay.apiVersion,
            wechatPay.appId(),
            wechatPay.mchId(),
            prepay.amountFen,
            prepay.expiresAt);
    return outbox.add(prepay.outTradeNo, event);
  }

  private Prepay newPrepay(PrepayParameters parameters, String prepayId) {
    Prepay prepay = new Prepay();
    prepay.outTradeNo = parameters.outTradeNo();
    prepay.requestHash = parameters.fingerprint();
    prepay.description = parameters.description();
    prepay.amountFen = parameters.amountFen();
    prepay.currency = parameters.currency();
    prepay.clientIp = parameters.clientIp();
    prepay.orderExpiresAt = parameters.expiresAt();
    startLifetime(prepay, prepayId);
    return prepay;
  }

  private void startLifetime(Prepay prepay, String prepayId) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    prepay.prepayId = prepayId;
    prepay.apiVersion = wechatPay.apiVersion().name();
    prepay.createdAt = now;
    prepay.expiresAt = now.plus(Prepay.LIFETIME);
  }

  /** Whether the prepay was issued by the configured API version and is not about to expire. */
  private boolean isLive(Prepay prepay) {
    boolean sameVersion = wechatPay.apiVersion().name().equals(prepay.apiVersion);
    return sameVersion && Instant.now().plus(RENEWAL_MARGIN).isBefore(prepay.expiresAt);
  }

  private PrepayResult reuse(Prepay prepay) {
    LOG.infof("Prepay reused for order %s: %s", prepay.outTradeNo, prepay.prepayId);
    return new PrepayResult(prepay, wechatPay.sign(prepay.prepayId), false);
  }

  private PrepayResult created(Prepay prepay, String outcome) {
    LOG.infof(
        "Prepay %s for order %s: %s (API %s)",
        outcome, prepay.outTradeNo, prepay.prepayId, prepay.apiVersion);
    return new PrepayResult(prepay, wechatPay.sign(prepay.prepayId), true);
  }

  private static PrepayParameters withOriginalClientIp(
      PrepayParameters parameters, Prepay existing) {
    return new PrepayParameters(
        parameters.outTradeNo(),
        parameters.description(),
        parameters.amountFen(),
        parameters.currency(),
        existing.clientIp,
        parameters.expiresAt());
  }

  private static PrepayFailedException outTradeNoUsed(String outTradeNo) {
    LOG.warnf("Prepay rejected for order %s: other parameters than its stored prepay", outTradeNo);
    return new PrepayFailedException(
        409,
        "OUT_TRADE_NO_USED",
        false,
        "Order "
            + outTradeNo
            + " already has a prepay with other parameters; create a new order number");
  }
}
