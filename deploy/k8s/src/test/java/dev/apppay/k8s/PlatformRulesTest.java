package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shows that the Kafka and PostgreSQL rules reject inconsistent resources. */
class PlatformRulesTest {

  private final Broken broken = new Broken();

  @Test
  void topicReplicasAboveBrokersAreReported() {
    spec(broken.custom("KafkaTopic", "order-events")).put("replicas", 4);

    assertThat(PlatformRules.check(broken.set))
        .containsExactly(
            "broken: KafkaTopic order-events: replicas 4 not between 1 and the 3 brokers of Kafka"
                + " apppay-kafka");
  }

  @Test
  void missingRetentionIsReported() {
    config(broken.custom("KafkaTopic", "payment-events")).remove("retention.ms");

    assertThat(PlatformRules.check(broken.set))
        .containsExactly("broken: KafkaTopic payment-events: retention.ms not stated");
  }

  @Test
  void minInsyncAboveReplicasIsReported() {
    config(broken.custom("KafkaTopic", "payment-events")).put("min.insync.replicas", 4);

    assertThat(PlatformRules.check(broken.set))
        .containsExactly(
            "broken: KafkaTopic payment-events: min.insync.replicas 4 exceeds replicas 3");
  }

  @Test
  void replicationAboveBrokersIsReported() {
    spec(broken.custom("KafkaNodePool", "dual-role")).put("replicas", 2);

    assertThat(PlatformRules.check(broken.set))
        .contains(
            "broken: Kafka apppay-kafka: default.replication.factor 3 exceeds the 2 brokers",
            "broken: Kafka apppay-kafka: offsets.topic.replication.factor 3 exceeds the 2 brokers");
  }

  @Test
  void brokerOnlyPoolIsReported() {
    spec(broken.custom("KafkaNodePool", "dual-role")).put("roles", List.of("broker"));

    assertThat(PlatformRules.check(broken.set))
        .containsExactly(
            "broken: Kafka apppay-kafka: node pools have roles [broker], expected controller and"
                + " broker");
  }

  @Test
  void wrongDatabaseNameIsReported() {
    Map<String, String> data = broken.configMap("notify-service-config").getData();
    data.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://notify-db-rw:5432/notify");
    data.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://notify-db-rw:5432/notify");

    assertThat(PlatformRules.check(broken.set))
        .containsExactly(
            "broken: Deployment notify-service container notify-service: database notify is not"
                + " the one Cluster notify-db creates");
  }

  @Test
  void sharedDatabaseIsReported() {
    Map<String, String> data = broken.configMap("query-service-config").getData();
    data.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://order-db-rw:5432/order_service");
    data.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://order-db-rw:5432/order_service");

    assertThat(PlatformRules.check(broken.set))
        .contains(
            "broken: Deployment query-service container query-service: shares Cluster order-db"
                + " with order-service");
  }

  @Test
  void misspeltStrimziFieldIsReported() {
    Map<String, Object> volume = volume(broken.custom("KafkaNodePool", "dual-role"));
    volume.put("kraftMetaData", volume.remove("kraftMetadata"));

    assertThat(UnknownFieldRules.check(broken.set))
        .containsExactly(
            "broken: KafkaNodePool dual-role.Spec.Storage.Volumes[0]: unknown fields"
                + " [kraftMetaData]");
  }

  @Test
  void invalidNodePoolRoleIsReported() {
    spec(broken.custom("KafkaNodePool", "dual-role")).put("roles", List.of("brokers"));

    assertThat(UnknownFieldRules.check(broken.set))
        .containsExactly("broken: KafkaNodePool dual-role: invalid value spec.roles.0=brokers");
  }

  @Test
  void nonNumericPartitionsAreReported() {
    spec(broken.custom("KafkaTopic", "order-events")).put("partitions", "six");

    assertThat(UnknownFieldRules.check(broken.set))
        .singleElement()
        .asString()
        .startsWith("broken: KafkaTopic order-events: invalid field value: ")
        .contains("six");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> volume(GenericKubernetesResource pool) {
    Map<String, Object> storage = (Map<String, Object>) spec(pool).get("storage");
    return ((List<Map<String, Object>>) storage.get("volumes")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource resource) {
    return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> config(GenericKubernetesResource resource) {
    return (Map<String, Object>) spec(resource).get("config");
  }
}
