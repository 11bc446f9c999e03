package dev.apppay.prepay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "prepay_service"))
@WithTestResource(ReplyForgingServer.class)
class PrepayReplySignatureTest {

  @Test
  void validReplyCreatesPrepay() throws Throwable {
    String outTradeNo = "VALID" + PrepayRequests.newOutTradeNo();

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(PrepayStore.prepayRows(outTradeNo)).isEqualTo(1);
  }

  @Test
  void forgedReplyIsRetryable502() throws Throwable {
    String outTradeNo = "FORGED" + PrepayRequests.newOutTradeNo();

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.jsonPath().getString("code")).isEqualTo("SIGNATURE");
    assertThat(response.jsonPath().getBoolean("retryable")).isTrue();
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo(
            "WeChat Pay's reply failed signature verification: SIGNATURE_MISMATCH; the outcome is"
                + " unknown, so retry with identical parameters");
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
    assertThat(PrepayStore.prepayCreatedEvents(outTradeNo)).isZero();
  }

  @Test
  void probeReplyIsRetryable502() throws Throwable {
    String outTradeNo = "PROBE" + PrepayRequests.newOutTradeNo();

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.jsonPath().getString("code")).isEqualTo("SIGNATURE");
    assertThat(response.jsonPath().getString("detail")).contains("PROBE_SIGNATURE");
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
  }
}
