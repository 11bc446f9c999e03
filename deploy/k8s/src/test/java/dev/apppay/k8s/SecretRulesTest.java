package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Shows that committed secret values and misspelt fields are rejected. */
class SecretRulesTest {

  private final Broken broken = new Broken();

  @Test
  void secretWithDataIsReported() {
    Secret secret =
        new SecretBuilder()
            .withNewMetadata()
            .withName("wechatpay-merchant")
            .endMetadata()
            .addToStringData("WECHATPAY_V3_API_KEY", "0123456789abcdef0123456789abcdef")
            .build();

    assertThat(SecretRules.check(broken.with(secret)))
        .containsExactly(
            "broken: Secret wechatpay-merchant carries values; create it outside the repository");
  }

  @Test
  void emptySecretIsAccepted() {
    Secret secret =
        new SecretBuilder().withNewMetadata().withName("apppay-jwt").endMetadata().build();

    assertThat(SecretRules.check(broken.with(secret))).isEmpty();
  }

  @Test
  void literalPasswordIsReported() {
    broken.container("prepay-service").getEnv().get(1).setValueFrom(null);
    EnvVar password = broken.container("prepay-service").getEnv().get(1);
    password.setValue("apppay");

    assertThat(SecretRules.check(broken.set))
        .containsExactly(
            "broken: Deployment prepay-service container prepay-service:"
                + " QUARKUS_DATASOURCE_PASSWORD has a literal value");
  }

  @Test
  void credentialInConfigMapIsReported() {
    broken.configMap("wechatpay-merchant").getData().put("WECHATPAY_V2_API_KEY", "x");

    assertThat(SecretRules.check(broken.set))
        .containsExactly(
            "broken: ConfigMap wechatpay-merchant contains credential key WECHATPAY_V2_API_KEY");
  }

  @Test
  void misspeltServiceFieldIsReported(@org.junit.jupiter.api.io.TempDir Path folder)
      throws Exception {
    Path file = folder.resolve("service.yaml");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: typo
        spec:
          selectr:
            app.kubernetes.io/name: order-service
        """);
    ManifestSet set = new ManifestSet("typo", ManifestLoader.file(file));

    assertThat(UnknownFieldRules.check(set))
        .containsExactly("typo: Service typo.Spec: unknown fields [selectr]");
  }
}
