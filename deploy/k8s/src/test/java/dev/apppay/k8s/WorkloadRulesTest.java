package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shows that the workload, security and shutdown rules reject broken Deployments. */
class WorkloadRulesTest {

  private static final String ORDER = "broken: Deployment order-service container order-service";

  private final Broken broken = new Broken();

  @Test
  void missingReadinessProbeIsReported() {
    broken.container("order-service").setReadinessProbe(null);

    assertThat(WorkloadRules.check(broken.set))
        .containsExactly(ORDER + ": missing HTTP readinessProbe");
  }

  @Test
  void wrongHealthPathIsReported() {
    broken.container("order-service").getLivenessProbe().getHttpGet().setPath("/health");

    assertThat(WorkloadRules.check(broken.set))
        .containsExactly(ORDER + ": livenessProbe path /health, expected /q/health/live");
  }

  @Test
  void missingMemoryLimitIsReported() {
    broken.container("order-service").getResources().getLimits().remove("memory");

    assertThat(WorkloadRules.check(broken.set))
        .containsExactly(ORDER + ": missing memory request or limit");
  }

  @Test
  void requestAboveLimitIsReported() {
    broken.container("order-service").getResources().getRequests().put("cpu", new Quantity("2"));

    assertThat(WorkloadRules.check(broken.set))
        .containsExactly(ORDER + ": cpu request 2 exceeds limit 1");
  }

  @Test
  void latestImageTagIsReported() {
    broken.container("order-service").setImage("apppay/order-service:latest");

    assertThat(WorkloadRules.check(broken.set))
        .containsExactly(ORDER + ": image apppay/order-service:latest has no pinned tag");
  }

  @Test
  void missingMetricsAnnotationIsReported() {
    broken
        .deployment("order-service")
        .getSpec()
        .getTemplate()
        .getMetadata()
        .getAnnotations()
        .remove("prometheus.io/path");

    assertThat(WorkloadRules.check(broken.set))
        .containsExactly(
            "broken: Deployment order-service: pod annotation prometheus.io/path is null,"
                + " expected /q/metrics");
  }

  @Test
  void rootUserIsReported() {
    Workloads.pod(broken.deployment("order-service")).getSecurityContext().setRunAsUser(0L);

    assertThat(PodSecurityRules.check(broken.set))
        .containsExactly(ORDER + ": runAsUser is 0, expected a non-zero user id");
  }

  @Test
  void writableRootFilesystemIsReported() {
    broken.container("order-service").getSecurityContext().setReadOnlyRootFilesystem(false);

    assertThat(PodSecurityRules.check(broken.set))
        .containsExactly(ORDER + ": readOnlyRootFilesystem is not true");
  }

  @Test
  void keptCapabilitiesAreReported() {
    broken.container("order-service").getSecurityContext().getCapabilities().setDrop(List.of());

    assertThat(PodSecurityRules.check(broken.set))
        .containsExactly(ORDER + ": capabilities do not drop ALL");
  }

  @Test
  void missingSeccompProfileIsReported() {
    Workloads.pod(broken.deployment("order-service")).getSecurityContext().setSeccompProfile(null);

    assertThat(PodSecurityRules.check(broken.set))
        .containsExactly(ORDER + ": seccompProfile is not RuntimeDefault");
  }

  @Test
  void missingTmpVolumeIsReported() {
    broken.container("order-service").getVolumeMounts().clear();

    assertThat(PodSecurityRules.check(broken.set))
        .containsExactly(ORDER + ": no emptyDir volume mounted at /tmp");
  }

  @Test
  void shortGracePeriodIsReported() {
    Workloads.pod(broken.deployment("order-service")).setTerminationGracePeriodSeconds(30L);

    assertThat(ShutdownRules.check(broken.set))
        .containsExactly(
            ORDER
                + ": terminationGracePeriodSeconds 30 is not above preStop sleep 10 s plus"
                + " shutdown timeout 20s");
  }

  @Test
  void shutdownShorterThanWeChatCallIsReported() {
    broken.configMap("wechatpay-merchant").getData().put("WECHATPAY_READ_TIMEOUT", "30s");

    assertThat(ShutdownRules.check(broken.set))
        .hasSize(4)
        .contains(
            ORDER + ": shutdown timeout 20s is shorter than the longest outgoing call (35000 ms)");
  }

  @Test
  void shutdownShorterThanRestCallIsReported() {
    broken.configMap("order-service-config").getData().put("QUARKUS_SHUTDOWN_TIMEOUT", "1s");
    Duration restCall = RestClientTimeouts.longestCall("order-service");
    Duration longest =
        restCall.compareTo(Duration.ofSeconds(15)) > 0 ? restCall : Duration.ofSeconds(15);

    assertThat(restCall).isPositive();
    assertThat(ShutdownRules.check(broken.set))
        .containsExactly(
            ORDER
                + ": shutdown timeout 1s is shorter than the longest outgoing call ("
                + longest.toMillis()
                + " ms)");
  }

  @Test
  void restClientTimeoutsAreSummed(@TempDir Path folder) throws IOException {
    Path properties = folder.resolve("application.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "quarkus.rest-client.prepay.connect-timeout=2000",
            "quarkus.rest-client.prepay.read-timeout=15000",
            "quarkus.rest-client.query.connect-timeout=2000",
            "quarkus.rest-client.query.read-timeout=10000",
            "%test.quarkus.rest-client.prepay.read-timeout=90000"));

    assertThat(RestClientTimeouts.longestCall(properties)).isEqualTo(Duration.ofMillis(17000));
  }

  @Test
  void missingPreStopIsReported() {
    broken.container("order-service").setLifecycle(null);

    assertThat(ShutdownRules.check(broken.set)).containsExactly(ORDER + ": no preStop sleep");
  }
}
