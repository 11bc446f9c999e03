package dev.apppay.wechatpay.quarkus;

import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.v2.V2NotificationParser;
import dev.apppay.wechatpay.v3.V3NotificationHandler;
import java.time.Clock;
import java.util.Optional;

/**
 * The notification verifiers of each API version whose credentials are configured: always the
 * selected version's, and the other one's when its properties are complete.
 */
public final class NotificationVerifiers {

  private final V2NotificationParser v2;
  private final V3NotificationHandler v3;

  NotificationVerifiers(V2NotificationParser v2, V3NotificationHandler v3) {
    this.v2 = v2;
    this.v3 = v3;
  }

  /** Creates the verifiers for the credentials in {@code config}. */
  public static NotificationVerifiers create(MerchantConfig config, Clock clock) {
    V2NotificationParser v2 =
        config.v2() == null ? null : V2NotificationParser.create(config.v2().apiKey());
    V3NotificationHandler v3 =
        config.v3() == null ? null : V3NotificationHandler.create(config.v3(), clock);
    return new NotificationVerifiers(v2, v3);
  }

  /** Returns the v2 parser and signature verifier, empty when no APIv2 key is configured. */
  public Optional<V2NotificationParser> v2() {
    return Optional.ofNullable(v2);
  }

  /** Returns the v3 verifier and decrypter, empty when the v3 credentials are not configured. */
  public Optional<V3NotificationHandler> v3() {
    return Optional.ofNullable(v3);
  }

  @Override
  public String toString() {
    return "NotificationVerifiers[v2=" + (v2 != null) + ", v3=" + (v3 != null) + "]";
  }
}
