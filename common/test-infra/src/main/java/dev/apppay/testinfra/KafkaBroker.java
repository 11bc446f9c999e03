package dev.apppay.testinfra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker in KRaft mode on 127.0.0.1, run in a forked JVM from Apache
 * Kafka's own jars, so the broker's classpath stays out of the caller's.
 *
 * <p>An existing data folder is reused, so a second start keeps its topics.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final String CLASSPATH_RESOURCE = "kafka-classpath.txt";
  private static final String STARTED_LINE = "Kafka Server started";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final List<String> JVM_OPTIONS =
      List.of(
          "-Xms64m",
          "-Xmx384m",
          "-XX:+UseSerialGC",
          "-Djava.awt.headless=true",
          "-Dorg.slf4j.simpleLogger.showDateTime=true",
          "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
          "-Dorg.slf4j.simpleLogger.log.kafka=info");

  private final int port;
  private final SupervisedProcess process;

  private KafkaBroker(int port, SupervisedProcess process) {
    this.port = port;
    this.process = process;
  }

  /**
   * Starts a broker with its data and configuration in {@code dir} and its log in {@code log}.
   *
   * @param port the client port, or 0 for a free one; the controller takes another free port
   */
  public static KafkaBroker start(Path dir, int port, Path log) throws IOException {
    int clientPort = port == 0 ? FreePorts.find() : port;
    Files.createDirectories(dir);
    Files.createDirectories(log.getParent());
    Path config = writeConfig(dir, clientPort, FreePorts.find());
    if (!Files.exists(dir.resolve("data/meta.properties"))) {
      format(config, log);
    }
    long logOffset = Files.exists(log) ? Files.size(log) : 0;
    SupervisedProcess process =
        SupervisedProcess.start("kafka", java("kafka.Kafka", config.toString()), "TERM", log);
    KafkaBroker broker = new KafkaBroker(clientPort, process);
    broker.awaitStarted(logOffset);
    return broker;
  }

  private static Path writeConfig(Path dir, int clientPort, int controllerPort) throws IOException {
    String config =
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:"
                + clientPort
                + ",CONTROLLER://127.0.0.1:"
                + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + clientPort,
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + dir.resolve("data"),
            "num.partitions=3",
            "auto.create.topics.enable=true",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=5",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "");
    Path file = dir.resolve("server.properties");
    Files.writeString(file, config, StandardCharsets.UTF_8);
    return file;
  }

  private static void format(Path config, Path log) throws IOException {
    String clusterId = clusterId();
    List<String> command =
        java("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IOException("Formatting the Kafka storage failed; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while formatting the Kafka storage", e);
    }
  }

  /** Returns a random cluster id in Kafka's form: 16 bytes, URL-safe Base64 without padding. */
  /**
   * Returns a random cluster id in Kafka's base64url form. An id that starts with '-' is drawn
   * again, because the storage tool's argument parser reads it as an option and fails.
   */
  static String clusterId() {
    String id;
    do {
      UUID uuid = UUID.randomUUID();
      var bytes = java.nio.ByteBuffer.allocate(16);
      bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
      id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    } while (id.startsWith("-"));
    return id;
  }

  private static List<String> java(String mainClass, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(brokerClasspath());
    command.add(mainClass);
    command.addAll(List.of(arguments));
    return command;
  }

  private static String brokerClasspath() throws IOException {
    try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IOException(CLASSPATH_RESOURCE + " is missing: rebuild common/test-infra");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }

  private void awaitStarted(long logOffset) throws IOException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("Kafka exited during start; see " + process.log());
      }
      if (logSince(logOffset).contains(STARTED_LINE)) {
        return;
      }
      PostgresServer.sleep(Duration.ofMillis(200));
    }
    close();
    throw new IOException("Kafka did not start within " + START_TIMEOUT + "; see " + process.log());
  }

  private String logSince(long offset) throws IOException {
    byte[] bytes = Files.readAllBytes(process.log());
    int from = (int) Math.min(offset, bytes.length);
    return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
  }

  public int port() {
    return port;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
