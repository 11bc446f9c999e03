package dev.apppay.local;

import dev.apppay.testinfra.SupervisedProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One JVM of the stack (a service or the simulator), started from its packaged jar. */
public final class JavaProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final List<String> JVM_OPTIONS =
      List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final String healthPath;
  private final SupervisedProcess process;

  private JavaProcess(String name, int port, String healthPath, SupervisedProcess process) {
    this.name = name;
    this.port = port;
    this.healthPath = healthPath;
    this.process = process;
  }

  /**
   * Starts {@code jar} with {@code environment} added to this JVM's environment.
   *
   * @param healthPath a path that answers 200 once the process is ready
   */
  public static JavaProcess start(
      String name,
      Path jar,
      int port,
      String healthPath,
      Map<String, String> environment,
      Path log) {
    if (!Files.isRegularFile(jar)) {
      throw new ComponentFailedException(
          name + " is not built: " + jar + " is missing. Run ./mvnw -B install -DskipTests first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(jar.toString());
    try {
      Files.createDirectories(log.getParent());
      SupervisedProcess process = SupervisedProcess.start(name, command, "TERM", log, environment);
      return new JavaProcess(name, port, healthPath, process);
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to start " + name, e);
    }
  }

  /** Waits until the health path answers 200, failing when the process exits first. */
  public void awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new ComponentFailedException(name, "exited during start", process.log());
      }
      if (isReady()) {
        return;
      }
      sleep(Duration.ofMillis(300));
    }
    throw new ComponentFailedException(
        name, "was not ready within " + START_TIMEOUT, process.log());
  }

  private boolean isReady() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url() + healthPath))
            .timeout(Duration.ofSeconds(2))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + name, e);
    }
  }

  public String name() {
    return name;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return process.log();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process at once, as a crash would, without a graceful shutdown. */
  public void kill() {
    ProcessHandle.of(process.pid())
        .ifPresent(shell -> shell.descendants().forEach(ProcessHandle::destroyForcibly));
    process.close();
  }

  @Override
  public void close() {
    process.close();
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
