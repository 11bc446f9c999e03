package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Walks the containers of the Deployments in a set, and resolves their plain settings. */
public final class Workloads {

  /** The four Quarkus services, which must use the Quarkus health and metrics endpoints. */
  public static final List<String> QUARKUS_SERVICES =
      List.of("order-service", "prepay-service", "notify-service", "query-service");

  private Workloads() {}

  /** Calls {@code action} for every container and init container with its Deployment. */
  public static void forEachContainer(ManifestSet set, BiConsumer<Deployment, Container> action) {
    for (Deployment deployment : set.deployments()) {
      PodSpec pod = pod(deployment);
      List<Container> containers = new ArrayList<>(pod.getContainers());
      if (pod.getInitContainers() != null) {
        containers.addAll(pod.getInitContainers());
      }
      containers.forEach(container -> action.accept(deployment, container));
    }
  }

  public static PodSpec pod(Deployment deployment) {
    return deployment.getSpec().getTemplate().getSpec();
  }

  /** Returns a prefix for violations, naming the set, the Deployment and the container. */
  public static String where(ManifestSet set, Deployment deployment, Container container) {
    return set.name()
        + ": Deployment "
        + deployment.getMetadata().getName()
        + " container "
        + container.getName();
  }

  /**
   * Returns the environment variables with a plain value: those of {@code envFrom} ConfigMaps,
   * overridden by literal {@code env} values, as the kubelet resolves them. Variables from Secrets
   * are left out because their values are not in the manifests.
   */
  public static Map<String, String> plainEnvironment(ManifestSet set, Container container) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (EnvFromSource source : nullToEmpty(container.getEnvFrom())) {
      if (source.getConfigMapRef() != null) {
        set.configMap(source.getConfigMapRef().getName())
            .map(ConfigMap::getData)
            .ifPresent(environment::putAll);
      }
    }
    for (EnvVar variable : nullToEmpty(container.getEnv())) {
      if (variable.getValue() != null) {
        environment.put(variable.getName(), variable.getValue());
      }
    }
    return environment;
  }

  public static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
