package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.NotificationReceiver;
import dev.apppay.simulator.support.NotificationReceiver.Received;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.simulator.support.V3Reply;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.v3.ResponseVerifier;
import dev.apppay.wechatpay.v3.VerificationKeys;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CertificateModeTest {

  private static final String NOTIFY_URL = "http://127.0.0.1:9/notify";

  private WeChatPaySimulator simulator;
  private MerchantV3Client merchant;

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void publicKeyModeHasNoCertificates() throws Exception {
    start(PlatformKeyMode.PUBLIC_KEY);

    V3Reply reply = merchant.send("GET", "/v3/certificates?algorithm_type=RSA", "");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().path("code").asText()).isEqualTo("RESOURCE_NOT_EXISTS");
  }

  @Test
  void certificatesDecryptToPlatformCertificate() throws Exception {
    start(PlatformKeyMode.CERTIFICATE);
    SimulatorCredentials credentials = simulator.credentials();

    V3Reply reply = merchant.send("GET", "/v3/certificates?algorithm_type=RSA", "");
    JsonNode entry = reply.json().path("data").get(0);
    JsonNode encrypted = entry.path("encrypt_certificate");
    String pem =
        new AesGcmCipher(credentials.v3ApiKey())
            .decrypt(
                encrypted.path("associated_data").asText(),
                encrypted.path("nonce").asText(),
                encrypted.path("ciphertext").asText());
    X509Certificate certificate = PemReader.certificate(pem);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(entry.path("serial_no").asText()).isEqualTo(credentials.platformCertificateSerial());
    assertThat(entry.path("serial_no").asText()).matches("[0-9A-F]{40}");
    assertThat(VerificationKeys.serialOf(certificate))
        .isEqualTo(credentials.platformCertificateSerial());
    assertThat(reply.header("Wechatpay-Serial")).isEqualTo(credentials.platformCertificateSerial());
    new ResponseVerifier(VerificationKeys.builder().add(certificate).build(), Clock.systemUTC())
        .verify(reply::header, reply.body());
  }

  @Test
  void replySerialFollowsRequestSerial() throws Exception {
    start(PlatformKeyMode.CERTIFICATE);
    SimulatorCredentials credentials = simulator.credentials();

    V3Reply byCertificate = merchant.prepay("CERTMODE01", 100, NOTIFY_URL);
    merchant.setHeader("Wechatpay-Serial", credentials.platformPublicKeyId());
    V3Reply byPublicKey = merchant.query("CERTMODE01");

    assertThat(byCertificate.header("Wechatpay-Serial"))
        .isEqualTo(credentials.platformCertificateSerial());
    assertThat(byPublicKey.header("Wechatpay-Serial")).isEqualTo(credentials.platformPublicKeyId());
    merchant.verify(byCertificate);
    merchant.verify(byPublicKey);
  }

  @Test
  void notificationNamesCertificateSerial() throws Exception {
    start(PlatformKeyMode.CERTIFICATE);
    try (NotificationReceiver receiver = NotificationReceiver.start(simulator.credentials())) {
      AppUser user = new AppUser(simulator.baseUrl(), simulator.credentials());
      String prepayId =
          merchant.prepay("CERTMODE02", 100, receiver.url()).json().path("prepay_id").asText();

      user.post("/simulator/pay", user.v3Parameters(prepayId));
      List<Received> received = receiver.awaitReceived(1, Duration.ofSeconds(5));

      assertThat(received.get(0).headers().get("Wechatpay-Serial"))
          .isEqualTo(simulator.credentials().platformCertificateSerial());
      assertThat(received.get(0).verified()).isTrue();
    }
  }

  private void start(PlatformKeyMode mode) {
    simulator = WeChatPaySimulator.start(TestConfigs.builder().platformKeyMode(mode).build());
    merchant = new MerchantV3Client(simulator.baseUrl(), simulator.credentials());
  }
}
