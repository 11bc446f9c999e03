package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks that the optional PodMonitor scrapes /q/metrics of exactly the four services. */
class MonitoringTest {

  private final GenericKubernetesResource podMonitor =
      ManifestLoader.kustomization("monitoring", TestManifests.moduleDir().resolve("monitoring"))
          .custom("PodMonitor")
          .get(0);

  @Test
  void podMonitorSelectsTheFourServices() {
    LabelSelector selector =
        ManifestLoader.convert(podMonitor.get("spec", "selector"), LabelSelector.class);

    List<String> selected =
        TestManifests.base().deployments().stream()
            .filter(deployment -> Selectors.selectsPods(selector, deployment))
            .map(Deployment::getMetadata)
            .map(metadata -> metadata.getName())
            .toList();

    assertThat(selected).containsExactlyInAnyOrderElementsOf(Workloads.QUARKUS_SERVICES);
  }

  @Test
  void podMonitorScrapesQuarkusMetrics() {
    List<Map<String, Object>> endpoints = podMonitor.get("spec", "podMetricsEndpoints");

    assertThat(endpoints)
        .singleElement()
        .satisfies(
            endpoint -> {
              assertThat(endpoint).containsEntry("path", "/q/metrics");
              assertThat(endpoint).containsEntry("port", "http");
            });
  }
}
