package dev.apppay.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

  @TempDir Path directory;

  @Test
  void fileAsDataFolderIsRejected() throws Exception {
    Path file = Files.writeString(directory.resolve("data"), "not a folder");
    StackOptions options = new StackOptions(directory, file, "V3", 0, false);
    List<String> steps = new ArrayList<>();

    DataFolderException error =
        catchThrowableOfType(DataFolderException.class, () -> Stack.start(options, steps::add));

    assertThat(error)
        .hasMessage(
            "Cannot write to the data folder "
                + file
                + " ("
                + file.resolve("keys")
                + ": Not a directory). Pass --data DIR with a folder you can write to.");
    assertThat(steps).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void dataFolderUnderFileIsRejected() throws Exception {
    Path file = Files.writeString(directory.resolve("file"), "");
    Path data = file.resolve("data");

    DataFolderException error =
        catchThrowableOfType(DataFolderException.class, () -> StackKeys.ofDataFolder(data));

    assertThat(error)
        .hasMessage(
            "Cannot write to the data folder "
                + data
                + " ("
                + data
                + ": Not a directory). Pass --data DIR with a folder you can write to.");
  }
}
