package dev.apppay.testinfra;

/** A PostgreSQL server and a Kafka broker that tests connect to. */
public interface Infrastructure extends AutoCloseable {

  /** Creates {@code database} unless it exists. */
  void createDatabase(String database);

  String jdbcUrl(String database);

  String reactiveUrl(String database);

  String username();

  String password();

  String bootstrapServers();

  @Override
  void close();
}
