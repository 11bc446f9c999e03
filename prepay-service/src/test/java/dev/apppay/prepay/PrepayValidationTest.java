package dev.apppay.prepay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.simulator.testing.WeChatPayTestResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "prepay_service"))
@WithTestResource(
    value = WeChatPayTestResource.class,
    initArgs = @ResourceArg(name = "apiVersion", value = "V3"))
class PrepayValidationTest {

  static Stream<Arguments> invalidFields() {
    return Stream.of(
        invalid("outTradeNo is missing", "outTradeNo", null),
        invalid("outTradeNo must be a string", "outTradeNo", 12345678),
        invalid(
            "outTradeNo must be 6 to 32 characters of 0-9, a-z, A-Z, _, -, | and *",
            "outTradeNo",
            "AP1"),
        invalid(
            "outTradeNo must be 6 to 32 characters of 0-9, a-z, A-Z, _, -, | and *",
            "outTradeNo",
            "AP2026 12 04"),
        invalid("description is missing", "description", null),
        invalid("description must not be blank", "description", "  "),
        invalid(
            "description must be at most 127 characters, got 128", "description", "x".repeat(128)),
        invalid(
            "description must not contain 4-byte UTF-8 characters such as emoji",
            "description",
            "Coffee \u2615 and cake \uD83C\uDF70"),
        invalid("amountFen is missing", "amountFen", null),
        invalid("amountFen must be an integer number of fen", "amountFen", 39.98),
        invalid("amountFen must be an integer number of fen", "amountFen", "3998"),
        invalid("amountFen must be between 1 and 2147483647, got 0", "amountFen", 0),
        invalid("amountFen must be between 1 and 2147483647, got -5", "amountFen", -5),
        invalid(
            "amountFen must be between 1 and 2147483647, got 2147483648", "amountFen", 2147483648L),
        invalid("currency must be CNY, got USD", "currency", "USD"),
        invalid("clientIp is missing", "clientIp", null),
        invalid(
            "clientIp must be an IPv4 or IPv6 address, got 203.0.113.300",
            "clientIp",
            "203.0.113.300"),
        invalid("clientIp must be an IPv4 or IPv6 address, got localhost", "clientIp", "localhost"),
        invalid(
            "expiresAt must be an ISO-8601 instant such as 2026-12-04T14:00:00Z",
            "expiresAt",
            "tomorrow"),
        invalid(
            "expiresAt must be at least 1 minute in the future",
            "expiresAt",
            Instant.now().plusSeconds(30).toString()));
  }

  @ParameterizedTest
  @MethodSource("invalidFields")
  void invalidFieldIsRejected(String detail, String field, Object value) throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Map<String, Object> body = PrepayRequests.validBody(outTradeNo);
    if (value == null) {
      body.remove(field);
    } else {
      body.put(field, value);
    }

    Response response = PrepayRequests.post(body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/invalid-request");
    assertThat(response.jsonPath().getString("title")).isEqualTo("Invalid prepay request");
    assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
    assertThat(response.jsonPath().getString("detail")).isEqualTo(detail);
    assertThat(response.jsonPath().getString("code")).isNull();
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
  }

  @Test
  void malformedJsonIsRejected() {
    Response response =
        given().contentType(ContentType.JSON).body("{\"outTradeNo\":").post("/prepays");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("detail")).isEqualTo("Request body is not valid JSON");
  }

  @Test
  void jsonArrayIsRejected() {
    Response response = given().contentType(ContentType.JSON).body("[]").post("/prepays");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("Request body must be a JSON object");
  }

  @Test
  void missingOptionalFieldsAreAccepted() {
    Map<String, Object> body = PrepayRequests.validBody(PrepayRequests.newOutTradeNo());
    body.remove("currency");
    body.remove("expiresAt");

    assertThat(PrepayRequests.post(body).statusCode()).isEqualTo(201);
  }

  /** Returns a case that sets the field to the value, or removes it when the value is null. */
  private static Arguments invalid(String detail, String field, Object value) {
    return Arguments.of(detail, field, value);
  }
}
