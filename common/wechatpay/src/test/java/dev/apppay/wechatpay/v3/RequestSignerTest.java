package dev.apppay.wechatpay.v3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.wechatpay.Vectors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

  private static final String NONCE = "593BEC0C930BF1AFEB40B4A08C8FB242";

  private final RequestSigner signer =
      new RequestSigner(
          Vectors.OFFICIAL_MCH_ID,
          Vectors.OFFICIAL_SERIAL,
          Vectors.officialMerchantKey(),
          Clock.fixed(Instant.ofEpochSecond(1735704000), ZoneOffset.UTC));

  @Test
  void officialJsapiRequestSignature() {
    AuthorizationHeader header =
        signer.sign(
            "POST", "/v3/pay/transactions/jsapi", Vectors.bytes("o3-body.json"), 1554208460, NONCE);

    assertThat(header.signature()).isEqualTo(Vectors.text("o3-signature.txt"));
  }

  @Test
  void appPrepayAuthorizationHeader() {
    AuthorizationHeader header =
        signer.sign(
            "POST", "/v3/pay/transactions/app", Vectors.bytes("s10-body.json"), 1735704000, NONCE);

    assertThat(header.format())
        .isEqualTo(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"1900007291\",nonce_str=\""
                + NONCE
                + "\","
                + "signature=\""
                + Vectors.text("s10-signature.txt")
                + "\",timestamp=\"1735704000\",serial_no=\"408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB\"");
  }

  @Test
  void getWithQueryStringSignature() {
    AuthorizationHeader header =
        signer.sign(
            "GET",
            "/v3/pay/transactions/out-trade-no/20250101120000001?mchid=1900007291",
            new byte[0],
            1735704300,
            "A1B2C3D4E5F60718293A4B5C6D7E8F90");

    assertThat(header.signature()).isEqualTo(Vectors.text("s11-signature.txt"));
  }

  @Test
  void officialJsapiInvokeSignature() {
    byte[] message =
        ("wx2421b1c4370ec43b\n1554208460\n"
                + NONCE
                + "\nprepay_id=wx201410272009395522657a690389285100\n")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(signer.signMessage(message)).isEqualTo(Vectors.text("o4-signature.txt"));
  }

  @Test
  void appPaymentMessageAndSignature() {
    byte[] message =
        SignatureMessages.appPayment(
            Vectors.APP_ID,
            1735704000,
            "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
            "wx201410272009395522657a690389285100");

    assertThat(new String(message, StandardCharsets.UTF_8))
        .isEqualTo(
            "wx0123456789abcdef\n1735704000\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n"
                + "wx201410272009395522657a690389285100\n");
    assertThat(signer.signMessage(message)).isEqualTo(Vectors.text("s9-signature.txt"));
  }

  @Test
  void signUsesClockAndFreshNonce() {
    AuthorizationHeader first = signer.sign("GET", "/v3/x", new byte[0]);
    AuthorizationHeader second = signer.sign("GET", "/v3/x", new byte[0]);

    assertThat(first.timestamp()).isEqualTo(1735704000);
    assertThat(first.nonce()).hasSize(32).isNotEqualTo(second.nonce());
  }

  @Test
  void toStringHidesSignature() {
    AuthorizationHeader header = signer.sign("GET", "/v3/x", new byte[0]);

    assertThat(header.toString()).doesNotContain(header.signature());
  }
}
