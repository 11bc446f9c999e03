package dev.apppay.wechatpay.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.SignatureVerificationException.Reason;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class V2VerifierTest {

  private final V2Verifier verifier = new V2Verifier(Vectors.V2_KEY);

  @Test
  void paymentNotificationVerifies() {
    assertThatCode(() -> verifier.verify(notification())).doesNotThrowAnyException();
  }

  @Test
  void lowerCaseSignAccepted() {
    Map<String, String> fields = notification();
    fields.put("sign", fields.get("sign").toLowerCase());

    assertThatCode(() -> verifier.verify(fields)).doesNotThrowAnyException();
  }

  @Test
  void tamperedFieldRejected() {
    Map<String, String> fields = notification();
    fields.put("total_fee", "100");

    assertThat(reasonOf(verifier, fields)).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void addedUnknownFieldRejected() {
    Map<String, String> fields = notification();
    fields.put("coupon_fee_0", "1");

    assertThat(reasonOf(verifier, fields)).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void wrongKeyRejected() {
    V2Verifier wrongKey = new V2Verifier(Vectors.OFFICIAL_V2_KEY);

    assertThat(reasonOf(wrongKey, notification())).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void missingSignRejected() {
    Map<String, String> fields = notification();
    fields.remove("sign");

    assertThat(reasonOf(verifier, fields)).isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void unknownSignTypeRejected() {
    Map<String, String> fields = notification();
    fields.put("sign_type", "SHA1");

    assertThat(reasonOf(verifier, fields)).isEqualTo(Reason.UNSUPPORTED_SIGN_TYPE);
  }

  @Test
  void hmacChosenBySignType() {
    Map<String, String> signed =
        new V2Signer(Vectors.V2_KEY)
            .signRequest(V2SignerTest.unifiedOrderFields(), SignType.HMAC_SHA256);

    assertThatCode(() -> verifier.verify(signed)).doesNotThrowAnyException();
  }

  @Test
  void md5SignedHmacDeclaredRejected() {
    Map<String, String> fields = notification();
    fields.put("sign_type", "HMAC-SHA256");

    assertThat(reasonOf(verifier, fields)).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void specialCharactersRoundTrip() {
    Map<String, String> fields = new HashMap<>(Map.of("body", "充值&<b>=\"x\"]]>", "total_fee", "1"));
    Map<String, String> signed = new V2Signer(Vectors.V2_KEY).signRequest(fields, SignType.MD5);
    XmlCodec codec = new XmlCodec();

    Map<String, String> received = codec.decode(codec.encode(signed));

    assertThat(received).isEqualTo(signed);
    assertThatCode(() -> verifier.verify(received)).doesNotThrowAnyException();
  }

  private static Map<String, String> notification() {
    return new HashMap<>(new XmlCodec().decode(Vectors.bytes("s4-notification.xml")));
  }

  private static Reason reasonOf(V2Verifier verifier, Map<String, String> fields) {
    return catchThrowableOfType(SignatureVerificationException.class, () -> verifier.verify(fields))
        .reason();
  }
}
