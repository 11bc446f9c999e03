package dev.apppay.testinfra;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The one PostgreSQL server and Kafka broker of this JVM, started on first use and stopped when the
 * JVM exits, also after a failed test.
 *
 * <p>Quarkus may load this class once per application under test, each time in a new class loader,
 * so the servers' addresses are kept in system properties, which every class loader of the JVM
 * shares. A static field would start a second pair of servers.
 *
 * <p>The system property {@code apppay.test.infra=testcontainers} switches to Testcontainers on a
 * machine with a Docker engine; the default needs no Docker.
 */
public final class SharedInfrastructure {

  public static final String SWITCH = "apppay.test.infra";
  private static final String POSTGRES = SWITCH + ".postgres";
  private static final String USERNAME = SWITCH + ".username";
  private static final String PASSWORD = SWITCH + ".password";
  private static final String KAFKA = SWITCH + ".kafka";

  private SharedInfrastructure() {}

  public static Infrastructure get() {
    Properties properties = System.getProperties();
    synchronized (properties) {
      if (properties.getProperty(KAFKA) == null) {
        publish(properties, start());
      }
      return new RunningInfrastructure(
          properties.getProperty(POSTGRES),
          properties.getProperty(USERNAME),
          properties.getProperty(PASSWORD),
          properties.getProperty(KAFKA));
    }
  }

  private static Infrastructure start() {
    Infrastructure started =
        "testcontainers".equals(System.getProperty(SWITCH))
            ? new ContainerInfrastructure()
            : LocalInfrastructure.startFresh(Path.of("target", "test-infra").toAbsolutePath());
    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-infra-stop"));
    return started;
  }

  private static void publish(Properties properties, Infrastructure started) {
    properties.setProperty(POSTGRES, started.postgresAddress());
    properties.setProperty(USERNAME, started.username());
    properties.setProperty(PASSWORD, started.password());
    properties.setProperty(KAFKA, started.bootstrapServers());
  }
}
