package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.AppUser.ControlReply;
import dev.apppay.simulator.support.MerchantV2Client;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.NotificationReceiver;
import dev.apppay.simulator.support.NotificationReceiver.Received;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.wechatpay.v2.SignType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ControlApiTest {

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

  @Test
  void badSignatureIsRejectedAndOrderStaysUnpaid() throws Exception {
    String prepayId = create("CTRLSIGN01");
    Map<String, Object> parameters = user.v2Parameters(prepayId, SignType.MD5);
    parameters.put("sign", "0123456789ABCDEF0123456789ABCDEF");

    ControlReply reply = user.post("/simulator/pay", parameters);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("code").asText()).isEqualTo("SIGN_ERROR");
    assertThat(reply.json().path("errCode").asInt()).isEqualTo(-1);
    assertThat(simulator.order("CTRLSIGN01").orElseThrow().state()).isEqualTo(TradeState.NOTPAY);
  }

  @Test
  void wrongAlgorithmIsRejected() throws Exception {
    String prepayId = create("CTRLSIGN02");

    ControlReply reply =
        user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.HMAC_SHA256));

    assertThat(reply.json().path("code").asText()).isEqualTo("SIGN_ERROR");
  }

  @Test
  void v3OrderRejectsV2Signature() throws Exception {
    MerchantV3Client v3 = new MerchantV3Client(simulator.baseUrl(), simulator.credentials());
    String prepayId =
        v3.prepay("CTRLSIGN03", 100, receiver.url()).json().path("prepay_id").asText();

    ControlReply reply = user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));

    assertThat(reply.json().path("code").asText()).isEqualTo("SIGN_ERROR");
  }

  @Test
  void foreignAppIdOrPartnerIdIsRejected() throws Exception {
    String prepayId = create("CTRLBIND01");
    Map<String, Object> foreignApp = user.v2Parameters(prepayId, SignType.MD5);
    foreignApp.put("appid", "wx9999999999999999");
    Map<String, Object> foreignPartner = user.v2Parameters(prepayId, SignType.MD5);
    foreignPartner.put("partnerid", "1900000999");

    ControlReply app = user.post("/simulator/pay", foreignApp);
    ControlReply partner = user.post("/simulator/pay", foreignPartner);

    assertThat(app.json().path("code").asText()).isEqualTo("APPID_MCHID_NOT_MATCH");
    assertThat(partner.json().path("code").asText()).isEqualTo("APPID_MCHID_NOT_MATCH");
  }

  @Test
  void unknownPrepayIdIsRejected() throws Exception {
    ControlReply reply =
        user.post(
            "/simulator/pay",
            user.v2Parameters("wx20261204000000aaaaaaaaaaaaaaaaaaaa", SignType.MD5));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().path("code").asText()).isEqualTo("PREPAY_NOT_EXIST");
  }

  @Test
  void malformedParametersAreRejected() throws Exception {
    String prepayId = create("CTRLFORM01");
    Map<String, Object> wrongPackage = user.v2Parameters(prepayId, SignType.MD5);
    wrongPackage.put("package", "prepay_id=" + prepayId);
    Map<String, Object> milliseconds = user.v2Parameters(prepayId, SignType.MD5);
    milliseconds.put("timestamp", "1735704000000");
    Map<String, Object> missing = user.v2Parameters(prepayId, SignType.MD5);
    missing.remove("noncestr");

    assertThat(user.post("/simulator/pay", wrongPackage).json().path("message").asText())
        .isEqualTo("package must be Sign=WXPay");
    assertThat(user.post("/simulator/pay", milliseconds).json().path("message").asText())
        .isEqualTo("timestamp must be 10 digits of Unix seconds");
    assertThat(user.post("/simulator/pay", missing).json().path("message").asText())
        .isEqualTo("Client parameter noncestr is missing");
  }

  @Test
  void differentAmountReachesNotificationAndQuery() throws Exception {
    String prepayId = create("CTRLAMNT01");
    Map<String, Object> parameters = user.v2Parameters(prepayId, SignType.MD5);
    parameters.put("amount", 1);

    ControlReply paid = user.post("/simulator/pay", parameters);
    List<Received> received = receiver.awaitReceived(1, Duration.ofSeconds(5));

    assertThat(paid.json().path("amount").asLong()).isEqualTo(1);
    assertThat(received.get(0).v2Fields()).containsEntry("total_fee", "1");
    assertThat(merchant.query("CTRLAMNT01")).containsEntry("total_fee", "1");
    assertThat(simulator.order("CTRLAMNT01").orElseThrow().total()).isEqualTo(100);
  }

  @Test
  void payRejectsNonPositiveAmount() throws Exception {
    String prepayId = create("CTRLAMNT02");
    Map<String, Object> zero = user.v2Parameters(prepayId, SignType.MD5);
    zero.put("amount", 0);
    Map<String, Object> negative = user.v2Parameters(prepayId, SignType.MD5);
    negative.put("amount", -5);

    ControlReply zeroReply = user.post("/simulator/pay", zero);
    ControlReply negativeReply = user.post("/simulator/pay", negative);

    assertThat(zeroReply.status()).isEqualTo(400);
    assertThat(zeroReply.json().toString())
        .isEqualTo(
            "{\"code\":\"INVALID_REQUEST\","
                + "\"message\":\"amount must be a positive number of fen: 0\",\"errCode\":-1}");
    assertThat(negativeReply.status()).isEqualTo(400);
    assertThat(negativeReply.json().toString())
        .isEqualTo(
            "{\"code\":\"INVALID_REQUEST\","
                + "\"message\":\"amount must be a positive number of fen: -5\",\"errCode\":-1}");
    assertThat(simulator.order("CTRLAMNT02").orElseThrow().state()).isEqualTo(TradeState.NOTPAY);
    assertThat(simulator.deliveries("CTRLAMNT02")).isEmpty();
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void orderPayRejectsNonPositiveAmount() throws Exception {
    create("CTRLAMNT03");

    ControlReply zero = user.post("/simulator/orders/CTRLAMNT03/pay", Map.of("amount", 0));
    ControlReply negative = user.post("/simulator/orders/CTRLAMNT03/pay", Map.of("amount", -1));

    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.json().toString())
        .isEqualTo(
            "{\"code\":\"INVALID_REQUEST\","
                + "\"message\":\"amount must be a positive number of fen: 0\"}");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.json().toString())
        .isEqualTo(
            "{\"code\":\"INVALID_REQUEST\","
                + "\"message\":\"amount must be a positive number of fen: -1\"}");
    assertThat(simulator.order("CTRLAMNT03").orElseThrow().state()).isEqualTo(TradeState.NOTPAY);
    assertThat(simulator.deliveries("CTRLAMNT03")).isEmpty();
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void failedPaymentBecomesPayError() throws Exception {
    String prepayId = create("CTRLFAIL01");

    ControlReply failed = user.post("/simulator/fail", user.v2Parameters(prepayId, SignType.MD5));
    Map<String, String> repeated =
        merchant.unifiedOrder(
            merchant.orderFields("CTRLFAIL01", 100, receiver.url()), SignType.MD5);

    assertThat(failed.json().path("errCode").asInt()).isEqualTo(-1);
    assertThat(failed.json().path("tradeState").asText()).isEqualTo("PAYERROR");
    assertThat(merchant.query("CTRLFAIL01")).containsEntry("trade_state", "PAYERROR");
    assertThat(repeated).containsEntry("err_code", "INVALID_REQUEST");
    assertThat(simulator.deliveries("CTRLFAIL01")).isEmpty();
  }

  @Test
  void cancelKeepsOrderPayable() throws Exception {
    String prepayId = create("CTRLCANC01");

    ControlReply cancelled =
        user.post("/simulator/cancel", user.v2Parameters(prepayId, SignType.MD5));
    ControlReply paid = user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));

    assertThat(cancelled.json().path("errCode").asInt()).isEqualTo(-2);
    assertThat(cancelled.json().path("tradeState").asText()).isEqualTo("NOTPAY");
    assertThat(paid.json().path("tradeState").asText()).isEqualTo("SUCCESS");
  }

  @Test
  void userPayingShowsInQueryUntilPaid() throws Exception {
    String prepayId = create("CTRLPAYG01");

    ControlReply paying =
        user.post("/simulator/userpaying", user.v2Parameters(prepayId, SignType.MD5));
    Map<String, String> during = merchant.query("CTRLPAYG01");
    user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));

    assertThat(paying.json().path("tradeState").asText()).isEqualTo("USERPAYING");
    assertThat(during).containsEntry("trade_state", "USERPAYING");
    assertThat(merchant.query("CTRLPAYG01")).containsEntry("trade_state", "SUCCESS");
  }

  @Test
  void secondPaymentIsRejected() throws Exception {
    String prepayId = create("CTRLTWICE1");
    user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));

    ControlReply second = user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().path("code").asText()).isEqualTo("ORDER_PAID");
    assertThat(simulator.deliveries("CTRLTWICE1")).hasSize(1);
  }

  @Test
  void refundMovesPaidOrderToRefund() throws Exception {
    String prepayId = create("CTRLRFND01");
    ControlReply unpaid = user.post("/simulator/orders/CTRLRFND01/refund", Map.of());
    user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));

    ControlReply refunded = user.post("/simulator/orders/CTRLRFND01/refund", Map.of());

    assertThat(unpaid.status()).isEqualTo(404);
    assertThat(refunded.json().path("state").asText()).isEqualTo("REFUND");
    assertThat(merchant.query("CTRLRFND01")).containsEntry("trade_state", "REFUND");
  }

  @Test
  void inspectionListsOrdersAndDeliveries() throws Exception {
    String prepayId = create("CTRLLIST01");
    user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));
    receiver.awaitReceived(1, Duration.ofSeconds(5));

    ControlReply order = user.get("/simulator/orders/CTRLLIST01");
    ControlReply orders = user.get("/simulator/orders");
    ControlReply deliveries = user.get("/simulator/orders/CTRLLIST01/notifications");
    ControlReply missing = user.get("/simulator/orders/CTRLNONE01");

    assertThat(order.json().path("state").asText()).isEqualTo("SUCCESS");
    assertThat(orders.json().size()).isEqualTo(1);
    assertThat(deliveries.json().get(0).path("outTradeNo").asText()).isEqualTo("CTRLLIST01");
    assertThat(deliveries.json().get(0).path("attempts").get(0).path("number").asInt())
        .isEqualTo(1);
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void resendRepeatsAcknowledgedNotification() throws Exception {
    String prepayId = create("CTRLRSND01");
    user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));
    receiver.awaitReceived(1, Duration.ofSeconds(5));

    ControlReply resent = user.post("/simulator/orders/CTRLRSND01/notifications/resend", Map.of());
    List<Received> received = receiver.awaitReceived(2, Duration.ofSeconds(5));
    ControlReply missing = user.post("/simulator/orders/CTRLNONE02/notifications/resend", Map.of());

    assertThat(resent.status()).isEqualTo(200);
    assertThat(resent.json().path("outcome").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(resent.json().path("number").asInt()).isEqualTo(1);
    assertThat(resent.json().path("copy").asInt()).isEqualTo(1);
    assertThat(received).hasSize(2);
    assertThat(received.get(1).v2Fields().get("transaction_id"))
        .isEqualTo(received.get(0).v2Fields().get("transaction_id"));
    assertThat(simulator.deliveries("CTRLRSND01").get(0).attempts()).hasSize(2);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("code").asText()).isEqualTo("NOTIFICATION_NOT_EXIST");
  }

  @Test
  void orderPayWorksWithoutClientParameters() throws Exception {
    create("CTRLDRCT01");
    create("CTRLDRCT02");

    ControlReply paid = user.post("/simulator/orders/CTRLDRCT01/pay", Map.of("amount", 50));
    ControlReply missing = user.post("/simulator/orders/CTRLNONE03/pay", Map.of());
    ControlReply invalid = user.post("/simulator/orders/CTRLDRCT02/pay", Map.of("amount", "50"));
    List<Received> received = receiver.awaitReceived(1, Duration.ofSeconds(5));

    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.json().path("tradeState").asText()).isEqualTo("SUCCESS");
    assertThat(paid.json().path("amount").asLong()).isEqualTo(50);
    assertThat(received.get(0).v2Fields()).containsEntry("total_fee", "50");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("code").asText()).isEqualTo("ORDER_NOT_EXIST");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(simulator.order("CTRLDRCT02").orElseThrow().state()).isEqualTo(TradeState.NOTPAY);
  }

  @Test
  void handlePayRejectsPaidOrder() throws Exception {
    create("CTRLHNDL01");

    Order paid = simulator.pay("CTRLHNDL01", null);

    assertThat(paid.state()).isEqualTo(TradeState.SUCCESS);
    assertThat(paid.payerTotal()).isEqualTo(100);
    assertThatThrownBy(() -> simulator.pay("CTRLHNDL01", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ORDER_PAID: Order CTRLHNDL01 is paid");
  }

  @Test
  void invalidJsonIsRejected() throws Exception {
    ControlReply reply = user.post("/simulator/pay", "not an object");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("code").asText()).isEqualTo("INVALID_REQUEST");
  }

  private String create(String outTradeNo) throws Exception {
    return merchant
        .unifiedOrder(merchant.orderFields(outTradeNo, 100, receiver.url()), SignType.MD5)
        .get("prepay_id");
  }
}
