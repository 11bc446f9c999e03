package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the Strimzi and CloudNativePG resources. Kafka runs in KRaft mode with controller and
 * broker nodes, and its replication settings fit the broker count. The two event topics state
 * partitions, replicas and retention that the brokers can hold. Each service has its own PostgreSQL
 * cluster, whose database and Secret match the service's settings.
 */
public final class PlatformRules {

  /** The event topics, whose producers and consumers docs/architecture.md lists. */
  static final List<String> TOPICS = List.of("order-events", "payment-events");

  /** Broker settings that need at least as many brokers as their value. */
  static final List<String> REPLICATION_SETTINGS =
      List.of(
          "default.replication.factor",
          "min.insync.replicas",
          "offsets.topic.replication.factor",
          "transaction.state.log.replication.factor",
          "transaction.state.log.min.isr");

  private PlatformRules() {}

  /** Returns one message per broken rule, or an empty list when the set is fine. */
  public static List<String> check(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    violations.addAll(kafka(set));
    for (String topic : TOPICS) {
      violations.addAll(topic(set, topic));
    }
    violations.addAll(databases(set));
    return violations;
  }

  private static List<String> kafka(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    for (GenericKubernetesResource kafka : set.custom("Kafka")) {
      String where = set.name() + ": Kafka " + kafka.getMetadata().getName();
      if (kafka.get("spec", "zookeeper") != null) {
        violations.add(where + ": uses ZooKeeper, expected KRaft node pools");
      }
      List<String> roles = new ArrayList<>();
      poolsOf(set, kafka.getMetadata().getName())
          .forEach(pool -> roles.addAll(pool.get("spec", "roles")));
      if (!roles.contains("controller") || !roles.contains("broker")) {
        violations.add(
            where + ": node pools have roles " + roles + ", expected controller and broker");
      }
      violations.addAll(replication(where, kafka, brokers(set, kafka.getMetadata().getName())));
    }
    return violations;
  }

  /** Checks that every replication setting of the broker config fits the number of brokers. */
  private static List<String> replication(
      String where, GenericKubernetesResource kafka, int brokers) {
    Map<String, Object> config = kafka.get("spec", "kafka", "config");
    List<String> violations = new ArrayList<>();
    for (String setting : REPLICATION_SETTINGS) {
      Object value = config == null ? null : config.get(setting);
      if (value instanceof Number number && number.intValue() > brokers) {
        violations.add(
            where + ": " + setting + " " + number + " exceeds the " + brokers + " brokers");
      }
    }
    return violations;
  }

  private static List<GenericKubernetesResource> poolsOf(ManifestSet set, String kafka) {
    return set.custom("KafkaNodePool").stream()
        .filter(pool -> kafka.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
        .toList();
  }

  private static List<String> topic(ManifestSet set, String name) {
    String where = set.name() + ": KafkaTopic " + name;
    GenericKubernetesResource topic =
        (GenericKubernetesResource) set.find("KafkaTopic", name).orElse(null);
    if (topic == null) {
      return List.of(where + " not found");
    }
    List<String> violations = new ArrayList<>();
    String kafka = topic.getMetadata().getLabels().get("strimzi.io/cluster");
    int brokers = brokers(set, kafka);
    Number partitions = topic.get("spec", "partitions");
    Number replicas = topic.get("spec", "replicas");
    if (partitions == null || partitions.intValue() < 1) {
      violations.add(where + ": partitions not stated");
    }
    if (replicas == null || replicas.intValue() < 1 || replicas.intValue() > brokers) {
      violations.add(
          "%s: replicas %s not between 1 and the %d brokers of Kafka %s"
              .formatted(where, replicas, brokers, kafka));
    }
    violations.addAll(topicConfig(where, topic.get("spec", "config"), replicas));
    return violations;
  }

  private static List<String> topicConfig(
      String where, Map<String, Object> config, Number replicas) {
    if (config == null || config.get("retention.ms") == null) {
      return List.of(where + ": retention.ms not stated");
    }
    if (replicas != null
        && config.get("min.insync.replicas") instanceof Number minimum
        && minimum.intValue() > replicas.intValue()) {
      return List.of(where + ": min.insync.replicas " + minimum + " exceeds replicas " + replicas);
    }
    return List.of();
  }

  private static int brokers(ManifestSet set, String kafka) {
    return poolsOf(set, kafka).stream()
        .filter(pool -> ((List<?>) pool.get("spec", "roles")).contains("broker"))
        .mapToInt(pool -> ((Number) pool.get("spec", "replicas")).intValue())
        .sum();
  }

  private static List<String> databases(ManifestSet set) {
    List<String> violations = new ArrayList<>();
    Map<String, String> clusterUsers = new HashMap<>();
    Workloads.forEachContainer(
        set,
        (deployment, container) -> {
          String url =
              Workloads.plainEnvironment(set, container).get("QUARKUS_DATASOURCE_REACTIVE_URL");
          if (url != null) {
            violations.addAll(database(set, deployment, container, url, clusterUsers));
          }
        });
    return violations;
  }

  private static List<String> database(
      ManifestSet set,
      Deployment deployment,
      Container container,
      String url,
      Map<String, String> clusterUsers) {
    String where = Workloads.where(set, deployment, container);
    URI uri = URI.create(url);
    String cluster = uri.getHost().replaceFirst("-rw$", "");
    GenericKubernetesResource resource =
        (GenericKubernetesResource) set.find("Cluster", cluster).orElse(null);
    if (resource == null) {
      return List.of(
          where + ": database host " + uri.getHost() + " is not the -rw Service of a Cluster");
    }
    List<String> violations = new ArrayList<>();
    String database = uri.getPath().substring(1);
    if (!database.equals(resource.get("spec", "bootstrap", "initdb", "database"))) {
      violations.add(
          "%s: database %s is not the one Cluster %s creates".formatted(where, database, cluster));
    }
    String jdbc = Workloads.plainEnvironment(set, container).get("QUARKUS_DATASOURCE_JDBC_URL");
    if (!("jdbc:" + url).equals(jdbc)) {
      violations.add(
          "%s: QUARKUS_DATASOURCE_JDBC_URL %s differs from the reactive URL %s"
              .formatted(where, jdbc, url));
    }
    String service = deployment.getMetadata().getName();
    String previous = clusterUsers.put(cluster, service);
    if (previous != null && !previous.equals(service)) {
      violations.add(where + ": shares Cluster " + cluster + " with " + previous);
    }
    violations.addAll(credentials(where, container, cluster + "-app"));
    return violations;
  }

  private static List<String> credentials(String where, Container container, String secret) {
    List<String> violations = new ArrayList<>();
    for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
      boolean fromSecret =
          Workloads.nullToEmpty(container.getEnv()).stream()
              .filter(env -> env.getName().equals(variable) && env.getValueFrom() != null)
              .map(env -> env.getValueFrom().getSecretKeyRef())
              .anyMatch(ref -> ref != null && ref.getName().equals(secret));
      if (!fromSecret) {
        violations.add(where + ": " + variable + " does not come from Secret " + secret);
      }
    }
    return violations;
  }
}
