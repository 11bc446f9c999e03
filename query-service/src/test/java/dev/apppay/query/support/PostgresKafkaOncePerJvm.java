package dev.apppay.query.support;

import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the shared PostgreSQL and Kafka once per JVM and hands the same settings to every Quarkus
 * application the tests start.
 *
 * <p>Each application can load the test resources in its own class loader, where the singleton in
 * {@code SharedInfrastructure} starts empty and starts a second pair of servers in the same
 * directory, which sometimes fails while formatting the Kafka storage. The settings of the first
 * start are therefore kept in system properties, which every class loader shares.
 */
// NOTE: remove once common/test-infra keeps one instance per JVM across class loaders.
public class PostgresKafkaOncePerJvm implements QuarkusTestResourceLifecycleManager {

  private static final String PREFIX = "apppay.query.test.infra.";
  private static final String STARTED = PREFIX + "started";

  private Map<String, String> initArgs = Map.of();

  @Override
  public void init(Map<String, String> initArgs) {
    this.initArgs = initArgs;
  }

  @Override
  public Map<String, String> start() {
    synchronized (System.getProperties()) {
      if (System.getProperty(STARTED) == null) {
        startAndRemember();
      }
      return remembered();
    }
  }

  private void startAndRemember() {
    PostgresKafkaResource resource = new PostgresKafkaResource();
    resource.init(initArgs);
    resource.start().forEach((name, value) -> System.setProperty(PREFIX + name, value));
    System.setProperty(STARTED, "true");
  }

  private static Map<String, String> remembered() {
    Map<String, String> properties = new HashMap<>();
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith(PREFIX) && !name.equals(STARTED)) {
        properties.put(name.substring(PREFIX.length()), System.getProperty(name));
      }
    }
    return properties;
  }

  @Override
  public void stop() {
    // The servers outlive each application and stop when the JVM exits.
  }
}
