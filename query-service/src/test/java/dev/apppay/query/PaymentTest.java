package dev.apppay.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTest {

  private static final Instant NOW = Instant.parse("2026-12-04T13:00:00Z");

  @Test
  void paymentWinsOverClose() {
    Payment payment = awaiting();
    payment.markClosed(NOW);

    boolean changed = payment.markPaid("4200000001", NOW, 3998, NOW);

    assertThat(changed).isTrue();
    assertThat(payment.status).isEqualTo(PaymentStatus.PAID);
    assertThat(payment.transactionId).isEqualTo("4200000001");
  }

  @Test
  void paidOrderIgnoresCloseAndFailure() {
    Payment payment = awaiting();
    payment.markPaid("4200000001", NOW, 3998, NOW);

    assertThat(payment.markClosed(NOW)).isFalse();
    assertThat(payment.markFailed(NOW)).isFalse();
    assertThat(payment.status).isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void secondPaymentKeepsFirstTransaction() {
    Payment payment = awaiting();
    payment.markPaid("4200000001", NOW, 3998, NOW);

    assertThat(payment.markPaid("4200000002", NOW, 3998, NOW)).isFalse();
    assertThat(payment.transactionId).isEqualTo("4200000001");
  }

  @Test
  void finalStatusStopsChecks() {
    Payment payment = awaiting();
    payment.nextCheckAt = NOW;

    payment.markFailed(NOW);

    assertThat(payment.status).isEqualTo(PaymentStatus.FAILED);
    assertThat(payment.nextCheckAt).isNull();
  }

  @Test
  void paidOrderReportsPaidAmount() {
    Payment payment = awaiting();
    Long beforePayment = payment.reportedAmountFen();

    payment.markPaid("4200000001", NOW, 3997, NOW);

    assertThat(beforePayment).isEqualTo(3998);
    assertThat(payment.paidAmountFen).isEqualTo(3997);
    assertThat(payment.reportedAmountFen()).isEqualTo(3997);
    assertThat(payment.amountFen).isEqualTo(3998);
  }

  private static Payment awaiting() {
    Payment payment = new Payment();
    payment.outTradeNo = "AP0000000001";
    payment.status = PaymentStatus.AWAITING_PAYMENT;
    payment.amountFen = 3998L;
    payment.createdAt = NOW;
    payment.updatedAt = NOW;
    return payment;
  }
}
