package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;

/** A deep copy of the base in which a test breaks one object on purpose. */
final class Broken {

  final ManifestSet set = TestManifests.baseCopy();

  Deployment deployment(String name) {
    return (Deployment) object("Deployment", name);
  }

  /** Returns the first (application) container of a Deployment. */
  Container container(String deployment) {
    return Workloads.pod(deployment(deployment)).getContainers().get(0);
  }

  Service service(String name) {
    return (Service) object("Service", name);
  }

  ConfigMap configMap(String name) {
    return (ConfigMap) object("ConfigMap", name);
  }

  Ingress ingress(String name) {
    return (Ingress) object("Ingress", name);
  }

  NetworkPolicy networkPolicy(String name) {
    return (NetworkPolicy) object("NetworkPolicy", name);
  }

  GenericKubernetesResource custom(String kind, String name) {
    return (GenericKubernetesResource) object(kind, name);
  }

  /** Returns the set with {@code extra} objects added. */
  ManifestSet with(HasMetadata... extra) {
    List<HasMetadata> objects = new ArrayList<>(set.objects());
    objects.addAll(List.of(extra));
    return new ManifestSet(set.name(), objects);
  }

  private HasMetadata object(String kind, String name) {
    return set.find(kind, name)
        .orElseThrow(
            () -> new IllegalArgumentException("No " + kind + " " + name + " in the base"));
  }
}
