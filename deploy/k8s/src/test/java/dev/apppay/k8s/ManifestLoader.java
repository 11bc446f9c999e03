package dev.apppay.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads manifests without kubectl: the base through its {@code kustomization.yaml}, and folders of
 * files that {@code render.sh} wrote with {@code kubectl kustomize}.
 */
public final class ManifestLoader {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private ManifestLoader() {}

  /** Loads the files listed under {@code resources} in {@code folder/kustomization.yaml}. */
  public static ManifestSet kustomization(String name, Path folder) {
    List<HasMetadata> objects = new ArrayList<>();
    for (String resource : resources(folder)) {
      objects.addAll(file(folder.resolve(resource)));
    }
    return new ManifestSet(name, objects);
  }

  /** Returns the {@code resources} entries of {@code folder/kustomization.yaml}. */
  public static List<String> resources(Path folder) {
    JsonNode kustomization = documents(folder.resolve("kustomization.yaml")).get(0);
    List<String> resources = new ArrayList<>();
    kustomization.path("resources").forEach(entry -> resources.add(entry.asText()));
    return resources;
  }

  /** Loads every {@code *.yaml} file of {@code folder} as one set, named after the file. */
  public static List<ManifestSet> renderedFolder(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .map(file -> new ManifestSet(setName(file), file(file)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to list rendered manifests in " + folder, e);
    }
  }

  /** Parses every YAML document of {@code file} into a fabric8 object. */
  public static List<HasMetadata> file(Path file) {
    List<HasMetadata> objects = new ArrayList<>();
    for (JsonNode document : documents(file)) {
      objects.add(SERIALIZATION.unmarshal(document.toString(), HasMetadata.class));
    }
    return objects;
  }

  /** Converts a field of a custom resource into a model type, such as a {@code LabelSelector}. */
  public static <T> T convert(Object value, Class<T> type) {
    return SERIALIZATION.convertValue(value, type);
  }

  /** Returns a deep copy, so a test can break one object without touching the loaded set. */
  public static <T> T copy(T object) {
    return SERIALIZATION.clone(object);
  }

  private static List<JsonNode> documents(Path file) {
    try (MappingIterator<JsonNode> iterator =
        YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      return iterator.readAll().stream().filter(node -> !node.isNull() && !node.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to parse YAML file " + file, e);
    }
  }

  private static String setName(Path file) {
    String fileName = file.getFileName().toString();
    return fileName.substring(0, fileName.length() - ".yaml".length());
  }
}
