package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;

/** Evaluates label selectors the way the Kubernetes API server does. */
public final class Selectors {

  private Selectors() {}

  /** Returns whether {@code selector} selects an object carrying {@code labels}. */
  public static boolean matches(LabelSelector selector, Map<String, String> labels) {
    Map<String, String> matchLabels = selector.getMatchLabels();
    boolean labelsMatch =
        matchLabels == null
            || matchLabels.entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
    List<LabelSelectorRequirement> expressions = selector.getMatchExpressions();
    boolean expressionsMatch =
        expressions == null
            || expressions.stream().allMatch(requirement -> matches(requirement, labels));
    return labelsMatch && expressionsMatch;
  }

  /** Returns whether {@code selector} selects the pods of {@code deployment}. */
  public static boolean selectsPods(LabelSelector selector, Deployment deployment) {
    return matches(selector, podLabels(deployment));
  }

  /** Returns the labels of the pods that {@code deployment} creates. */
  public static Map<String, String> podLabels(Deployment deployment) {
    Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
    return labels == null ? Map.of() : labels;
  }

  /** Returns whether the Service selector {@code selector} selects the pods of a deployment. */
  public static boolean serviceSelects(Map<String, String> selector, Deployment deployment) {
    Map<String, String> labels = podLabels(deployment);
    return selector.entrySet().stream()
        .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
  }

  private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
    String value = labels.get(requirement.getKey());
    List<String> values = requirement.getValues();
    return switch (requirement.getOperator()) {
      case "In" -> value != null && values.contains(value);
      case "NotIn" -> value == null || !values.contains(value);
      case "Exists" -> value != null;
      case "DoesNotExist" -> value == null;
      default ->
          throw new IllegalArgumentException(
              "Unknown label selector operator " + requirement.getOperator());
    };
  }
}
