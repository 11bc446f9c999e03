package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds misspelt fields in built-in kinds. fabric8 keeps a field it does not know in the object's
 * additional properties instead of failing, so {@code readinesProbe} would otherwise parse silently
 * (and the API server would drop it with a warning). Custom resources are not checked, because
 * their schemas are not in the fabric8 model.
 */
public final class UnknownFieldRules {

  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

  private UnknownFieldRules() {}

  /** Returns one message per unknown field, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    for (HasMetadata object : set.objects()) {
      if (!(object instanceof GenericKubernetesResource)) {
        String where = set.name() + ": " + object.getKind() + " " + object.getMetadata().getName();
        walk(object, where, violations);
      }
    }
    return violations;
  }

  private static void walk(Object value, String path, List<String> violations) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", violations);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, entry) -> walk(entry, path + "." + key, violations));
    } else if (value != null && value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
      walkModel(value, path, violations);
    }
  }

  private static void walkModel(Object model, String path, List<String> violations) {
    for (Method getter : model.getClass().getMethods()) {
      boolean property =
          getter.getName().startsWith("get")
              && getter.getParameterCount() == 0
              && !Modifier.isStatic(getter.getModifiers())
              && getter.getDeclaringClass().getPackageName().startsWith(MODEL_PACKAGE);
      if (!property) {
        continue;
      }
      Object child = invoke(getter, model);
      if (getter.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          violations.add(path + ": unknown fields " + extra.keySet());
        }
      } else {
        walk(child, path + "." + getter.getName().substring(3), violations);
      }
    }
  }

  private static Object invoke(Method getter, Object model) {
    try {
      return getter.invoke(model);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Failed to read " + getter + " of " + model.getClass(), e);
    }
  }
}
