package dev.apppay.query.client;

import dev.apppay.query.config.QueryConfig;
import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.client.WeChatPayClient;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The order query and close calls of this service, each taking a token from one rate limit shared
 * by the job and the refresh endpoint.
 *
 * <p>Failures other than the outcomes named here surface as the library's {@code
 * WeChatPayException}s. Queries and closes are idempotent, so callers may repeat them.
 */
@ApplicationScoped
public class WeChatPayGateway {

  private static final Set<String> ORDER_NOT_FOUND_CODES =
      Set.of("ORDERNOTEXIST", "ORDER_NOT_EXIST");

  private final WeChatPayClient client;
  private final Vertx vertx;
  private final TokenBucket rateLimit;
  private final CallMetrics metrics;

  public WeChatPayGateway(
      WeChatPayClient client, Vertx vertx, QueryConfig config, CallMetrics metrics) {
    this.client = client;
    this.vertx = vertx;
    this.metrics = metrics;
    this.rateLimit =
        new TokenBucket(
            config.rateLimit().perSecond(), config.rateLimit().burst(), System::nanoTime);
  }

  /** Queries the order once the rate limit allows, empty when WeChat Pay has no such order. */
  public Uni<Optional<Transaction>> query(String outTradeNo) {
    return takeToken().chain(() -> sendQuery(outTradeNo));
  }

  /**
   * Queries the order, waiting at most {@code maxWait} for the rate limit.
   *
   * @throws RateLimitedException through the Uni when the wait would be longer
   */
  public Uni<Optional<Transaction>> queryWithin(String outTradeNo, Duration maxWait) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Optional<Duration> wait = rateLimit.tryReserve(maxWait);
              if (wait.isEmpty()) {
                return Uni.createFrom().failure(new RateLimitedException(rateLimit.currentWait()));
              }
              return sleep(wait.get()).chain(() -> sendQuery(outTradeNo));
            });
  }

  /** Closes the order once the rate limit allows. */
  public Uni<CloseOutcome> close(String outTradeNo) {
    return takeToken()
        .chain(() -> client.closeOrder(outTradeNo))
        .replaceWith(CloseOutcome.CLOSED)
        .onFailure(BusinessException.class)
        .recoverWithUni(e -> closeOutcomeOf(outTradeNo, (BusinessException) e))
        .invoke(outcome -> metrics.record("close", outcome.name()))
        .onFailure()
        .invoke(e -> metrics.recordFailure("close", e));
  }

  private Uni<Optional<Transaction>> sendQuery(String outTradeNo) {
    return client
        .queryByOutTradeNo(outTradeNo)
        .invoke(transaction -> metrics.record("query", transaction.tradeState().name()))
        .onFailure()
        .invoke(e -> metrics.recordFailure("query", e))
        .map(Optional::of)
        .onFailure(WeChatPayGateway::isOrderNotFound)
        .recoverWithItem(Optional.empty());
  }

  private static Uni<CloseOutcome> closeOutcomeOf(String outTradeNo, BusinessException error) {
    if (error.isRetryable()) {
      return Uni.createFrom().failure(error);
    }
    CloseOutcome outcome = classify(error);
    if (outcome == CloseOutcome.REJECTED) {
      Log.warnf("Close of order %s rejected with code %s", outTradeNo, error.code());
    }
    return Uni.createFrom().item(outcome);
  }

  private static CloseOutcome classify(BusinessException error) {
    if (error.isOrderClosed()) {
      return CloseOutcome.ALREADY_CLOSED;
    }
    if (error.isOrderPaid()) {
      return CloseOutcome.PAID;
    }
    if (ORDER_NOT_FOUND_CODES.contains(error.code())) {
      return CloseOutcome.NOT_FOUND;
    }
    return CloseOutcome.REJECTED;
  }

  private static boolean isOrderNotFound(Throwable error) {
    return error instanceof BusinessException business
        && ORDER_NOT_FOUND_CODES.contains(business.code());
  }

  private Uni<Void> takeToken() {
    return Uni.createFrom().deferred(() -> sleep(rateLimit.reserve()));
  }

  /** Waits on a Vert.x timer, so the caller continues on its own Vert.x context. */
  private Uni<Void> sleep(Duration wait) {
    if (wait.isZero()) {
      return Uni.createFrom().voidItem();
    }
    long millis = Math.max(1, (wait.toNanos() + 999_999) / 1_000_000);
    return Uni.createFrom()
        .emitter(emitter -> vertx.setTimer(millis, id -> emitter.complete(null)));
  }
}
