package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shows that the selector and reference rules reject dangling names. */
class ReferenceRulesTest {

  private static final String QUERY = "broken: Deployment query-service container query-service";

  private final Broken broken = new Broken();

  @Test
  void serviceSelectingNoPodsIsReported() {
    broken
        .service("query-service")
        .getSpec()
        .setSelector(Map.of("app.kubernetes.io/name", "query"));

    assertThat(SelectorRules.check(broken.set))
        .containsExactly("broken: Service query-service selects no pods");
  }

  @Test
  void deploymentSelectorMismatchIsReported() {
    broken
        .deployment("query-service")
        .getSpec()
        .getSelector()
        .setMatchLabels(Map.of("app.kubernetes.io/name", "query"));

    assertThat(SelectorRules.check(broken.set))
        .containsExactly(
            "broken: Deployment query-service: selector does not match its pod template labels");
  }

  @Test
  void autoscalerWithoutTargetIsReported() {
    broken.deployment("query-service").getMetadata().setName("query");

    assertThat(SelectorRules.check(broken.set))
        .containsExactly(
            "broken: HorizontalPodAutoscaler query-service targets missing Deployment"
                + " query-service");
  }

  @Test
  void missingConfigMapIsReported() {
    broken.container("query-service").getEnvFrom().get(0).getConfigMapRef().setName("query-config");

    assertThat(ReferenceRules.check(broken.set))
        .containsExactly(QUERY + ": ConfigMap query-config not found");
  }

  @Test
  void undocumentedSecretIsReported() {
    EnvVar token =
        new EnvVarBuilder()
            .withName("MERCHANT_TOKEN")
            .withNewValueFrom()
            .withNewSecretKeyRef("token", "merchant-token", false)
            .endValueFrom()
            .build();
    broken.container("query-service").getEnv().add(token);

    assertThat(ReferenceRules.check(broken.set))
        .containsExactly(
            QUERY + ": Secret merchant-token is neither in the set nor in the documented list");
  }

  @Test
  void addressOfMissingServiceIsReported() {
    broken.configMap("order-service-config").getData().put("APPPAY_QUERY_URL", "http://query:8083");

    assertThat(ReferenceRules.check(broken.set))
        .containsExactly(
            "broken: Deployment order-service container order-service: APPPAY_QUERY_URL names"
                + " query:8083, which is no Service port");
  }

  @Test
  void wrongDatabasePortIsReported() {
    broken
        .configMap("query-service-config")
        .getData()
        .put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://query-db-rw:5433/query_service");

    assertThat(ReferenceRules.check(broken.set))
        .containsExactly(
            QUERY
                + ": QUARKUS_DATASOURCE_REACTIVE_URL names query-db-rw:5433, which is no Service"
                + " port");
  }
}
