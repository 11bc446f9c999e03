package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.simulator.notify.Delivery;
import dev.apppay.simulator.notify.DeliveryStatus;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.AppUser.ControlReply;
import dev.apppay.simulator.support.Await;
import dev.apppay.simulator.support.MerchantV2Client;
import dev.apppay.simulator.support.NotificationReceiver;
import dev.apppay.simulator.support.NotificationReceiver.Received;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.wechatpay.v2.SignType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class V2PaymentFlowTest {

  private WeChatPaySimulator simulator;
  private NotificationReceiver receiver;
  private MerchantV2Client merchant;
  private AppUser user;

  @BeforeEach
  void start() throws Exception {
    simulator = WeChatPaySimulator.start(TestConfigs.builder().build());
    receiver = NotificationReceiver.start(simulator.credentials());
    merchant = new MerchantV2Client(simulator.baseUrl(), simulator.credentials());
    user = new AppUser(simulator.baseUrl(), simulator.credentials());
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
    receiver.close();
  }

  @ParameterizedTest
  @EnumSource(SignType.class)
  void v2PaymentCompletesEndToEnd(SignType signType) throws Exception {
    String outTradeNo = "V2FLOW" + signType.ordinal() + "0001";
    Map<String, String> created =
        merchant.unifiedOrder(merchant.orderFields(outTradeNo, 100, receiver.url()), signType);

    assertThat(created).containsEntry("return_code", "SUCCESS");
    assertThat(created).containsEntry("result_code", "SUCCESS");
    assertThat(created).containsEntry("trade_type", "APP");
    assertThat(created.get("prepay_id")).matches("wx[0-9]{14}[0-9a-f]{20}");
    assertThat(merchant.isSignedBy(created, signType)).isTrue();

    String prepayId = created.get("prepay_id");
    ControlReply paid = user.post("/simulator/pay", user.v2Parameters(prepayId, signType));
    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.json().path("errCode").asInt()).isEqualTo(0);
    assertThat(paid.json().path("tradeState").asText()).isEqualTo("SUCCESS");
    String transactionId = paid.json().path("transactionId").asText();
    assertThat(transactionId).matches("[0-9]{28}");

    List<Received> received = receiver.awaitReceived(1, Duration.ofSeconds(5));
    assertThat(received).hasSize(1);
    Received notification = received.get(0);
    assertThat(notification.verified()).isTrue();
    assertThat(notification.v2Fields())
        .containsEntry("out_trade_no", outTradeNo)
        .containsEntry("total_fee", "100")
        .containsEntry("cash_fee", "100")
        .containsEntry("result_code", "SUCCESS")
        .containsEntry("transaction_id", transactionId)
        .containsEntry("appid", simulator.credentials().appId())
        .containsEntry("mch_id", simulator.credentials().mchId());
    assertThat(notification.v2Fields().get("openid")).hasSize(28);
    assertThat(notification.v2Fields().get("time_end")).matches("[0-9]{14}");
    assertThat(notification.v2Fields().containsKey("sign_type"))
        .isEqualTo(signType == SignType.HMAC_SHA256);

    List<Delivery> deliveries =
        Await.until(
            () -> simulator.deliveries(outTradeNo),
            list -> list.get(0).status() == DeliveryStatus.ACKNOWLEDGED,
            Duration.ofSeconds(5));
    assertThat(deliveries.get(0).status()).isEqualTo(DeliveryStatus.ACKNOWLEDGED);
    assertThat(deliveries.get(0).attempts()).hasSize(1);

    Map<String, String> queried = merchant.query(outTradeNo);
    assertThat(queried).containsEntry("trade_state", "SUCCESS");
    assertThat(queried).containsEntry("transaction_id", transactionId);
    assertThat(merchant.isSignedBy(queried, SignType.MD5)).isTrue();

    Map<String, String> byTransaction = merchant.queryByTransactionId(transactionId);
    assertThat(byTransaction).containsEntry("out_trade_no", outTradeNo);

    Map<String, String> closed = merchant.close(outTradeNo);
    assertThat(closed).containsEntry("return_code", "SUCCESS");
    assertThat(closed).containsEntry("result_code", "FAIL");
    assertThat(closed).containsEntry("err_code", "ORDERPAID");
    assertThat(merchant.isSignedBy(closed, SignType.MD5)).isTrue();
  }
}
