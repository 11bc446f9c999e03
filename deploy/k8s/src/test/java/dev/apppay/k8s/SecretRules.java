package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that no secret value is committed: no Secret object carries data, and no environment
 * variable or ConfigMap key named like a credential has a literal value.
 */
public final class SecretRules {

  /** Names of settings that hold credentials; they must come from a Secret. */
  static final Pattern SECRET_NAME =
      Pattern.compile(".*(PASSWORD|API_KEY|PRIVATE_KEY|SECRET|TOKEN|PUBLICKEY|PUBLIC_KEY)$");

  private SecretRules() {}

  /** Returns one message per broken rule, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    for (Secret secret : set.all(Secret.class)) {
      if (!isEmpty(secret.getData()) || !isEmpty(secret.getStringData())) {
        violations.add(
            "%s: Secret %s carries values; create it outside the repository"
                .formatted(set.name(), secret.getMetadata().getName()));
      }
    }
    for (ConfigMap configMap : set.all(ConfigMap.class)) {
      configMap.getData().keySet().stream()
          .filter(key -> SECRET_NAME.matcher(key).matches())
          .map(
              key ->
                  "%s: ConfigMap %s contains credential key %s"
                      .formatted(set.name(), configMap.getMetadata().getName(), key))
          .forEach(violations::add);
    }
    Workloads.forEachContainer(
        set,
        (deployment, container) ->
            violations.addAll(literalCredentials(set, deployment, container)));
    return violations;
  }

  private static List<String> literalCredentials(
      ManifestSet set, Deployment deployment, Container container) {
    return Workloads.nullToEmpty(container.getEnv()).stream()
        .filter(variable -> SECRET_NAME.matcher(variable.getName()).matches())
        .filter(variable -> variable.getValueFrom() == null)
        .map(
            variable ->
                Workloads.where(set, deployment, container)
                    + ": "
                    + variable.getName()
                    + " has a literal value")
        .toList();
  }

  private static boolean isEmpty(Map<String, String> values) {
    return values == null || values.isEmpty();
  }
}
