package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.notify.Delivery;
import dev.apppay.simulator.notify.DeliveryStatus;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.AppUser.ControlReply;
import dev.apppay.simulator.support.Await;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.NotificationReceiver;
import dev.apppay.simulator.support.NotificationReceiver.Received;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.simulator.support.V3Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class V3PaymentFlowTest {

  private WeChatPaySimulator simulator;
  private NotificationReceiver receiver;
  private MerchantV3Client merchant;
  private AppUser user;

  @BeforeEach
  void start() throws Exception {
    simulator = WeChatPaySimulator.start(TestConfigs.builder().build());
    receiver = NotificationReceiver.start(simulator.credentials());
    merchant = new MerchantV3Client(simulator.baseUrl(), simulator.credentials());
    user = new AppUser(simulator.baseUrl(), simulator.credentials());
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
    receiver.close();
  }

  @Test
  void v3PaymentCompletesEndToEnd() throws Exception {
    String outTradeNo = "V3FLOW0001";
    V3Reply created = merchant.prepay(outTradeNo, 250, receiver.url());
    assertThat(created.status()).isEqualTo(200);
    merchant.verify(created);
    assertThat(created.header("Request-ID")).isNotBlank();
    assertThat(created.header("Wechatpay-Serial"))
        .isEqualTo(simulator.credentials().platformPublicKeyId());
    String prepayId = created.json().path("prepay_id").asText();
    assertThat(prepayId).matches("wx[0-9]{14}[0-9a-f]{20}");

    ControlReply paid = user.post("/simulator/pay", user.v3Parameters(prepayId));
    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.json().path("errCode").asInt()).isEqualTo(0);
    String transactionId = paid.json().path("transactionId").asText();

    List<Received> received = receiver.awaitReceived(1, Duration.ofSeconds(5));
    assertThat(received).hasSize(1);
    Received notification = received.get(0);
    assertThat(notification.verified()).isTrue();
    assertThat(notification.headers().get("Wechatpay-Serial"))
        .isEqualTo(simulator.credentials().platformPublicKeyId());
    assertThat(notification.envelope().path("event_type").asText())
        .isEqualTo("TRANSACTION.SUCCESS");
    assertThat(notification.envelope().path("resource").path("algorithm").asText())
        .isEqualTo("AEAD_AES_256_GCM");
    assertThat(notification.envelope().path("id").asText())
        .isEqualTo(paid.json().path("notificationId").asText());
    JsonNode transaction = notification.transaction();
    assertThat(transaction.path("out_trade_no").asText()).isEqualTo(outTradeNo);
    assertThat(transaction.path("transaction_id").asText()).isEqualTo(transactionId);
    assertThat(transaction.path("trade_state").asText()).isEqualTo("SUCCESS");
    assertThat(transaction.path("amount").path("total").asLong()).isEqualTo(250);
    assertThat(transaction.path("amount").path("payer_total").asLong()).isEqualTo(250);
    assertThat(transaction.path("success_time").asText()).endsWith("+08:00");
    assertThat(transaction.path("payer").path("openid").asText()).hasSize(28);

    List<Delivery> deliveries =
        Await.until(
            () -> simulator.deliveries(outTradeNo),
            list -> list.get(0).status() == DeliveryStatus.ACKNOWLEDGED,
            Duration.ofSeconds(5));
    assertThat(deliveries.get(0).status()).isEqualTo(DeliveryStatus.ACKNOWLEDGED);

    V3Reply queried = merchant.query(outTradeNo);
    assertThat(queried.status()).isEqualTo(200);
    merchant.verify(queried);
    assertThat(queried.json().path("trade_state").asText()).isEqualTo("SUCCESS");
    assertThat(queried.json().path("transaction_id").asText()).isEqualTo(transactionId);

    V3Reply byId = merchant.queryById(transactionId);
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.json().path("out_trade_no").asText()).isEqualTo(outTradeNo);

    V3Reply closed = merchant.close(outTradeNo);
    assertThat(closed.status()).isEqualTo(400);
    merchant.verify(closed);
    assertThat(closed.json().path("code").asText()).isEqualTo("ORDERPAID");
  }

  @Test
  void v3CloseUnpaidReturns204ThenOrderClosed() throws Exception {
    String outTradeNo = "V3CLOSE0001";
    V3Reply created = merchant.prepay(outTradeNo, 100, receiver.url());
    String prepayId = created.json().path("prepay_id").asText();

    V3Reply closed = merchant.close(outTradeNo);
    assertThat(closed.status()).isEqualTo(204);
    assertThat(closed.body()).isEmpty();
    merchant.verify(closed);

    V3Reply closedAgain = merchant.close(outTradeNo);
    assertThat(closedAgain.status()).isEqualTo(400);
    assertThat(closedAgain.json().path("code").asText()).isEqualTo("ORDER_CLOSED");

    V3Reply queried = merchant.query(outTradeNo);
    assertThat(queried.json().path("trade_state").asText()).isEqualTo("CLOSED");

    ControlReply paid = user.post("/simulator/pay", user.v3Parameters(prepayId));
    assertThat(paid.status()).isEqualTo(409);
    assertThat(paid.json().path("code").asText()).isEqualTo("ORDER_CLOSED");
    assertThat(paid.json().path("errCode").asInt()).isEqualTo(-1);

    V3Reply recreated = merchant.prepay(outTradeNo, 100, receiver.url());
    assertThat(recreated.status()).isEqualTo(400);
    assertThat(recreated.json().path("code").asText()).isEqualTo("ORDER_CLOSED");
  }
}
