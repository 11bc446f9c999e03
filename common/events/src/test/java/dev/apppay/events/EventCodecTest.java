package dev.apppay.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCodecTest {

  private static final Instant PAID_AT = Instant.parse("2026-12-04T12:01:30Z");

  @Test
  void encodeThenDecodeKeepsEveryField() {
    PaymentSucceeded payment =
        new PaymentSucceeded(
            "4200002501202501011234567890",
            1999,
            "CNY",
            "wx0123456789abcdef",
            "1900000109",
            PAID_AT,
            PaymentSucceeded.Source.NOTIFY);
    EventEnvelope envelope = EventEnvelope.of("AP202612040001", payment);

    EventEnvelope decoded = EventCodec.decode(EventCodec.encode(envelope));

    assertThat(decoded).isEqualTo(envelope);
    assertThat(decoded.topic()).isEqualTo(Topics.PAYMENT_EVENTS);
  }

  @Test
  void encodeWritesDocumentedFieldNames() {
    EventEnvelope envelope =
        EventEnvelope.of("AP202612040001", new OrderCancelled("order-1", "user"));

    String json = EventCodec.encode(envelope);

    assertThat(json).contains("\"type\":\"OrderCancelled\"");
    assertThat(json).contains("\"version\":1");
    assertThat(json).contains("\"outTradeNo\":\"AP202612040001\"");
    assertThat(json).contains("\"payload\":{\"orderId\":\"order-1\",\"reason\":\"user\"}");
  }

  @Test
  void decodeIgnoresUnknownPayloadFields() {
    String json =
        "{\"id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"type\":\"PaymentFailed\","
            + "\"version\":1,\"outTradeNo\":\"AP1\",\"occurredAt\":\"2026-12-04T12:00:00Z\","
            + "\"payload\":{\"tradeState\":\"PAYERROR\",\"reason\":\"bank\",\"extra\":1}}";

    EventEnvelope decoded = EventCodec.decode(json);

    assertThat(decoded.payload()).isEqualTo(new PaymentFailed("PAYERROR", "bank"));
  }

  @Test
  void decodeRejectsNewerVersion() {
    String json =
        "{\"id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"type\":\"PaymentFailed\","
            + "\"version\":2,\"outTradeNo\":\"AP1\",\"occurredAt\":\"2026-12-04T12:00:00Z\","
            + "\"payload\":{}}";

    assertThatThrownBy(() -> EventCodec.decode(json))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("Unsupported version 2 of PaymentFailed");
  }

  @Test
  void decodeRejectsUnknownType() {
    String json =
        "{\"id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"type\":\"RefundCreated\","
            + "\"version\":1,\"outTradeNo\":\"AP1\",\"occurredAt\":\"2026-12-04T12:00:00Z\","
            + "\"payload\":{}}";

    assertThatThrownBy(() -> EventCodec.decode(json))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("Invalid event:");
  }

  @Test
  void decodeRejectsMissingOutTradeNo() {
    String json =
        "{\"id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"type\":\"PaymentFailed\","
            + "\"version\":1,\"occurredAt\":\"2026-12-04T12:00:00Z\",\"payload\":{}}";

    assertThatThrownBy(() -> EventCodec.decode(json))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("Invalid event: missing field outTradeNo");
  }

  @Test
  void decodeRejectsMalformedJson() {
    assertThatThrownBy(() -> EventCodec.decode("{not json"))
        .isInstanceOf(InvalidEventException.class);
  }
}
