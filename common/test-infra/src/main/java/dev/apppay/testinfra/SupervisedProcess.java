package dev.apppay.testinfra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process that stops when its owner closes it or when the owning JVM dies.
 *
 * <p>The command runs under a small shell whose watcher waits on the shell's standard input. The
 * owner holds the other end of that pipe, so closing it, or the owner's death, ends the input and
 * the shell sends the stop signal. This keeps servers from outliving a test JVM that was killed.
 */
public final class SupervisedProcess implements AutoCloseable {

  // Ctrl-C sends SIGINT to the whole process group. The shell and its child ignore it, so the owner
  // alone orders the stops. A broker stopped before its clients keeps their group members until
  // the session timeout. TERM is forwarded, and the shell outlives its child for close() to find.
  private static final String WATCHDOG =
      String.join(
          "\n",
          "exec 3<&0",
          "trap '' INT",
          "\"$@\" & child=$!",
          "trap 'kill -%1$s $child 2>/dev/null' TERM",
          "(cat <&3 >/dev/null; kill -%1$s $child 2>/dev/null) &",
          "while kill -0 $child 2>/dev/null; do wait $child; done");

  private static final long STOP_TIMEOUT_SECONDS = 30;

  private final String name;
  private final Process process;
  private final Path log;

  private SupervisedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code command} with its output appended to {@code log}.
   *
   * @param stopSignal the signal name sent on close, for example {@code INT} or {@code TERM}
   */
  public static SupervisedProcess start(
      String name, List<String> command, String stopSignal, Path log) throws IOException {
    return start(name, command, stopSignal, log, Map.of());
  }

  /** Starts {@code command} as above, with {@code environment} added to this JVM's environment. */
  public static SupervisedProcess start(
      String name,
      List<String> command,
      String stopSignal,
      Path log,
      Map<String, String> environment)
      throws IOException {
    List<String> shell = new ArrayList<>(List.of("sh", "-c", WATCHDOG.formatted(stopSignal), name));
    shell.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(shell).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new SupervisedProcess(name, builder.start(), log);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** Sends the stop signal and waits for the process to exit, killing it after 30 seconds. */
  @Override
  public void close() {
    close(STOP_TIMEOUT_SECONDS);
  }

  /** Sends the stop signal and waits for the process to exit, killing it after a timeout. */
  public void close(long timeoutSeconds) {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        killAll();
      }
    } catch (IOException e) {
      killAll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      killAll();
    }
  }

  private void killAll() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // The kernel has the kill order; nothing more can be done from here.
      }
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + ")";
  }
}
