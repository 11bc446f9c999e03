package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks every container for the three probes, CPU and memory requests and limits, a pinned image,
 * and, for the Quarkus services, the Quarkus health and metrics endpoints.
 */
public final class WorkloadRules {

  private static final Map<String, String> QUARKUS_PROBES =
      Map.of(
          "livenessProbe", "/q/health/live",
          "readinessProbe", "/q/health/ready",
          "startupProbe", "/q/health/started");

  private WorkloadRules() {}

  /** Returns one message per broken rule, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    Workloads.forEachContainer(
        set,
        (deployment, container) -> {
          String where = Workloads.where(set, deployment, container);
          violations.addAll(probes(where, deployment, container));
          violations.addAll(resources(where, container.getResources()));
          violations.addAll(image(where, container.getImage()));
        });
    for (Deployment deployment : set.deployments()) {
      violations.addAll(metricsAnnotations(set, deployment));
    }
    return violations;
  }

  private static List<String> probes(String where, Deployment deployment, Container container) {
    boolean quarkus = Workloads.QUARKUS_SERVICES.contains(deployment.getMetadata().getName());
    Map<String, Probe> probes =
        Map.of(
            "livenessProbe", nullable(container.getLivenessProbe()),
            "readinessProbe", nullable(container.getReadinessProbe()),
            "startupProbe", nullable(container.getStartupProbe()));
    List<String> violations = new ArrayList<>();
    probes.forEach(
        (name, probe) -> {
          String path = probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
          if (path == null) {
            violations.add(where + ": missing HTTP " + name);
          } else if (quarkus && !path.equals(QUARKUS_PROBES.get(name))) {
            violations.add(
                where + ": " + name + " path " + path + ", expected " + QUARKUS_PROBES.get(name));
          }
        });
    return violations;
  }

  private static Probe nullable(Probe probe) {
    return probe == null ? new Probe() : probe;
  }

  private static List<String> resources(String where, ResourceRequirements resources) {
    List<String> violations = new ArrayList<>();
    Map<String, Quantity> requests = resources == null ? null : resources.getRequests();
    Map<String, Quantity> limits = resources == null ? null : resources.getLimits();
    for (String resource : List.of("cpu", "memory")) {
      Quantity request = requests == null ? null : requests.get(resource);
      Quantity limit = limits == null ? null : limits.get(resource);
      if (request == null || limit == null) {
        violations.add(where + ": missing " + resource + " request or limit");
      } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
        violations.add(where + ": " + resource + " request " + request + " exceeds limit " + limit);
      }
    }
    return violations;
  }

  private static List<String> image(String where, String image) {
    int tagStart = image.lastIndexOf(':');
    boolean tagged = tagStart > image.lastIndexOf('/');
    if (!tagged || image.endsWith(":latest")) {
      return List.of(where + ": image " + image + " has no pinned tag");
    }
    return List.of();
  }

  private static List<String> metricsAnnotations(ManifestSet set, Deployment deployment) {
    String name = deployment.getMetadata().getName();
    if (!Workloads.QUARKUS_SERVICES.contains(name)) {
      return List.of();
    }
    Map<String, String> annotations =
        Objects.requireNonNullElse(
            deployment.getSpec().getTemplate().getMetadata().getAnnotations(), Map.of());
    Integer port =
        Workloads.pod(deployment).getContainers().get(0).getPorts().get(0).getContainerPort();
    Map<String, String> expected =
        Map.of(
            "prometheus.io/scrape", "true",
            "prometheus.io/path", "/q/metrics",
            "prometheus.io/port", String.valueOf(port));
    return expected.entrySet().stream()
        .filter(entry -> !entry.getValue().equals(annotations.get(entry.getKey())))
        .map(
            entry ->
                "%s: Deployment %s: pod annotation %s is %s, expected %s"
                    .formatted(
                        set.name(),
                        name,
                        entry.getKey(),
                        annotations.get(entry.getKey()),
                        entry.getValue()))
        .toList();
  }
}
