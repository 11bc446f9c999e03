package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Optional;

/**
 * The parsed objects of one deployable unit: the Kustomize base, or one overlay rendered by {@code
 * kubectl kustomize}. Built-in kinds are typed fabric8 objects; custom resources (Strimzi,
 * CloudNativePG, External Secrets, Prometheus Operator) are {@link GenericKubernetesResource}.
 *
 * @param name {@code base}, or the rendered file's name without {@code .yaml} ({@code dev}, …)
 */
public record ManifestSet(String name, List<HasMetadata> objects) {

  /** Returns the objects of one typed kind. */
  public <T extends HasMetadata> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Returns the custom resources of one kind, such as {@code Kafka} or {@code Cluster}. */
  public List<GenericKubernetesResource> custom(String kind) {
    return all(GenericKubernetesResource.class).stream()
        .filter(resource -> kind.equals(resource.getKind()))
        .toList();
  }

  /** Finds an object by kind and name. */
  public Optional<HasMetadata> find(String kind, String name) {
    return objects.stream()
        .filter(object -> kind.equals(object.getKind()))
        .filter(object -> name.equals(object.getMetadata().getName()))
        .findFirst();
  }

  public List<Deployment> deployments() {
    return all(Deployment.class);
  }

  public Optional<ConfigMap> configMap(String name) {
    return find("ConfigMap", name).map(ConfigMap.class::cast);
  }

  @Override
  public String toString() {
    return name;
  }
}
