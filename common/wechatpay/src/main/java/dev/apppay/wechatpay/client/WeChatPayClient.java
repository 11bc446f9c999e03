package dev.apppay.wechatpay.client;

import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.AppPrepay;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.WeChatPayException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.time.Clock;

/**
 * A non-blocking WeChat Pay client for one merchant, the same for both API versions. Every
 * operation returns a Uni that fails with a {@link WeChatPayException} subclass: a business error
 * with WeChat's code, a rejected request, a signature failure, a transport failure, a timeout or a
 * malformed reply. The client retries nothing; queries and closes are idempotent, so callers may
 * repeat them when {@link WeChatPayException#isRetryable()} is true.
 */
public interface WeChatPayClient extends AutoCloseable {

  /** Creates a prepay order for APP payment and returns its {@code prepay_id}. */
  Uni<AppPrepay> createAppPrepay(AppPrepayRequest request);

  /** Queries an order by the merchant's order number. */
  Uni<Transaction> queryByOutTradeNo(String outTradeNo);

  /** Queries an order by WeChat Pay's order number. */
  Uni<Transaction> queryByTransactionId(String transactionId);

  /**
   * Closes an unpaid order. An already closed or paid order fails with a {@code BusinessException}
   * whose {@code isOrderClosed()} or {@code isOrderPaid()} is true.
   */
  Uni<Void> closeOrder(String outTradeNo);

  /** Signs the parameters the app passes to the WeChat OpenSDK; runs no I/O. */
  AppPayParameters signAppParameters(String prepayId);

  /** Releases the HTTP connections. */
  @Override
  void close();

  /** Creates the client for the merchant's API version, on the given Vert.x instance. */
  static WeChatPayClient create(Vertx vertx, MerchantConfig config) {
    return create(vertx, config, Clock.systemUTC());
  }

  /** Creates the client with a clock for signature timestamps and the response time window. */
  static WeChatPayClient create(Vertx vertx, MerchantConfig config, Clock clock) {
    HttpTransport transport =
        new HttpTransport(vertx, config.baseUrl(), config.connectTimeout(), config.readTimeout());
    return switch (config.apiVersion()) {
      case V2 -> new V2Client(transport, config, clock);
      case V3 -> new V3Client(transport, config, clock);
    };
  }
}
