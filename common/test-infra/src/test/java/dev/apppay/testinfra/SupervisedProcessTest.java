package dev.apppay.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisedProcessTest {

  @TempDir Path dir;

  @Test
  void closeStopsChildWithStopSignal() throws Exception {
    SupervisedProcess process =
        SupervisedProcess.start("sleeper", List.of("sleep", "300"), "TERM", dir.resolve("log"));
    ProcessHandle child = awaitChild(process);

    process.close(10);

    assertThat(child.isAlive()).isFalse();
    assertThat(process.isAlive()).isFalse();
  }

  @Test
  void closeKillsChildThatIgnoresStopSignal() throws Exception {
    Path script = dir.resolve("stubborn.sh");
    Files.writeString(script, "trap '' TERM\nwhile true; do sleep 1; done\n");
    SupervisedProcess process =
        SupervisedProcess.start(
            "stubborn", List.of("sh", script.toString()), "TERM", dir.resolve("log"));
    ProcessHandle child = awaitChild(process);

    process.close(1);

    assertThat(child.isAlive()).isFalse();
  }

  // TERM, because a shell started from a background job inherits SIGINT ignored and cannot trap it.
  @Test
  void signalToWatchdogStopsChild() throws Exception {
    SupervisedProcess process =
        SupervisedProcess.start("sleeper", List.of("sleep", "300"), "TERM", dir.resolve("log"));
    ProcessHandle child = awaitChild(process);

    new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
    child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(child.isAlive()).isFalse();
    process.close(10);
    assertThat(process.isAlive()).isFalse();
  }

  private static ProcessHandle awaitChild(SupervisedProcess process) throws InterruptedException {
    for (int attempt = 0; attempt < 50; attempt++) {
      Optional<ProcessHandle> child =
          ProcessHandle.of(process.pid())
              .flatMap(shell -> shell.children().filter(c -> !isWatcher(c)).findFirst());
      if (child.isPresent()) {
        return child.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The supervised child did not start");
  }

  private static boolean isWatcher(ProcessHandle handle) {
    return handle.info().command().map(command -> command.endsWith("sh")).orElse(false)
        && handle.children().anyMatch(c -> c.info().command().orElse("").endsWith("cat"));
  }
}
