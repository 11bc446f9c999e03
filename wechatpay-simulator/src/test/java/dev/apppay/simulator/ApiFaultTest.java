package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.simulator.fault.ApiFault;
import dev.apppay.simulator.fault.ApiFaultMode;
import dev.apppay.simulator.fault.ApiOperation;
import dev.apppay.simulator.fault.FaultSettings;
import dev.apppay.simulator.fault.SignatureFault;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.AppUser.ControlReply;
import dev.apppay.simulator.support.MerchantV2Client;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.simulator.support.V3Reply;
import dev.apppay.wechatpay.v2.SignType;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiFaultTest {

  private static final String NOTIFY_URL = "http://127.0.0.1:9/notify";

  private WeChatPaySimulator simulator;
  private MerchantV2Client v2;
  private MerchantV3Client v3;
  private AppUser control;

  @BeforeEach
  void start() {
    simulator = WeChatPaySimulator.start(TestConfigs.builder().build());
    v2 = new MerchantV2Client(simulator.baseUrl(), simulator.credentials());
    v3 = new MerchantV3Client(simulator.baseUrl(), simulator.credentials());
    control = new AppUser(simulator.baseUrl(), simulator.credentials());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void v2SystemErrorWithoutEffectThenSuccess() throws Exception {
    simulator
        .faults()
        .setGlobal(apiFault(ApiOperation.PREPAY, ApiFaultMode.SYSTEM_ERROR, 0, false, 1));
    Map<String, String> fields = v2.orderFields("AFSYS00001", 100, NOTIFY_URL);

    Map<String, String> failed = v2.unifiedOrder(fields, SignType.HMAC_SHA256);
    boolean createdByFailedCall = simulator.order("AFSYS00001").isPresent();
    Map<String, String> retried = v2.unifiedOrder(fields, SignType.HMAC_SHA256);

    assertThat(failed).containsEntry("return_code", "SUCCESS");
    assertThat(failed).containsEntry("result_code", "FAIL");
    assertThat(failed).containsEntry("err_code", "SYSTEMERROR");
    assertThat(v2.isSignedBy(failed, SignType.HMAC_SHA256)).isTrue();
    assertThat(createdByFailedCall).isFalse();
    assertThat(retried).containsEntry("result_code", "SUCCESS");
  }

  @Test
  void v3SystemErrorAppliesCloseAnyway() throws Exception {
    v3.prepay("AFSYS00002", 100, NOTIFY_URL);
    simulator
        .faults()
        .setForOrder(
            "AFSYS00002", apiFault(ApiOperation.CLOSE, ApiFaultMode.SYSTEM_ERROR, 0, true, 0));

    V3Reply closed = v3.close("AFSYS00002");

    assertThat(closed.status()).isEqualTo(500);
    assertThat(closed.json().path("code").asText()).isEqualTo("SYSTEM_ERROR");
    v3.verify(closed);
    assertThat(simulator.order("AFSYS00002").orElseThrow().state()).isEqualTo(TradeState.CLOSED);
  }

  @Test
  void delayedReplyArrivesLate() throws Exception {
    v3.prepay("AFDELAY001", 100, NOTIFY_URL);
    simulator.faults().setGlobal(apiFault(ApiOperation.QUERY, ApiFaultMode.DELAY, 400, false, 0));

    long start = System.nanoTime();
    V3Reply reply = v3.query("AFDELAY001");
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(reply.status()).isEqualTo(200);
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
  }

  @Test
  void timeoutResetsConnectionAfterApplying() throws Exception {
    simulator.faults().setGlobal(apiFault(ApiOperation.PREPAY, ApiFaultMode.TIMEOUT, 200, true, 1));

    assertThatThrownBy(() -> v3.prepay("AFTIME0001", 100, NOTIFY_URL))
        .isInstanceOf(IOException.class);
    assertThat(simulator.order("AFTIME0001")).isPresent();
    assertThat(v3.prepay("AFTIME0001", 100, NOTIFY_URL).status()).isEqualTo(200);
  }

  @Test
  void orderFaultLeavesOtherOrdersAlone() throws Exception {
    v3.prepay("AFSCOPE001", 100, NOTIFY_URL);
    v3.prepay("AFSCOPE002", 100, NOTIFY_URL);
    simulator
        .faults()
        .setForOrder(
            "AFSCOPE001", apiFault(ApiOperation.QUERY, ApiFaultMode.SYSTEM_ERROR, 0, false, 0));

    assertThat(v3.query("AFSCOPE001").status()).isEqualTo(500);
    assertThat(v3.query("AFSCOPE002").status()).isEqualTo(200);
  }

  @Test
  void faultsAreSetThroughControlApi() throws Exception {
    Map<String, Object> apiFault =
        Map.of("operations", Set.of("QUERY"), "mode", "SYSTEM_ERROR", "times", 1);
    ControlReply set =
        control.put("/simulator/orders/AFCTRL0001/faults", Map.of("apiFault", apiFault));
    v2.unifiedOrder(v2.orderFields("AFCTRL0001", 100, NOTIFY_URL), SignType.MD5);

    Map<String, String> first = v2.query("AFCTRL0001");
    Map<String, String> second = v2.query("AFCTRL0001");
    ControlReply listed = control.get("/simulator/faults");

    assertThat(set.status()).isEqualTo(200);
    assertThat(first).containsEntry("err_code", "SYSTEMERROR");
    assertThat(second).containsEntry("trade_state", "NOTPAY");
    assertThat(
            listed.json().path("orders").path("AFCTRL0001").path("apiFault").path("mode").asText())
        .isEqualTo("SYSTEM_ERROR");
  }

  @Test
  void invalidFaultSettingsAreRejected() throws Exception {
    ControlReply reply = control.put("/simulator/faults", Map.of("dropRate", 2));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(reply.json().path("message").asText()).contains("dropRate must be between 0 and 1");
    assertThat(simulator.faults().global().dropRate()).isZero();
  }

  private static FaultSettings apiFault(
      ApiOperation operation, ApiFaultMode mode, long delayMillis, boolean apply, int times) {
    return new FaultSettings(
        0,
        0,
        false,
        0,
        SignatureFault.NONE,
        0,
        0,
        new ApiFault(Set.of(operation), mode, delayMillis, apply, times));
  }
}
