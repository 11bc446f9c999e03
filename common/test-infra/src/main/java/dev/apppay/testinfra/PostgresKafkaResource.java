package dev.apppay.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource that points a service at the shared PostgreSQL server and Kafka broker.
 *
 * <p>The init argument {@code database} names the service's own database; it is created on start.
 */
public class PostgresKafkaResource implements QuarkusTestResourceLifecycleManager {

  public static final String DATABASE_ARG = "database";
  private String database = "app";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault(DATABASE_ARG, database);
  }

  @Override
  public Map<String, String> start() {
    Infrastructure infrastructure = SharedInfrastructure.get();
    infrastructure.createDatabase(database);
    return Map.of(
        "quarkus.datasource.reactive.url", infrastructure.reactiveUrl(database),
        "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(database),
        "quarkus.datasource.username", infrastructure.username(),
        "quarkus.datasource.password", infrastructure.password(),
        "kafka.bootstrap.servers", infrastructure.bootstrapServers());
  }

  @Override
  public void stop() {
    // The servers outlive each Quarkus application and stop when the JVM exits.
  }
}
