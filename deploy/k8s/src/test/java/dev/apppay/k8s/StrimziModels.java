package dev.apppay.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the Strimzi custom resources to the typed model of Strimzi's Java API. */
final class StrimziModels {

  static final String GROUP = "kafka.strimzi.io";

  private static final Map<String, Class<?>> TYPES =
      Map.of(
          "Kafka",
          Kafka.class,
          "KafkaNodePool",
          KafkaNodePool.class,
          "KafkaTopic",
          KafkaTopic.class);

  private StrimziModels() {}

  /**
   * Converts a Strimzi resource to its typed model, or returns empty for any other resource.
   *
   * @throws IllegalArgumentException when a field has a value of the wrong type or an unknown enum
   *     constant, such as a node pool role {@code brokers}
   */
  static Optional<Object> typed(GenericKubernetesResource resource) {
    Class<?> type = TYPES.get(resource.getKind());
    if (type == null || !resource.getApiVersion().startsWith(GROUP + "/")) {
      return Optional.empty();
    }
    return Optional.of(ManifestLoader.convert(resource, type));
  }

  /**
   * Returns the text values under {@code spec} that the typed model did not keep, as {@code
   * path=value}. Strimzi maps an unknown enum constant (a node pool role {@code brokers}, a
   * listener type {@code internl}) to null instead of failing, so the value is lost when the model
   * is written back. Numbers and booleans are not compared, because the model leaves out default
   * values such as {@code deleteClaim: false}.
   */
  static List<String> lostValues(GenericKubernetesResource resource, Object typed) {
    List<String> lost = new ArrayList<>();
    JsonNode original = ManifestLoader.convert(resource, JsonNode.class).path("spec");
    JsonNode written = ManifestLoader.convert(typed, JsonNode.class).path("spec");
    compare(original, written, "spec", lost);
    return lost;
  }

  private static void compare(JsonNode original, JsonNode written, String path, List<String> lost) {
    if (original.isArray()) {
      for (int i = 0; i < original.size(); i++) {
        compare(original.get(i), written.path(i), path + "." + i, lost);
      }
    } else if (original.isObject()) {
      original
          .properties()
          .forEach(
              entry ->
                  compare(
                      entry.getValue(),
                      written.path(entry.getKey()),
                      path + "." + entry.getKey(),
                      lost));
    } else if (original.isTextual() && !original.asText().equals(written.asText(null))) {
      lost.add(path + "=" + original.asText());
    }
  }
}
