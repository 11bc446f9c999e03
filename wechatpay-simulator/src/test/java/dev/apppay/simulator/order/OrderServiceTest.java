package dev.apppay.simulator.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apppay.simulator.ApiVersion;
import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.TradeState;
import dev.apppay.simulator.store.OrderStore;
import dev.apppay.simulator.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderServiceTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T05:00:00Z"));
  private final AtomicInteger changes = new AtomicInteger();
  private final OrderService orders =
      new OrderService(
          new OrderStore(changes::incrementAndGet), new SimulatorClock(clock), new IdGenerator());

  @Test
  void createdOrderIsNotPaidWithPrepay() throws Exception {
    Order order = orders.createOrReenter(request("ORDER00001", 100));

    assertThat(order.state()).isEqualTo(TradeState.NOTPAY);
    assertThat(order.prepayId()).matches("wx20261204130000[0-9a-f]{20}");
    assertThat(order.prepayCreatedAt()).isEqualTo(clock.instant());
    assertThat(changes.get()).isEqualTo(1);
  }

  @Test
  void paymentRecordsIdsAndAmount() throws Exception {
    Order created = orders.createOrReenter(request("ORDER00002", 100));

    Order paid = orders.pay(created.prepayId(), null);

    assertThat(paid.state()).isEqualTo(TradeState.SUCCESS);
    assertThat(paid.transactionId()).matches("420020261204[0-9]{16}");
    assertThat(paid.payerTotal()).isEqualTo(100);
    assertThat(paid.successTime()).isEqualTo(clock.instant());
    assertThat(orders.findByTransactionId("1900000109", paid.transactionId())).contains(paid);
  }

  @Test
  void paidOrderCannotBeClosedOrPaidAgain() throws Exception {
    Order created = orders.createOrReenter(request("ORDER00003", 100));
    orders.pay(created.prepayId(), null);

    OrderException close =
        catchThrowableOfType(OrderException.class, () -> orders.close("1900000109", "ORDER00003"));
    OrderException payAgain =
        catchThrowableOfType(OrderException.class, () -> orders.pay(created.prepayId(), null));

    assertThat(close.error()).isEqualTo(OrderError.ORDER_PAID);
    assertThat(payAgain.error()).isEqualTo(OrderError.ORDER_PAID);
  }

  @Test
  void closedOrderCannotBePaidOrCreatedAgain() throws Exception {
    Order created = orders.createOrReenter(request("ORDER00004", 100));
    orders.close("1900000109", "ORDER00004");

    OrderException pay =
        catchThrowableOfType(OrderException.class, () -> orders.pay(created.prepayId(), null));
    OrderException recreate =
        catchThrowableOfType(
            OrderException.class, () -> orders.createOrReenter(request("ORDER00004", 100)));

    assertThat(pay.error()).isEqualTo(OrderError.ORDER_CLOSED);
    assertThat(recreate.error()).isEqualTo(OrderError.ORDER_CLOSED);
    assertThat(orders.find("1900000109", "ORDER00004").orElseThrow().closedAt())
        .isEqualTo(clock.instant());
  }

  @Test
  void prepayExpiresAfterTwoHours() throws Exception {
    Order created = orders.createOrReenter(request("ORDER00005", 100));
    clock.advance(OrderService.PREPAY_LIFETIME);

    OrderException expired =
        catchThrowableOfType(OrderException.class, () -> orders.pay(created.prepayId(), null));

    assertThat(expired.error()).isEqualTo(OrderError.PREPAY_EXPIRED);
    assertThat(orders.isPrepayLive(created)).isFalse();
  }

  @Test
  void repeatWithOtherParametersIsRejected() throws Exception {
    orders.createOrReenter(request("ORDER00006", 100));

    OrderException used =
        catchThrowableOfType(
            OrderException.class, () -> orders.createOrReenter(request("ORDER00006", 200)));

    assertThat(used.error()).isEqualTo(OrderError.OUT_TRADE_NO_USED);
  }

  @Test
  void failedPaymentIsFinal() throws Exception {
    Order created = orders.createOrReenter(request("ORDER00007", 100));
    orders.fail(created.prepayId());

    OrderException pay =
        catchThrowableOfType(OrderException.class, () -> orders.pay(created.prepayId(), null));
    Order closed = orders.close("1900000109", "ORDER00007");

    assertThat(pay.error()).isEqualTo(OrderError.ORDER_PAY_ERROR);
    assertThat(closed.state()).isEqualTo(TradeState.CLOSED);
  }

  @Test
  void refundNeedsPaidOrder() throws Exception {
    Order created = orders.createOrReenter(request("ORDER00008", 100));

    OrderException unpaid =
        catchThrowableOfType(OrderException.class, () -> orders.refund("1900000109", "ORDER00008"));
    orders.pay(created.prepayId(), 100L);
    Order refunded = orders.refund("1900000109", "ORDER00008");

    assertThat(unpaid.error()).isEqualTo(OrderError.ORDER_NOT_EXIST);
    assertThat(refunded.state()).isEqualTo(TradeState.REFUND);
  }

  @Test
  void renewedPrepayReplacesOldOne() throws Exception {
    Order first = orders.createOrReenter(request("ORDER00009", 100));
    clock.advance(Duration.ofHours(2).plusSeconds(1));

    Order second = orders.createOrReenter(request("ORDER00009", 100));

    assertThat(second.prepayId()).isNotEqualTo(first.prepayId());
    assertThat(orders.findByPrepayId(first.prepayId())).isEmpty();
    assertThat(orders.findByPrepayId(second.prepayId())).isPresent();
  }

  private static OrderRequest request(String outTradeNo, long total) {
    return new OrderRequest(
        ApiVersion.V3,
        "wx0123456789abcdef",
        "1900000109",
        outTradeNo,
        "goods",
        null,
        total,
        "CNY",
        "https://merchant.example.com/notify",
        null,
        "total=" + total,
        null);
  }
}
