package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that every selector selects what it is meant to: Deployment selectors their own pod
 * template, Services, PodDisruptionBudgets and NetworkPolicies some Deployment's pods (or a
 * CloudNativePG cluster's pods), and autoscalers an existing Deployment.
 */
public final class SelectorRules {

  /** The pod label that CloudNativePG puts on the instances of a Cluster. */
  static final String CNPG_CLUSTER_LABEL = "cnpg.io/cluster";

  private SelectorRules() {}

  /** Returns one message per broken rule, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    for (Deployment deployment : set.deployments()) {
      if (!Selectors.selectsPods(deployment.getSpec().getSelector(), deployment)) {
        violations.add(
            set.name()
                + ": Deployment "
                + name(deployment)
                + ": selector does not match its pod template labels");
      }
    }
    set.all(Service.class).forEach(service -> violations.addAll(service(set, service)));
    for (PodDisruptionBudget budget : set.all(PodDisruptionBudget.class)) {
      if (!selectsSomePods(set, budget.getSpec().getSelector())) {
        violations.add(set.name() + ": PodDisruptionBudget " + name(budget) + " selects no pods");
      }
    }
    for (HorizontalPodAutoscaler autoscaler : set.all(HorizontalPodAutoscaler.class)) {
      String target = autoscaler.getSpec().getScaleTargetRef().getName();
      if (set.find("Deployment", target).isEmpty()) {
        violations.add(
            set.name()
                + ": HorizontalPodAutoscaler "
                + name(autoscaler)
                + " targets missing Deployment "
                + target);
      }
    }
    set.all(NetworkPolicy.class).forEach(policy -> violations.addAll(networkPolicy(set, policy)));
    return violations;
  }

  private static List<String> service(ManifestSet set, Service service) {
    Map<String, String> selector = service.getSpec().getSelector();
    List<Deployment> selected =
        set.deployments().stream()
            .filter(
                deployment -> selector != null && Selectors.serviceSelects(selector, deployment))
            .toList();
    if (selected.isEmpty()) {
      return List.of(set.name() + ": Service " + name(service) + " selects no pods");
    }
    List<String> violations = new ArrayList<>();
    service
        .getSpec()
        .getPorts()
        .forEach(
            port -> {
              String target = port.getTargetPort().getStrVal();
              if (target != null
                  && !selected.stream().allMatch(deployment -> hasNamedPort(deployment, target))) {
                violations.add(
                    set.name()
                        + ": Service "
                        + name(service)
                        + " targets port "
                        + target
                        + " that its pods do not name");
              }
            });
    return violations;
  }

  private static boolean hasNamedPort(Deployment deployment, String portName) {
    return Workloads.pod(deployment).getContainers().stream()
        .flatMap(container -> Workloads.nullToEmpty(container.getPorts()).stream())
        .anyMatch(port -> portName.equals(port.getName()));
  }

  private static List<String> networkPolicy(ManifestSet set, NetworkPolicy policy) {
    List<String> violations = new ArrayList<>();
    LabelSelector target = policy.getSpec().getPodSelector();
    boolean everyPod =
        (target.getMatchLabels() == null || target.getMatchLabels().isEmpty())
            && Workloads.nullToEmpty(target.getMatchExpressions()).isEmpty();
    if (!everyPod && !selectsSomePods(set, target)) {
      violations.add(set.name() + ": NetworkPolicy " + name(policy) + " selects no pods");
    }
    for (var rule : Workloads.nullToEmpty(policy.getSpec().getIngress())) {
      for (NetworkPolicyPeer peer : Workloads.nullToEmpty(rule.getFrom())) {
        boolean sameNamespacePods =
            peer.getPodSelector() != null && peer.getNamespaceSelector() == null;
        if (sameNamespacePods && !selectsSomePods(set, peer.getPodSelector())) {
          violations.add(
              set.name()
                  + ": NetworkPolicy "
                  + name(policy)
                  + " admits a pod selector that selects no pods");
        }
      }
    }
    return violations;
  }

  /** Returns whether the selector selects some Deployment's pods or an existing Cluster's pods. */
  static boolean selectsSomePods(ManifestSet set, LabelSelector selector) {
    Map<String, String> labels = selector.getMatchLabels();
    if (labels != null && labels.containsKey(CNPG_CLUSTER_LABEL)) {
      return set.find("Cluster", labels.get(CNPG_CLUSTER_LABEL)).isPresent();
    }
    return set.deployments().stream()
        .anyMatch(deployment -> Selectors.selectsPods(selector, deployment));
  }

  private static String name(io.fabric8.kubernetes.api.model.HasMetadata object) {
    return object.getMetadata().getName();
  }
}
