package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds misspelt fields in built-in kinds and in the Strimzi resources. The fabric8 and Strimzi
 * models keep a field they do not know in the object's additional properties instead of failing, so
 * {@code readinesProbe} would otherwise parse silently (and the API server would drop it with a
 * warning). Other custom resources (CloudNativePG, External Secrets, Prometheus Operator) are not
 * checked, because no Java model of them is on the classpath.
 */
public final class UnknownFieldRules {

  private static final List<String> MODEL_PACKAGES =
      List.of("io.fabric8.kubernetes", "io.strimzi.api");

  private UnknownFieldRules() {}

  /** Returns one message per unknown or invalid field, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    for (HasMetadata object : set.objects()) {
      String where = set.name() + ": " + object.getKind() + " " + object.getMetadata().getName();
      if (!(object instanceof GenericKubernetesResource resource)) {
        walk(object, where, violations);
        continue;
      }
      try {
        Optional<Object> typed = StrimziModels.typed(resource);
        typed.ifPresent(model -> walk(model, where, violations));
        typed.ifPresent(
            model ->
                StrimziModels.lostValues(resource, model)
                    .forEach(value -> violations.add(where + ": invalid value " + value)));
      } catch (IllegalArgumentException e) {
        violations.add(
            where + ": invalid field value: " + e.getMessage().lines().findFirst().orElse(""));
      }
    }
    return violations.stream().distinct().toList();
  }

  private static void walk(Object value, String path, List<String> violations) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", violations);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, entry) -> walk(entry, path + "." + key, violations));
    } else if (value != null && isModel(value.getClass())) {
      walkModel(value, path, violations);
    }
  }

  private static boolean isModel(Class<?> type) {
    return !type.isEnum() && MODEL_PACKAGES.stream().anyMatch(type.getPackageName()::startsWith);
  }

  private static void walkModel(Object model, String path, List<String> violations) {
    for (Method getter : model.getClass().getMethods()) {
      boolean property =
          getter.getName().startsWith("get")
              && getter.getParameterCount() == 0
              && !Modifier.isStatic(getter.getModifiers())
              && isModel(getter.getDeclaringClass());
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
