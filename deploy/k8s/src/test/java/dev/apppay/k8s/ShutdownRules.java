package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks graceful shutdown. Every container sleeps in preStop, so endpoint removal reaches every
 * proxy before SIGTERM. For the Quarkus services, the shutdown timeout covers the longest outgoing
 * call (connect plus read timeout of a WeChat Pay call, or of a REST client in the service's
 * application.properties), and terminationGracePeriodSeconds covers the sleep plus the shutdown
 * timeout.
 */
public final class ShutdownRules {

  private ShutdownRules() {}

  /** Returns one message per broken rule, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    Workloads.forEachContainer(
        set, (deployment, container) -> violations.addAll(check(set, deployment, container)));
    return violations;
  }

  private static List<String> check(ManifestSet set, Deployment deployment, Container container) {
    String where = Workloads.where(set, deployment, container);
    Optional<Integer> sleep = preStopSleepSeconds(container.getLifecycle());
    if (sleep.isEmpty()) {
      return List.of(where + ": no preStop sleep");
    }
    if (!Workloads.QUARKUS_SERVICES.contains(deployment.getMetadata().getName())) {
      return List.of();
    }
    String timeout = Workloads.plainEnvironment(set, container).get("QUARKUS_SHUTDOWN_TIMEOUT");
    if (timeout == null) {
      return List.of(where + ": QUARKUS_SHUTDOWN_TIMEOUT is not set");
    }
    Duration longestCall =
        max(
            longestWeChatPayCall(set),
            RestClientTimeouts.longestCall(deployment.getMetadata().getName()));
    return timeouts(where, gracePeriodSeconds(deployment), sleep.get(), timeout, longestCall);
  }

  private static List<String> timeouts(
      String where, long grace, int sleep, String timeout, Duration longestCall) {
    Duration shutdown = seconds(timeout);
    List<String> violations = new ArrayList<>();
    if (grace <= sleep + shutdown.toSeconds()) {
      violations.add(
          "%s: terminationGracePeriodSeconds %d is not above preStop sleep %d s plus shutdown timeout %s"
              .formatted(where, grace, sleep, timeout));
    }
    if (shutdown.compareTo(longestCall) < 0) {
      violations.add(
          "%s: shutdown timeout %s is shorter than the longest outgoing call (%d ms)"
              .formatted(where, timeout, longestCall.toMillis()));
    }
    return violations;
  }

  private static Duration max(Duration first, Duration second) {
    return first.compareTo(second) >= 0 ? first : second;
  }

  /** Returns the pod's grace period, or the Kubernetes default of 30 s when it is not set. */
  private static long gracePeriodSeconds(Deployment deployment) {
    Long grace = Workloads.pod(deployment).getTerminationGracePeriodSeconds();
    return grace == null ? 30 : grace;
  }

  /** Returns the connect plus read timeout of WeChat Pay calls, with the services' defaults. */
  static Duration longestWeChatPayCall(ManifestSet set) {
    Map<String, String> merchant =
        set.configMap("wechatpay-merchant").map(ConfigMap::getData).orElse(Map.of());
    Duration connect = seconds(merchant.getOrDefault("WECHATPAY_CONNECT_TIMEOUT", "5s"));
    Duration read = seconds(merchant.getOrDefault("WECHATPAY_READ_TIMEOUT", "10s"));
    return connect.plus(read);
  }

  private static Optional<Integer> preStopSleepSeconds(Lifecycle lifecycle) {
    if (lifecycle == null || lifecycle.getPreStop() == null) {
      return Optional.empty();
    }
    if (lifecycle.getPreStop().getSleep() != null) {
      return Optional.of(lifecycle.getPreStop().getSleep().getSeconds().intValue());
    }
    if (lifecycle.getPreStop().getExec() == null) {
      return Optional.empty();
    }
    List<String> command = lifecycle.getPreStop().getExec().getCommand();
    boolean sleep = command.size() == 2 && command.get(0).equals("sleep");
    return sleep ? Optional.of(Integer.valueOf(command.get(1))) : Optional.empty();
  }

  /** Parses a whole-second duration written the Quarkus way, such as {@code 20s}. */
  static Duration seconds(String text) {
    if (!text.matches("\\d+s")) {
      throw new IllegalArgumentException(
          "Expected a duration in whole seconds such as 20s, got " + text);
    }
    return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
  }
}
