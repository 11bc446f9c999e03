package dev.apppay.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** PostgreSQL and Kafka as local processes, started without Docker. */
public final class LocalInfrastructure implements Infrastructure {

  private final PostgresServer postgres;
  private final KafkaBroker kafka;

  private LocalInfrastructure(PostgresServer postgres, KafkaBroker kafka) {
    this.postgres = postgres;
    this.kafka = kafka;
  }

  /**
   * Starts both servers on free ports with fresh data below {@code dir}, logging to {@code
   * dir/postgres.log} and {@code dir/kafka.log}.
   */
  public static LocalInfrastructure startFresh(Path dir) {
    try {
      PostgresBinaries.deleteRecursively(dir.resolve("postgres-data"));
      PostgresBinaries.deleteRecursively(dir.resolve("kafka"));
      PostgresServer postgres =
          PostgresServer.start(dir.resolve("postgres-data"), 0, dir.resolve("postgres.log"));
      try {
        KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0, dir.resolve("kafka.log"));
        return new LocalInfrastructure(postgres, kafka);
      } catch (IOException | RuntimeException e) {
        postgres.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to start PostgreSQL and Kafka in " + dir, e);
    }
  }

  @Override
  public String postgresAddress() {
    return "127.0.0.1:" + postgres.port();
  }

  @Override
  public String username() {
    return PostgresServer.USER;
  }

  @Override
  public String password() {
    return PostgresServer.PASSWORD;
  }

  @Override
  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  @Override
  public void close() {
    kafka.close();
    postgres.close();
  }
}
