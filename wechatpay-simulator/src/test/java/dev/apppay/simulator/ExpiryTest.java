package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.simulator.order.IdGenerator;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.AppUser.ControlReply;
import dev.apppay.simulator.support.MerchantV2Client;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.MutableClock;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.simulator.support.V3Reply;
import dev.apppay.wechatpay.v2.SignType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpiryTest {

  private static final String NOTIFY_URL = "http://127.0.0.1:9/notify";

  private final MutableClock clock = new MutableClock(Instant.now());
  private WeChatPaySimulator simulator;
  private MerchantV2Client merchant;
  private AppUser user;

  @BeforeEach
  void start() {
    simulator = WeChatPaySimulator.start(TestConfigs.builder().clock(clock).build());
    merchant = new MerchantV2Client(simulator.baseUrl(), simulator.credentials());
    user = new AppUser(simulator.baseUrl(), simulator.credentials());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void expiredPrepayIsRefusedAndCloseSucceeds() throws Exception {
    String prepayId = create("EXPIRE0001");
    clock.advance(Duration.ofHours(2).plusSeconds(1));

    ControlReply refused = user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("code").asText()).isEqualTo("PREPAY_EXPIRED");
    assertThat(merchant.query("EXPIRE0001")).containsEntry("trade_state", "NOTPAY");

    Map<String, String> closed = merchant.close("EXPIRE0001");
    assertThat(closed).containsEntry("result_code", "SUCCESS");
    assertThat(merchant.query("EXPIRE0001")).containsEntry("trade_state", "CLOSED");

    ControlReply afterClose =
        user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));
    assertThat(afterClose.json().path("code").asText()).isEqualTo("ORDER_CLOSED");
  }

  @Test
  void prepayJustUnderTwoHoursIsPayable() throws Exception {
    String prepayId = create("EXPIRE0002");
    clock.advance(Duration.ofHours(2).minusSeconds(1));

    ControlReply paid = user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));

    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.json().path("tradeState").asText()).isEqualTo("SUCCESS");
  }

  @Test
  void repeatedOrderAfterExpiryGetsNewPrepay() throws Exception {
    String first = create("EXPIRE0003");
    clock.advance(Duration.ofHours(3));

    String second = create("EXPIRE0003");
    ControlReply oldPrepay = user.post("/simulator/pay", user.v2Parameters(first, SignType.MD5));
    ControlReply newPrepay = user.post("/simulator/pay", user.v2Parameters(second, SignType.MD5));

    assertThat(second).isNotEqualTo(first);
    assertThat(oldPrepay.json().path("code").asText()).isEqualTo("PREPAY_NOT_EXIST");
    assertThat(newPrepay.json().path("tradeState").asText()).isEqualTo("SUCCESS");
  }

  @Test
  void passedTimeExpireIsRefused() throws Exception {
    Map<String, String> fields = merchant.orderFields("EXPIRE0004", 100, NOTIFY_URL);
    fields.put("time_expire", IdGenerator.compactTime(clock.instant().plusSeconds(600)));
    String prepayId = merchant.unifiedOrder(fields, SignType.MD5).get("prepay_id");
    clock.advance(Duration.ofSeconds(601));

    ControlReply refused = user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));

    assertThat(refused.json().path("code").asText()).isEqualTo("PREPAY_EXPIRED");
  }

  @Test
  void clockAdvanceExpiresV3Prepay() throws Exception {
    try (WeChatPaySimulator wallClock = WeChatPaySimulator.start(TestConfigs.builder().build())) {
      MerchantV3Client v3 = new MerchantV3Client(wallClock.baseUrl(), wallClock.credentials());
      AppUser v3User = new AppUser(wallClock.baseUrl(), wallClock.credentials());
      String prepayId = v3.prepay("EXPIRE0005", 100, NOTIFY_URL).json().path("prepay_id").asText();

      ControlReply advanced = v3User.post("/simulator/clock/advance", Map.of("seconds", 7201));
      ControlReply refused = v3User.post("/simulator/pay", v3User.v3Parameters(prepayId));
      V3Reply closed = v3.close("EXPIRE0005");

      assertThat(advanced.json().path("offsetSeconds").asLong()).isEqualTo(7201);
      assertThat(refused.json().path("code").asText()).isEqualTo("PREPAY_EXPIRED");
      assertThat(closed.status()).isEqualTo(204);
      assertThat(v3.query("EXPIRE0005").json().path("trade_state").asText()).isEqualTo("CLOSED");
    }
  }

  private String create(String outTradeNo) throws Exception {
    return merchant
        .unifiedOrder(merchant.orderFields(outTradeNo, 100, NOTIFY_URL), SignType.MD5)
        .get("prepay_id");
  }
}
