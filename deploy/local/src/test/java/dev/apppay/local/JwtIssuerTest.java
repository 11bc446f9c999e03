package dev.apppay.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtIssuerTest {

  private static final KeyPair KEYS = generateKeys();

  @Test
  void userTokenHasUserGroupOnly() throws Exception {
    JsonNode claims = claims(new JwtIssuer(KEYS.getPrivate()).issue("alice", Duration.ofHours(1)));

    assertThat(claims.path("sub").asText()).isEqualTo("alice");
    assertThat(claims.path("groups").toString()).isEqualTo("[\"user\"]");
  }

  @Test
  void adminTokenHasAdminGroup() throws Exception {
    String token =
        new JwtIssuer(KEYS.getPrivate())
            .issue("ops", List.of("user", "admin"), Duration.ofHours(1));

    assertThat(claims(token).path("groups").toString()).isEqualTo("[\"user\",\"admin\"]");
  }

  @Test
  void tokenSignatureVerifiesWithPublicKey() throws Exception {
    String[] parts =
        new JwtIssuer(KEYS.getPrivate()).issue("alice", Duration.ofHours(1)).split("\\.");
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(KEYS.getPublic());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

    assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
  }

  private static JsonNode claims(String token) throws Exception {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }

  private static KeyPair generateKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
