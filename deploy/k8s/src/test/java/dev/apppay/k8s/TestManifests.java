package dev.apppay.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Locates the manifests for the tests: the base of this module, and the rendered overlays in the
 * folder named by the system property {@code k8s.rendered.dir} (written by render.sh), when set.
 */
final class TestManifests {

  private TestManifests() {}

  /** This module's folder, deploy/k8s. */
  static Path moduleDir() {
    String configured = System.getProperty("k8s.base.dir", "");
    return Path.of(configured.isBlank() ? "." : configured).toAbsolutePath().normalize();
  }

  static Path repositoryRoot() {
    return moduleDir().resolve("../..").normalize();
  }

  static ManifestSet base() {
    return ManifestLoader.kustomization("base", moduleDir().resolve("base"));
  }

  /**
   * Returns the rendered folder, or empty when the property is unset. A relative path is read from
   * the working directory or else from the repository root, so both {@code -pl deploy/k8s} from the
   * root and a run inside the module find it.
   */
  static Optional<Path> renderedDir() {
    String configured = System.getProperty("k8s.rendered.dir", "");
    if (configured.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(configured);
    if (!path.isAbsolute() && !Files.isDirectory(path)) {
      path = repositoryRoot().resolve(path);
    }
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException(
          "k8s.rendered.dir " + configured + " is not a folder; run deploy/k8s/render.sh first");
    }
    return Optional.of(path);
  }

  static List<ManifestSet> rendered() {
    List<ManifestSet> sets = renderedDir().map(ManifestLoader::renderedFolder).orElse(List.of());
    if (renderedDir().isPresent() && sets.isEmpty()) {
      throw new IllegalStateException("No rendered YAML files in " + renderedDir().get());
    }
    for (ManifestSet set : sets) {
      if (set.objects().isEmpty()) {
        throw new IllegalStateException(
            "Rendered file " + set.name() + ".yaml is empty; run deploy/k8s/render.sh again");
      }
    }
    return sets;
  }

  /** Returns the base and every rendered overlay, the sets every rule applies to. */
  static List<ManifestSet> all() {
    List<ManifestSet> sets = new ArrayList<>();
    sets.add(base());
    sets.addAll(rendered());
    return sets;
  }

  /** Returns a deep copy of the base, for tests that break one object on purpose. */
  static ManifestSet baseCopy() {
    return new ManifestSet("broken", base().objects().stream().map(ManifestLoader::copy).toList());
  }
}
