package dev.apppay.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

  @TempDir Path directory;

  @Test
  void tokenCommandNamesOtherDataFolder() {
    Path other = directory.resolve("other");

    String command = LocalStack.tokenCommand(new StackOptions(directory, other, "V3", 4000, false));

    assertThat(command).isEqualTo("deploy/local/run.sh token alice --data " + other);
  }

  @Test
  void tokenCommandOmitsDefaultDataFolder() {
    Path data = StackOptions.defaultDataDir(directory);

    String command = LocalStack.tokenCommand(new StackOptions(directory, data, "V3", 0, false));

    assertThat(command).isEqualTo("deploy/local/run.sh token alice");
  }
}
