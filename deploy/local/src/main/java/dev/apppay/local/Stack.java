package dev.apppay.local;

import dev.apppay.testinfra.FreePorts;
import dev.apppay.testinfra.KafkaBroker;
import dev.apppay.testinfra.PostgresServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine: PostgreSQL, a Kafka broker, the WeChat Pay simulator and the
 * four services, each its own process on 127.0.0.1. Closing it stops them in reverse order.
 */
public final class Stack implements AutoCloseable {

  public static final List<String> SERVICES =
      List.of("prepay-service", "notify-service", "query-service", "order-service");
  private static final Map<String, Integer> SERVICE_PORTS =
      Map.of(
          "order-service",
          8080,
          "prepay-service",
          8081,
          "notify-service",
          8082,
          "query-service",
          8083);

  private final StackOptions options;
  private final StackKeys keys;
  private PostgresServer postgres;
  private KafkaBroker kafka;
  private final Map<String, JavaProcess> processes = new LinkedHashMap<>();

  private Stack(StackOptions options, StackKeys keys) {
    this.options = options;
    this.keys = keys;
  }

  /**
   * Starts every component and waits until each is ready.
   *
   * @throws DataFolderException when the data folder cannot be written
   * @throws ComponentFailedException when a component fails to start
   */
  public static Stack start(StackOptions options, Progress progress) {
    Stack stack = new Stack(options, StackKeys.ofDataFolder(options.dataDir()));
    try {
      stack.startAll(progress);
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  private void startAll(Progress progress) {
    checkPortsFree();
    startPostgres(progress);
    startKafka(progress);
    progress.step("Starting the WeChat Pay simulator");
    startSimulator().awaitReady();
    progress.step("Starting " + String.join(", ", SERVICES));
    for (String service : SERVICES) {
      startService(service);
    }
    for (String service : SERVICES) {
      processes.get(service).awaitReady();
    }
  }

  private void checkPortsFree() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("PostgreSQL", options.port(StackOptions.POSTGRES_PORT));
    ports.put("Kafka", options.port(StackOptions.KAFKA_PORT));
    ports.put("wechatpay-simulator", options.port(StackOptions.SIMULATOR_PORT));
    SERVICES.forEach(service -> ports.put(service, servicePort(service)));
    List<String> taken = new ArrayList<>();
    ports.forEach(
        (component, port) -> {
          if (FreePorts.isTaken(port)) {
            taken.add("port " + port + " for " + component);
          }
        });
    if (!taken.isEmpty()) {
      throw new ComponentFailedException(
          "Already in use: "
              + String.join(", ", taken)
              + ". Stop what uses them, or pass --port-offset N to shift every port.");
    }
  }

  private void startPostgres(Progress progress) {
    progress.step("Starting PostgreSQL, data in " + options.dataDir().resolve("postgres"));
    Path log = options.logDir().resolve("postgres.log");
    try {
      postgres =
          PostgresServer.start(
              options.dataDir().resolve("postgres"), options.port(StackOptions.POSTGRES_PORT), log);
    } catch (IOException | RuntimeException e) {
      throw startFailure("PostgreSQL", e, log);
    }
    SERVICES.forEach(service -> postgres.createDatabase(database(service)));
  }

  private void startKafka(Progress progress) {
    progress.step("Starting Kafka, data in " + options.dataDir().resolve("kafka"));
    Path log = options.logDir().resolve("kafka.log");
    try {
      kafka =
          KafkaBroker.start(
              options.dataDir().resolve("kafka"), options.port(StackOptions.KAFKA_PORT), log);
    } catch (IOException | RuntimeException e) {
      throw startFailure("Kafka", e, log);
    }
  }

  /** Names the component and its log once, since test-infra's messages may name the log already. */
  private static ComponentFailedException startFailure(String component, Exception e, Path log) {
    String message = String.valueOf(e.getMessage());
    if (message.contains(log.toString())) {
      return new ComponentFailedException(component + " failed to start: " + message);
    }
    return new ComponentFailedException(component, "failed to start: " + message, log);
  }

  /** Stops the Kafka broker, as an outage would. {@link #restartKafka} starts it again. */
  public void stopKafka() {
    kafka.close();
  }

  /** Starts the broker again on the same port and data folder, which keeps topics and offsets. */
  public void restartKafka(Progress progress) {
    startKafka(progress);
  }

  private JavaProcess startSimulator() {
    Path jar = SimulatorLaunch.jar(options.repositoryRoot());
    int port = options.port(StackOptions.SIMULATOR_PORT);
    Map<String, String> environment =
        SimulatorLaunch.environment(port, options.dataDir().resolve("simulator-state.json"), keys);
    JavaProcess simulator =
        JavaProcess.start(
            "wechatpay-simulator",
            jar,
            port,
            SimulatorLaunch.HEALTH_PATH,
            environment,
            options.logDir().resolve("wechatpay-simulator.log"));
    processes.put("wechatpay-simulator", simulator);
    return simulator;
  }

  /** Starts {@code service} from its packaged jar; used again after a crash in tests. */
  public JavaProcess startService(String service) {
    Path jar =
        options.repositoryRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    JavaProcess process =
        JavaProcess.start(
            service,
            jar,
            servicePort(service),
            "/q/health/ready",
            ServiceEnvironment.of(service, this),
            options.logDir().resolve(service + ".log"));
    processes.put(service, process);
    return process;
  }

  int servicePort(String service) {
    return options.port(SERVICE_PORTS.get(service));
  }

  static String database(String service) {
    return service.replace('-', '_');
  }

  public StackOptions options() {
    return options;
  }

  public StackKeys keys() {
    return keys;
  }

  PostgresServer postgres() {
    return postgres;
  }

  public String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  public JavaProcess process(String name) {
    return processes.get(name);
  }

  public String url(String name) {
    return name.equals("wechatpay-simulator")
        ? "http://127.0.0.1:" + options.port(StackOptions.SIMULATOR_PORT)
        : "http://127.0.0.1:" + servicePort(name);
  }

  @Override
  public void close() {
    List<JavaProcess> running = new ArrayList<>(processes.values());
    java.util.Collections.reverse(running);
    running.forEach(JavaProcess::close);
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** Receives one line per startup step, for the console or a test log. */
  public interface Progress {
    void step(String message);
  }
}
