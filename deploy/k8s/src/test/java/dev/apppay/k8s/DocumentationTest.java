package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that the operations guide names every Secret and key the operator has to create. */
class DocumentationTest {

  /** The keys of the Secret wechatpay-merchant, as the Deployments read them. */
  static final List<String> MERCHANT_KEYS =
      List.of(
          "WECHATPAY_V2_API_KEY",
          "WECHATPAY_V3_API_KEY",
          "WECHATPAY_V3_MERCHANT_PRIVATE_KEY",
          "WECHATPAY_V3_MERCHANT_SERIAL_NUMBER",
          "WECHATPAY_V3_PLATFORM_PUBLIC_KEY",
          "WECHATPAY_V3_PLATFORM_PUBLIC_KEY_ID");

  @Test
  void operationsGuideNamesEverySecret() throws IOException {
    String guide = Files.readString(TestManifests.repositoryRoot().resolve("docs/operations.md"));

    assertThat(guide).contains(ProvidedObjects.OPERATOR_SECRETS);
    assertThat(guide).contains(MERCHANT_KEYS);
    assertThat(guide).contains("MP_JWT_VERIFY_PUBLICKEY", "SIMULATOR_PLATFORM_PRIVATE_KEY");
  }

  @Test
  void deploymentsReadOnlyDocumentedKeys() {
    List<String> keys =
        TestManifests.base().deployments().stream()
            .flatMap(deployment -> Workloads.pod(deployment).getContainers().stream())
            .flatMap(container -> Workloads.nullToEmpty(container.getEnv()).stream())
            .filter(
                env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
            .filter(
                env -> env.getValueFrom().getSecretKeyRef().getName().equals("wechatpay-merchant"))
            .map(env -> env.getValueFrom().getSecretKeyRef().getKey())
            .distinct()
            .toList();

    assertThat(keys).containsExactlyInAnyOrderElementsOf(MERCHANT_KEYS);
  }
}
