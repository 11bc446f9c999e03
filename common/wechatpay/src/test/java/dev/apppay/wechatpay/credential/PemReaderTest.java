package dev.apppay.wechatpay.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.Vectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemReaderTest {

  @TempDir Path directory;

  @Test
  void privateKeyFromText() {
    PrivateKey key = PemReader.privateKey(Vectors.text("official-merchant-key.pem"));

    assertThat(((RSAPrivateCrtKey) key).getPublicExponent().intValue()).isEqualTo(65537);
  }

  @Test
  void privateKeyFromFile() throws Exception {
    Path file = directory.resolve("apiclient_key.pem");
    Files.write(file, Vectors.bytes("official-merchant-key.pem"));

    assertThat(PemReader.privateKey(file.toString()))
        .isEqualTo(PemReader.privateKey(Vectors.text("official-merchant-key.pem")));
  }

  @Test
  void publicKeyFromText() {
    assertThat(
            PemReader.publicKey(Vectors.text("simulated-platform-public-key.pem")).getAlgorithm())
        .isEqualTo("RSA");
  }

  @Test
  void missingFileRejected() {
    Path missing = directory.resolve("missing.pem");

    assertThatThrownBy(() -> PemReader.privateKey(missing.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot read PEM file [" + missing + "]");
  }

  @Test
  void wrongBlockTypeRejected() {
    assertThatThrownBy(() -> PemReader.privateKey(Vectors.text("official-merchant-public-key.pem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No PEM block of type [PRIVATE KEY] found");
  }

  @Test
  void blankValueRejected() {
    assertThatThrownBy(() -> PemReader.publicKey(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PEM value is missing");
  }

  @Test
  void corruptKeyMessageHidesContent() {
    String corrupt = "-----BEGIN PRIVATE KEY-----\nQUJD\n-----END PRIVATE KEY-----";

    assertThatThrownBy(() -> PemReader.privateKey(corrupt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PEM PRIVATE KEY is not a PKCS#8 RSA key");
  }
}
