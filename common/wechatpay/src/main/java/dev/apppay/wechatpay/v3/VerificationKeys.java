package dev.apppay.wechatpay.v3;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Public keys for verifying v3 signatures, looked up by the serial a message names: a WeChat Pay
 * public key id ({@code PUB_KEY_ID_...}, matched exactly) or a certificate serial number (hex,
 * matched ignoring case and leading zeros). Holding both kinds at once supports the switch from
 * platform certificates to a public key. On the server side the same type stores merchant keys.
 */
public final class VerificationKeys {

  /** Prefix of WeChat Pay public key ids. */
  public static final String PUBLIC_KEY_ID_PREFIX = "PUB_KEY_ID_";

  private final Map<String, PublicKey> keys;

  private VerificationKeys(Map<String, PublicKey> keys) {
    this.keys = Map.copyOf(keys);
  }

  /** Starts an empty set of keys. */
  public static Builder builder() {
    return new Builder();
  }

  /** Creates a set with one key under its public key id or certificate serial. */
  public static VerificationKeys of(String serial, PublicKey key) {
    return builder().add(serial, key).build();
  }

  /** Finds the key for a received serial, if configured. */
  public Optional<PublicKey> find(String serial) {
    if (serial == null || serial.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(keys.get(normalize(serial)));
  }

  /** Returns whether no key is configured. */
  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** Turns hex serials into one canonical form; public key ids and other ids stay as they are. */
  static String normalize(String serial) {
    if (serial.startsWith(PUBLIC_KEY_ID_PREFIX) || !serial.matches("[0-9A-Fa-f]+")) {
      return serial;
    }
    return new BigInteger(serial, 16).toString(16).toUpperCase(Locale.ROOT);
  }

  /** Formats a certificate's serial as WeChat Pay sends it: upper-case hex. */
  public static String serialOf(X509Certificate certificate) {
    return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "VerificationKeys" + keys.keySet();
  }

  /** Collects keys; a later key with the same serial replaces an earlier one. */
  public static final class Builder {
    private final Map<String, PublicKey> keys = new HashMap<>();

    /** Adds a public key under its id ({@code PUB_KEY_ID_...}) or a certificate serial. */
    public Builder add(String serial, PublicKey key) {
      if (serial == null || serial.isBlank() || key == null) {
        throw new IllegalArgumentException("Verification key needs a serial and a key");
      }
      keys.put(normalize(serial.strip()), key);
      return this;
    }

    /** Adds a platform certificate under its serial number. */
    public Builder add(X509Certificate certificate) {
      return add(serialOf(certificate), certificate.getPublicKey());
    }

    public VerificationKeys build() {
      return new VerificationKeys(keys);
    }
  }
}
