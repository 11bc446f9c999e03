package dev.apppay.notify.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.credential.V2Credentials;
import dev.apppay.wechatpay.quarkus.NotificationVerifiers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A merchant configured for v2 only rejects v3 notifications before reading them. */
class UnconfiguredVersionTest {

  private static final MerchantConfig V2_ONLY =
      MerchantConfig.builder()
          .apiVersion(ApiVersion.V2)
          .baseUrl("http://127.0.0.1:8090")
          .appId("wx0123456789abcdef")
          .mchId("1900000109")
          .v2(new V2Credentials("v2testkeyv2testkeyv2testkey01234", null))
          .build();

  @Test
  void v3NotificationIsRejected() {
    NotificationVerifiers verifiers = NotificationVerifiers.create(V2_ONLY, Clock.systemUTC());
    V3NotificationService service =
        new V3NotificationService(verifiers, new PaymentChecks(V2_ONLY), null);

    NotifyOutcome outcome =
        service
            .handle(name -> null, "{}".getBytes(StandardCharsets.UTF_8))
            .await()
            .atMost(Duration.ofSeconds(5));

    assertThat(outcome).isEqualTo(new NotifyOutcome.Rejected(400, "API v3 is not configured"));
  }

  @Test
  void v2OnlyMerchantHasV2Verifier() {
    NotificationVerifiers verifiers = NotificationVerifiers.create(V2_ONLY, Clock.systemUTC());

    assertThat(verifiers.v2()).isPresent();
    assertThat(verifiers.v3()).isEmpty();
  }
}
