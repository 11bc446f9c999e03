package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks what is reachable from outside. Only order-service (under /api) and notify-service (the
 * two WeChat Pay notification paths) have Ingress routes, every route is served over TLS, and no
 * Service is a NodePort or LoadBalancer. Inside the cluster, a default-deny policy covers every
 * pod, and the ingress controller is admitted only to the two public services.
 */
public final class ExposureRules {

  /** The only Ingress routes allowed: path, path type and Service. */
  static final Set<String> PUBLIC_ROUTES =
      Set.of(
          "/api Prefix order-service",
          "/wechatpay/v2/notify Exact notify-service",
          "/wechatpay/v3/notify Exact notify-service");

  /** Namespaces admitted by name, and the pods (app.kubernetes.io/name) each may reach. */
  static final Map<String, Set<String>> ADMITTED_NAMESPACES =
      Map.of(
          "ingress-nginx", Set.of("order-service", "notify-service"),
          "monitoring", Set.of("*"),
          "cnpg-system", Set.of("*"));

  /** The internal services and the only pods (app.kubernetes.io/name) admitted to them. */
  static final Map<String, Set<String>> INTERNAL_CALLERS =
      Map.of(
          "prepay-service", Set.of("order-service"),
          "query-service", Set.of("order-service"));

  private ExposureRules() {}

  /** Returns one message per broken rule, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    set.all(Ingress.class).forEach(ingress -> violations.addAll(ingress(set, ingress)));
    for (Service service : set.all(Service.class)) {
      String type = Objects.requireNonNullElse(service.getSpec().getType(), "ClusterIP");
      if (!type.equals("ClusterIP")) {
        violations.add(
            set.name()
                + ": Service "
                + service.getMetadata().getName()
                + " has type "
                + type
                + ", expected ClusterIP");
      }
    }
    if (set.all(NetworkPolicy.class).stream().noneMatch(ExposureRules::deniesAllIngress)) {
      violations.add(set.name() + ": no NetworkPolicy denies ingress to every pod");
    }
    set.all(NetworkPolicy.class).forEach(policy -> violations.addAll(namespacePeers(set, policy)));
    return violations;
  }

  private static List<String> ingress(ManifestSet set, Ingress ingress) {
    String where = set.name() + ": Ingress " + ingress.getMetadata().getName();
    List<String> violations = new ArrayList<>();
    List<String> tlsHosts =
        Workloads.nullToEmpty(ingress.getSpec().getTls()).stream()
            .flatMap(tls -> Workloads.nullToEmpty(tls.getHosts()).stream())
            .toList();
    for (IngressRoutes.Route route : IngressRoutes.routes(ingress)) {
      String description = route.path() + " " + route.pathType() + " " + route.backend().getName();
      if (!PUBLIC_ROUTES.contains(description)) {
        violations.add(where + ": route " + description + " is not one of the public routes");
      }
      if (route.host() == null || !tlsHosts.contains(route.host())) {
        violations.add(where + ": host " + route.host() + " has no TLS certificate");
      }
    }
    for (IngressTLS tls : Workloads.nullToEmpty(ingress.getSpec().getTls())) {
      if (tls.getSecretName() == null) {
        violations.add(where + ": TLS entry without secretName");
      }
    }
    return violations;
  }

  /** Returns whether the policy selects every pod and admits nothing. */
  static boolean deniesAllIngress(NetworkPolicy policy) {
    LabelSelector selector = policy.getSpec().getPodSelector();
    boolean everyPod =
        (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
            && Workloads.nullToEmpty(selector.getMatchExpressions()).isEmpty();
    return everyPod
        && policy.getSpec().getPolicyTypes().contains("Ingress")
        && Workloads.nullToEmpty(policy.getSpec().getIngress()).isEmpty();
  }

  private static List<String> namespacePeers(ManifestSet set, NetworkPolicy policy) {
    String where = set.name() + ": NetworkPolicy " + policy.getMetadata().getName();
    Map<String, String> target = policy.getSpec().getPodSelector().getMatchLabels();
    String targetName = target == null ? null : target.get("app.kubernetes.io/name");
    List<String> violations = new ArrayList<>();
    for (NetworkPolicyIngressRule rule : Workloads.nullToEmpty(policy.getSpec().getIngress())) {
      for (NetworkPolicyPeer peer : Workloads.nullToEmpty(rule.getFrom())) {
        violations.addAll(namespacePeer(where, targetName, peer));
        violations.addAll(internalPeer(where, targetName, peer));
      }
    }
    return violations;
  }

  private static List<String> internalPeer(
      String where, String targetName, NetworkPolicyPeer peer) {
    Set<String> callers = targetName == null ? null : INTERNAL_CALLERS.get(targetName);
    if (callers == null || peer.getNamespaceSelector() != null) {
      return List.of();
    }
    Map<String, String> labels =
        peer.getPodSelector() == null ? null : peer.getPodSelector().getMatchLabels();
    String caller = labels == null ? null : labels.get("app.kubernetes.io/name");
    if (!callers.contains(caller)) {
      return List.of(
          where
              + ": admits pods "
              + peer.getPodSelector()
              + " to internal "
              + targetName
              + ", expected only "
              + callers);
    }
    return List.of();
  }

  private static List<String> namespacePeer(
      String where, String targetName, NetworkPolicyPeer peer) {
    if (peer.getIpBlock() != null) {
      return List.of(where + ": admits an ipBlock; admit pods or namespaces instead");
    }
    if (peer.getNamespaceSelector() == null) {
      return List.of();
    }
    Map<String, String> labels = peer.getNamespaceSelector().getMatchLabels();
    String namespace = labels == null ? null : labels.get("kubernetes.io/metadata.name");
    Set<String> reachable = namespace == null ? null : ADMITTED_NAMESPACES.get(namespace);
    if (reachable == null) {
      return List.of(
          where
              + ": admits namespace selector "
              + peer.getNamespaceSelector()
              + ", expected one of "
              + ADMITTED_NAMESPACES.keySet());
    }
    if (!reachable.contains("*") && !reachable.contains(targetName)) {
      return List.of(
          where
              + ": admits namespace "
              + namespace
              + " to "
              + targetName
              + ", which must stay internal");
    }
    return List.of();
  }
}
