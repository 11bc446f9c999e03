package dev.apppay.testinfra;

import java.nio.file.Path;

/**
 * The one PostgreSQL server and Kafka broker of this JVM, started on first use and stopped when the
 * JVM exits, also after a failed test.
 *
 * <p>The system property {@code apppay.test.infra=testcontainers} switches to Testcontainers on a
 * machine with a Docker engine; the default needs no Docker.
 */
public final class SharedInfrastructure {

  public static final String SWITCH = "apppay.test.infra";
  private static Infrastructure instance;

  private SharedInfrastructure() {}

  public static synchronized Infrastructure get() {
    if (instance == null) {
      instance = create();
      Infrastructure started = instance;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-infra-stop"));
    }
    return instance;
  }

  private static Infrastructure create() {
    if ("testcontainers".equals(System.getProperty(SWITCH))) {
      return new ContainerInfrastructure();
    }
    return LocalInfrastructure.startFresh(Path.of("target", "test-infra").toAbsolutePath());
  }
}
