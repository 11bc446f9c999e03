package dev.apppay.testinfra;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL and Kafka in Testcontainers, for machines with a Docker engine.
 *
 * <p>NOTE: this path needs Docker, which the project's CI machine lacks, so CI never runs it.
 */
final class ContainerInfrastructure implements Infrastructure {

  private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:14-alpine");
  private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

  ContainerInfrastructure() {
    postgres.start();
    kafka.start();
  }

  @Override
  public String postgresAddress() {
    return postgres.getHost() + ":" + postgres.getMappedPort(5432);
  }

  @Override
  public String username() {
    return postgres.getUsername();
  }

  @Override
  public String password() {
    return postgres.getPassword();
  }

  @Override
  public String bootstrapServers() {
    return kafka.getBootstrapServers();
  }

  @Override
  public void close() {
    kafka.stop();
    postgres.stop();
  }
}
