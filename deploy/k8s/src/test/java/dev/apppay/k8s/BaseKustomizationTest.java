package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Checks that the base lists every manifest file and contains the objects each service needs. */
class BaseKustomizationTest {

  static final List<String> SERVICES = Workloads.QUARKUS_SERVICES;

  @Test
  void baseListsEveryManifestFile() throws IOException {
    Path base = TestManifests.moduleDir().resolve("base");
    List<String> files;
    try (Stream<Path> walk = Files.walk(base)) {
      files =
          walk.filter(path -> path.toString().endsWith(".yaml"))
              .map(path -> base.relativize(path).toString())
              .filter(path -> !path.equals("kustomization.yaml"))
              .toList();
    }

    assertThat(ManifestLoader.resources(base)).containsExactlyInAnyOrderElementsOf(files);
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("SERVICES")
  void serviceHasItsObjects(String service) {
    ManifestSet base = TestManifests.base();
    String database = service.replace("-service", "-db");

    assertThat(base.find("Deployment", service)).isPresent();
    assertThat(base.find("Service", service)).isPresent();
    assertThat(base.find("ConfigMap", service + "-config")).isPresent();
    assertThat(base.find("HorizontalPodAutoscaler", service)).isPresent();
    assertThat(base.find("PodDisruptionBudget", service)).isPresent();
    assertThat(base.find("NetworkPolicy", service)).isPresent();
    assertThat(base.find("Cluster", database)).isPresent();
  }

  @Test
  void baseContainsNoSecret() {
    assertThat(TestManifests.base().all(io.fabric8.kubernetes.api.model.Secret.class)).isEmpty();
  }
}
