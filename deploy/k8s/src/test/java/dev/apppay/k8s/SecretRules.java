package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
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
            set.name()
                + ": Secret "
                + secret.getMetadata().getName()
                + " carries values; create it outside the repository");
      }
    }
    for (ConfigMap configMap : set.all(ConfigMap.class)) {
      for (String key : configMap.getData().keySet()) {
        if (SECRET_NAME.matcher(key).matches()) {
          violations.add(
              set.name()
                  + ": ConfigMap "
                  + configMap.getMetadata().getName()
                  + " holds credential "
                  + key);
        }
      }
    }
    Workloads.forEachContainer(
        set,
        (deployment, container) -> {
          for (EnvVar variable : Workloads.nullToEmpty(container.getEnv())) {
            if (SECRET_NAME.matcher(variable.getName()).matches()
                && variable.getValueFrom() == null) {
              violations.add(
                  Workloads.where(set, deployment, container)
                      + ": "
                      + variable.getName()
                      + " has a literal value");
            }
          }
        });
    return violations;
  }

  private static boolean isEmpty(Map<String, String> values) {
    return values == null || values.isEmpty();
  }
}
