package dev.apppay.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Issues RS256 bearer tokens that order-service accepts, for local users only. */
public final class JwtIssuer {

  public static final String ISSUER = "https://apppay.local/issuer";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey key;

  public JwtIssuer(PrivateKey key) {
    this.key = key;
  }

  /** Returns a token for {@code user} in the group {@code user}, valid for {@code lifetime}. */
  public String issue(String user, Duration lifetime) {
    return issue(user, List.of("user"), lifetime);
  }

  /** Returns a token for {@code user} in {@code groups}, valid for {@code lifetime}. */
  public String issue(String user, List<String> groups, Duration lifetime) {
    if (!user.matches("[A-Za-z0-9_.@-]{1,64}")) {
      throw new IllegalArgumentException(
          "Invalid user " + user + ": use 1-64 letters, digits, '_', '.', '@' or '-'");
    }
    Instant now = Instant.now();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[%s],\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}"
            .formatted(
                ISSUER,
                user,
                user,
                groups.stream().map(group -> '"' + group + '"').collect(Collectors.joining(",")),
                now.getEpochSecond(),
                now.plus(lifetime).getEpochSecond(),
                UUID.randomUUID());
    String signingInput = encode(header) + "." + encode(claims);
    return signingInput + "." + BASE64URL.encodeToString(sign(signingInput));
  }

  private byte[] sign(String signingInput) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Failed to sign a token", e);
    }
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
