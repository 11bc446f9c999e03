package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Objects that the manifests reference but do not contain: Secrets that the operator creates (their
 * values are never committed), and Services and Secrets that the Strimzi and CloudNativePG
 * operators create from the custom resources.
 */
public final class ProvidedObjects {

  /**
   * Secrets that the operator creates before deploying; docs/operations.md describes each one, and
   * the prod overlay fills the first two from an external store.
   */
  public static final List<String> OPERATOR_SECRETS =
      List.of("wechatpay-merchant", "apppay-jwt", "apppay-public-tls", "wechatpay-simulator");

  private ProvidedObjects() {}

  /**
   * Returns every Secret name the set may reference: the operator's, those CloudNativePG creates
   * ({@code <cluster>-app}), and the targets of ExternalSecrets.
   */
  public static Set<String> secrets(ManifestSet set) {
    Set<String> names = new TreeSet<>(OPERATOR_SECRETS);
    for (GenericKubernetesResource cluster : set.custom("Cluster")) {
      names.add(cluster.getMetadata().getName() + "-app");
    }
    for (GenericKubernetesResource externalSecret : set.custom("ExternalSecret")) {
      names.add(externalSecret.get("spec", "target", "name"));
    }
    return names;
  }

  /**
   * Returns the Services that the operators create, with their ports: CloudNativePG's {@code
   * <cluster>-rw}, {@code -ro} and {@code -r} on 5432, and Strimzi's {@code
   * <kafka>-kafka-bootstrap} on every listener port.
   */
  public static Map<String, Set<Integer>> services(ManifestSet set) {
    Map<String, Set<Integer>> services = new HashMap<>();
    for (GenericKubernetesResource cluster : set.custom("Cluster")) {
      for (String suffix : List.of("-rw", "-ro", "-r")) {
        services.put(cluster.getMetadata().getName() + suffix, Set.of(5432));
      }
    }
    for (GenericKubernetesResource kafka : set.custom("Kafka")) {
      services.put(kafka.getMetadata().getName() + "-kafka-bootstrap", listenerPorts(kafka));
    }
    return services;
  }

  private static Set<Integer> listenerPorts(GenericKubernetesResource kafka) {
    List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
    Set<Integer> ports = new TreeSet<>();
    for (Map<String, Object> listener : listeners) {
      ports.add(((Number) listener.get("port")).intValue());
    }
    return ports;
  }
}
