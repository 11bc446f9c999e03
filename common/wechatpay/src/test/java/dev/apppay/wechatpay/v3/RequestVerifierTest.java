package dev.apppay.wechatpay.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.SignatureVerificationException.Reason;
import dev.apppay.wechatpay.Vectors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestVerifierTest {

  private static final String URL = "/v3/pay/transactions/app";
  private static final byte[] BODY = Vectors.bytes("s10-body.json");
  private static final String AUTHORIZATION =
      "WECHATPAY2-SHA256-RSA2048"
          + " mchid=\"1900007291\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\""
          + Vectors.text("s10-signature.txt")
          + "\","
          + "timestamp=\"1735704000\",serial_no=\"408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB\"";

  private final VerificationKeys merchantKeys =
      VerificationKeys.of(Vectors.OFFICIAL_SERIAL, Vectors.officialMerchantPublicKey());

  @Test
  void appPrepayRequestVerifies() {
    AuthorizationHeader header = verifierAt(1735704000).verify("POST", URL, BODY, AUTHORIZATION);

    assertThat(header.mchId()).isEqualTo(Vectors.OFFICIAL_MCH_ID);
  }

  @Test
  void itemOrderAndSpacesTolerated() {
    String reordered =
        "WECHATPAY2-SHA256-RSA2048 serial_no=\"408b07e79b8269fec3d5d3e6ab8ed163a6a380db\", "
            + "timestamp=\"1735704000\", signature=\""
            + Vectors.text("s10-signature.txt")
            + "\", "
            + "nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\", mchid=\"1900007291\"";

    AuthorizationHeader header = verifierAt(1735704000).verify("POST", URL, BODY, reordered);

    assertThat(header.nonce()).isEqualTo("593BEC0C930BF1AFEB40B4A08C8FB242");
  }

  @Test
  void tamperedBodyRejected() {
    byte[] tampered = new String(BODY).replace("\"total\":1", "\"total\":2").getBytes();

    assertThat(reasonOf(1735704000, "POST", URL, tampered, AUTHORIZATION))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void otherUrlRejected() {
    assertThat(reasonOf(1735704000, "POST", URL + "?x=1", BODY, AUTHORIZATION))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void staleTimestampRejected() {
    assertThat(reasonOf(1735704300, "POST", URL, BODY, AUTHORIZATION))
        .isEqualTo(Reason.TIMESTAMP_OUT_OF_WINDOW);
  }

  @Test
  void futureTimestampRejected() {
    assertThat(reasonOf(1735703700, "POST", URL, BODY, AUTHORIZATION))
        .isEqualTo(Reason.TIMESTAMP_OUT_OF_WINDOW);
  }

  @Test
  void timestampInsideWindowAccepted() {
    AuthorizationHeader header = verifierAt(1735704299).verify("POST", URL, BODY, AUTHORIZATION);

    assertThat(header.timestamp()).isEqualTo(1735704000);
  }

  @Test
  void unknownSerialRejected() {
    String otherSerial = AUTHORIZATION.replace(Vectors.OFFICIAL_SERIAL, "5DEA10EF55877E3C");

    assertThat(reasonOf(1735704000, "POST", URL, BODY, otherSerial))
        .isEqualTo(Reason.UNKNOWN_SERIAL);
  }

  @Test
  void missingAuthorizationRejected() {
    assertThat(reasonOf(1735704000, "POST", URL, BODY, null)).isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void otherSchemeRejected() {
    String basic = "Basic dXNlcjpwYXNz";

    assertThat(reasonOf(1735704000, "POST", URL, BODY, basic)).isEqualTo(Reason.MALFORMED_HEADER);
  }

  @Test
  void missingItemRejected() {
    String noNonce = AUTHORIZATION.replace("nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",", "");

    assertThat(reasonOf(1735704000, "POST", URL, BODY, noNonce)).isEqualTo(Reason.MALFORMED_HEADER);
  }

  private RequestVerifier verifierAt(long epochSecond) {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    return new RequestVerifier(merchantKeys, clock);
  }

  private Reason reasonOf(long now, String method, String url, byte[] body, String header) {
    return catchThrowableOfType(
            SignatureVerificationException.class,
            () -> verifierAt(now).verify(method, url, body, header))
        .reason();
  }
}
