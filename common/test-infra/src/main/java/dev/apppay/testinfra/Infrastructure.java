package dev.apppay.testinfra;

/** A PostgreSQL server and a Kafka broker that tests connect to. */
public interface Infrastructure extends AutoCloseable {

  /** The PostgreSQL server as {@code host:port}. */
  String postgresAddress();

  String username();

  String password();

  String bootstrapServers();

  /** Creates {@code database} unless it exists. */
  default void createDatabase(String database) {
    Databases.create(jdbcUrl("postgres"), username(), password(), database);
  }

  default String jdbcUrl(String database) {
    return "jdbc:postgresql://" + postgresAddress() + "/" + database;
  }

  default String reactiveUrl(String database) {
    return "postgresql://" + postgresAddress() + "/" + database;
  }

  @Override
  void close();
}
