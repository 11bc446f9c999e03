package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every ConfigMap, Secret and Service that the set names exists: in the set itself, or
 * among the {@link ProvidedObjects} that the operator or the Strimzi and CloudNativePG operators
 * create. In-cluster addresses in settings ({@code http://prepay-service:8081}, {@code
 * order-db-rw:5432}) must name a Service and one of its ports.
 */
public final class ReferenceRules {

  /** A short in-cluster host name and port, after {@code //} or at the start of a value. */
  private static final Pattern SERVICE_ADDRESS =
      Pattern.compile("(?:^|//)([a-z0-9]([a-z0-9-]*[a-z0-9])?):(\\d+)(?=/|$)");

  private ReferenceRules() {}

  /** Returns one message per broken rule, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    Workloads.forEachContainer(
        set,
        (deployment, container) -> {
          String where = Workloads.where(set, deployment, container);
          violations.addAll(environment(set, where, container));
          violations.addAll(addresses(set, where, Workloads.plainEnvironment(set, container)));
        });
    set.deployments()
        .forEach(
            deployment ->
                Workloads.nullToEmpty(Workloads.pod(deployment).getVolumes())
                    .forEach(
                        volume ->
                            violations.addAll(
                                volume(set, deployment.getMetadata().getName(), volume))));
    set.all(Ingress.class).forEach(ingress -> violations.addAll(ingress(set, ingress)));
    return violations;
  }

  private static List<String> environment(ManifestSet set, String where, Container container) {
    List<String> violations = new ArrayList<>();
    for (EnvFromSource source : Workloads.nullToEmpty(container.getEnvFrom())) {
      if (source.getConfigMapRef() != null) {
        violations.addAll(configMap(set, where, source.getConfigMapRef().getName(), null));
      }
      if (source.getSecretRef() != null) {
        violations.addAll(secret(set, where, source.getSecretRef().getName()));
      }
    }
    for (EnvVar variable : Workloads.nullToEmpty(container.getEnv())) {
      if (variable.getValueFrom() == null) {
        continue;
      }
      var configMapKey = variable.getValueFrom().getConfigMapKeyRef();
      if (configMapKey != null) {
        violations.addAll(configMap(set, where, configMapKey.getName(), configMapKey.getKey()));
      }
      if (variable.getValueFrom().getSecretKeyRef() != null) {
        violations.addAll(secret(set, where, variable.getValueFrom().getSecretKeyRef().getName()));
      }
    }
    return violations;
  }

  private static List<String> configMap(ManifestSet set, String where, String name, String key) {
    Map<String, String> data = set.configMap(name).map(ConfigMap::getData).orElse(null);
    if (data == null) {
      return List.of(where + ": ConfigMap " + name + " not found");
    }
    if (key != null && !data.containsKey(key)) {
      return List.of(where + ": ConfigMap " + name + " has no key " + key);
    }
    return List.of();
  }

  private static List<String> secret(ManifestSet set, String where, String name) {
    boolean known =
        set.find("Secret", name).isPresent() || ProvidedObjects.secrets(set).contains(name);
    return known
        ? List.of()
        : List.of(where + ": Secret " + name + " is neither in the set nor in the documented list");
  }

  private static List<String> addresses(
      ManifestSet set, String where, Map<String, String> environment) {
    List<String> violations = new ArrayList<>();
    environment.forEach(
        (variable, value) -> {
          Matcher matcher = SERVICE_ADDRESS.matcher(value);
          while (matcher.find()) {
            String host = matcher.group(1);
            int port = Integer.parseInt(matcher.group(3));
            if (!servicePorts(set, host).contains(port)) {
              violations.add(
                  where
                      + ": "
                      + variable
                      + " names "
                      + host
                      + ":"
                      + port
                      + ", which is no Service port");
            }
          }
        });
    return violations;
  }

  /** Returns the ports of a declared or provided Service, or an empty set when there is none. */
  static Set<Integer> servicePorts(ManifestSet set, String name) {
    Set<Integer> provided = ProvidedObjects.services(set).get(name);
    if (provided != null) {
      return provided;
    }
    return set.find("Service", name)
        .map(Service.class::cast)
        .map(
            service ->
                service.getSpec().getPorts().stream()
                    .map(ServicePort::getPort)
                    .collect(java.util.stream.Collectors.toSet()))
        .orElse(Set.of());
  }

  private static List<String> volume(ManifestSet set, String deployment, Volume volume) {
    String where = set.name() + ": Deployment " + deployment + " volume " + volume.getName();
    if (volume.getConfigMap() != null) {
      return configMap(set, where, volume.getConfigMap().getName(), null);
    }
    if (volume.getSecret() != null) {
      return secret(set, where, volume.getSecret().getSecretName());
    }
    return List.of();
  }

  private static boolean hasPort(Service service, IngressServiceBackend backend) {
    String name = backend.getPort().getName();
    Integer number = backend.getPort().getNumber();
    return service.getSpec().getPorts().stream()
        .anyMatch(
            port -> name != null ? name.equals(port.getName()) : number.equals(port.getPort()));
  }

  private static List<String> ingress(ManifestSet set, Ingress ingress) {
    String where = set.name() + ": Ingress " + ingress.getMetadata().getName();
    List<String> violations = new ArrayList<>();
    for (IngressTLS tls : Workloads.nullToEmpty(ingress.getSpec().getTls())) {
      violations.addAll(secret(set, where, tls.getSecretName()));
    }
    for (IngressServiceBackend backend : IngressRoutes.backends(ingress)) {
      boolean found =
          set.find("Service", backend.getName())
              .map(Service.class::cast)
              .map(service -> hasPort(service, backend))
              .orElse(false);
      if (!found) {
        violations.add(
            where
                + ": backend "
                + backend.getName()
                + " port "
                + backend.getPort()
                + " is no Service port");
      }
    }
    return violations;
  }
}
