package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every container runs as a non-root user on a read-only root filesystem, without
 * privilege escalation or Linux capabilities, under the runtime's default seccomp profile (the
 * restricted Pod Security Standard), and has an emptyDir mounted at /tmp for the JVM.
 */
public final class PodSecurityRules {

  private PodSecurityRules() {}

  /** Returns one message per broken rule, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    Workloads.forEachContainer(
        set,
        (deployment, container) -> {
          String where = Workloads.where(set, deployment, container);
          violations.addAll(user(where, deployment, container));
          violations.addAll(filesystem(where, container));
          violations.addAll(kernel(where, deployment, container));
          violations.addAll(tmp(where, deployment, container));
        });
    return violations;
  }

  private static List<String> user(String where, Deployment deployment, Container container) {
    PodSecurityContext pod = Workloads.pod(deployment).getSecurityContext();
    SecurityContext own = container.getSecurityContext();
    Boolean nonRoot =
        firstNonNull(
            own == null ? null : own.getRunAsNonRoot(), pod == null ? null : pod.getRunAsNonRoot());
    Long user =
        firstNonNull(
            own == null ? null : own.getRunAsUser(), pod == null ? null : pod.getRunAsUser());
    List<String> violations = new ArrayList<>();
    if (!Boolean.TRUE.equals(nonRoot)) {
      violations.add(where + ": runAsNonRoot is not true");
    }
    if (user == null || user == 0) {
      violations.add(where + ": runAsUser is " + user + ", expected a non-zero user id");
    }
    return violations;
  }

  private static List<String> filesystem(String where, Container container) {
    SecurityContext context = container.getSecurityContext();
    List<String> violations = new ArrayList<>();
    if (context == null || !Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())) {
      violations.add(where + ": readOnlyRootFilesystem is not true");
    }
    if (context == null || !Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
      violations.add(where + ": allowPrivilegeEscalation is not false");
    }
    return violations;
  }

  /** Checks the kernel-facing settings of the restricted Pod Security Standard. */
  private static List<String> kernel(String where, Deployment deployment, Container container) {
    SecurityContext own = container.getSecurityContext();
    PodSecurityContext pod = Workloads.pod(deployment).getSecurityContext();
    List<String> violations = new ArrayList<>();
    List<String> dropped =
        own == null || own.getCapabilities() == null
            ? List.of()
            : Workloads.nullToEmpty(own.getCapabilities().getDrop());
    if (!dropped.contains("ALL")) {
      violations.add(where + ": capabilities do not drop ALL");
    }
    SeccompProfile seccomp =
        firstNonNull(
            own == null ? null : own.getSeccompProfile(),
            pod == null ? null : pod.getSeccompProfile());
    if (seccomp == null || !"RuntimeDefault".equals(seccomp.getType())) {
      violations.add(where + ": seccompProfile is not RuntimeDefault");
    }
    return violations;
  }

  private static List<String> tmp(String where, Deployment deployment, Container container) {
    String volumeName =
        Workloads.nullToEmpty(container.getVolumeMounts()).stream()
            .filter(mount -> "/tmp".equals(mount.getMountPath()))
            .map(VolumeMount::getName)
            .findFirst()
            .orElse(null);
    boolean emptyDir =
        Workloads.nullToEmpty(Workloads.pod(deployment).getVolumes()).stream()
            .filter(volume -> volume.getName().equals(volumeName))
            .map(Volume::getEmptyDir)
            .anyMatch(source -> source != null);
    return emptyDir ? List.of() : List.of(where + ": no emptyDir volume mounted at /tmp");
  }

  private static <T> T firstNonNull(T first, T second) {
    return first != null ? first : second;
  }
}
