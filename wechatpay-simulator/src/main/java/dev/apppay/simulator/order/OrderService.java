package dev.apppay.simulator.order;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.TradeState;
import dev.apppay.simulator.store.OrderStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * WeChat Pay's order rules: re-entry with identical parameters, the 2-hour prepay lifetime, and the
 * transitions NOTPAY to USERPAYING, SUCCESS, PAYERROR or CLOSED, and SUCCESS to REFUND.
 *
 * <p>Every method runs under this object's lock, so each read-decide-write step is atomic.
 */
public final class OrderService {

  /** How long a prepay_id can be paid after WeChat Pay issued it. */
  public static final Duration PREPAY_LIFETIME = Duration.ofHours(2);

  private final OrderStore store;
  private final SimulatorClock clock;
  private final IdGenerator ids;

  public OrderService(OrderStore store, SimulatorClock clock, IdGenerator ids) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * Creates an order with a prepay session, or returns the existing one for a repeated request.
   *
   * <p>A repeated request with identical parameters gets the same prepay_id while it is live and a
   * new one after it expired.
   */
  public synchronized Order createOrReenter(OrderRequest request) throws OrderException {
    Optional<Order> existing = store.find(request.mchId(), request.outTradeNo());
    if (existing.isEmpty()) {
      return create(request);
    }
    return reenter(existing.get(), request);
  }

  public synchronized Optional<Order> find(String mchId, String outTradeNo) {
    return store.find(mchId, outTradeNo);
  }

  public synchronized Optional<Order> findByTransactionId(String mchId, String transactionId) {
    return store.findByTransactionId(mchId, transactionId);
  }

  public synchronized java.util.List<Order> all() {
    return store.all();
  }

  public synchronized Optional<Order> findByPrepayId(String prepayId) {
    return store.findByPrepayId(prepayId);
  }

  /** Closes an unpaid order; rejects paid and already closed orders. */
  public synchronized Order close(String mchId, String outTradeNo) throws OrderException {
    Order order = require(store.find(mchId, outTradeNo), outTradeNo);
    if (order.state().isPaid()) {
      throw new OrderException(OrderError.ORDER_PAID, "Order " + outTradeNo + " is paid");
    }
    if (order.state() == TradeState.CLOSED) {
      throw new OrderException(OrderError.ORDER_CLOSED, "Order " + outTradeNo + " is closed");
    }
    return save(order.withState(TradeState.CLOSED, clock.now()));
  }

  /** Moves a payable order to USERPAYING, as while the user enters a password. */
  public synchronized Order startPaying(String prepayId) throws OrderException {
    Order order = requirePayable(prepayId);
    return save(order.withState(TradeState.USERPAYING, clock.now()));
  }

  /** Pays the order of {@code prepayId} with {@code amount} fen, or its total when null. */
  public synchronized Order pay(String prepayId, Long amount) throws OrderException {
    Order order = requirePayable(prepayId);
    long paid = amount == null ? order.total() : amount;
    Instant now = clock.now();
    return save(order.withPayment(ids.transactionId(now), ids.openId(), paid, now));
  }

  /** Records a failed payment (PAYERROR), as when the user's bank declines. */
  public synchronized Order fail(String prepayId) throws OrderException {
    Order order = requirePayable(prepayId);
    return save(order.withState(TradeState.PAYERROR, clock.now()));
  }

  /** Records that the user left the cashier: the order stays or returns to NOTPAY. */
  public synchronized Order cancel(String prepayId) throws OrderException {
    Order order = requirePayable(prepayId);
    return save(order.withState(TradeState.NOTPAY, clock.now()));
  }

  /** Marks a paid order as having a refund (REFUND). */
  public synchronized Order refund(String mchId, String outTradeNo) throws OrderException {
    Order order = require(store.find(mchId, outTradeNo), outTradeNo);
    if (!order.state().isPaid()) {
      throw new OrderException(
          OrderError.ORDER_NOT_EXIST, "Order " + outTradeNo + " is not paid: " + order.state());
    }
    return save(order.withState(TradeState.REFUND, clock.now()));
  }

  /** Returns whether the order's prepay session can still be paid at the current time. */
  public boolean isPrepayLive(Order order) {
    Instant now = clock.now();
    boolean young = now.isBefore(order.prepayCreatedAt().plus(PREPAY_LIFETIME));
    boolean beforeExpiry = order.timeExpire() == null || now.isBefore(order.timeExpire());
    return young && beforeExpiry;
  }

  private Order create(OrderRequest request) {
    Instant now = clock.now();
    Order order =
        new Order(
            request.apiVersion(),
            request.appId(),
            request.mchId(),
            request.outTradeNo(),
            request.description(),
            request.attach(),
            request.total(),
            request.currency(),
            request.notifyUrl(),
            request.signType(),
            request.parameters(),
            request.timeExpire(),
            ids.prepayId(now),
            now,
            now,
            TradeState.NOTPAY,
            null,
            null,
            null,
            null,
            null);
    return save(order);
  }

  private Order reenter(Order order, OrderRequest request) throws OrderException {
    rejectFinished(order);
    if (!order.parameters().equals(request.parameters())) {
      throw new OrderException(
          OrderError.OUT_TRADE_NO_USED,
          "out_trade_no " + order.outTradeNo() + " was used with different parameters");
    }
    if (isPrepayLive(order)) {
      return order;
    }
    Instant now = clock.now();
    return save(order.withPrepay(ids.prepayId(now), now));
  }

  private Order requirePayable(String prepayId) throws OrderException {
    Order order =
        store
            .findByPrepayId(prepayId)
            .orElseThrow(
                () ->
                    new OrderException(
                        OrderError.PREPAY_NOT_EXIST, "prepay_id " + prepayId + " not found"));
    rejectFinished(order);
    if (!isPrepayLive(order)) {
      throw new OrderException(OrderError.PREPAY_EXPIRED, "prepay_id " + prepayId + " expired");
    }
    return order;
  }

  private static void rejectFinished(Order order) throws OrderException {
    String outTradeNo = order.outTradeNo();
    switch (order.state()) {
      case SUCCESS, REFUND ->
          throw new OrderException(OrderError.ORDER_PAID, "Order " + outTradeNo + " is paid");
      case CLOSED ->
          throw new OrderException(OrderError.ORDER_CLOSED, "Order " + outTradeNo + " is closed");
      case PAYERROR ->
          throw new OrderException(
              OrderError.ORDER_PAY_ERROR, "Payment of order " + outTradeNo + " failed");
      default -> {
        // NOTPAY and USERPAYING can still be paid.
      }
    }
  }

  private static Order require(Optional<Order> order, String outTradeNo) throws OrderException {
    return order.orElseThrow(
        () -> new OrderException(OrderError.ORDER_NOT_EXIST, "Order " + outTradeNo + " not found"));
  }

  private Order save(Order order) {
    store.put(order);
    return order;
  }
}
