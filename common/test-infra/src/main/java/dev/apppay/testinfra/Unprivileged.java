package dev.apppay.testinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs PostgreSQL as an unprivileged user when this JVM runs as root, because initdb and postgres
 * refuse to run as root.
 *
 * <p>The server then runs as {@code nobody} with the ambient capabilities to read and write paths
 * below root-only folders, such as a checkout under {@code /root}.
 */
final class Unprivileged {

  static final int NOBODY = 65534;
  private static final String CAPABILITIES = "+dac_read_search,+dac_override";

  private Unprivileged() {}

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Prefixes {@code command} with setpriv when running as root. */
  static List<String> command(List<String> command) {
    if (!isRoot()) {
      return command;
    }
    List<String> wrapped =
        new ArrayList<>(
            List.of(
                "setpriv",
                "--reuid=" + NOBODY,
                "--regid=" + NOBODY,
                "--clear-groups",
                "--inh-caps=" + CAPABILITIES,
                "--ambient-caps=" + CAPABILITIES,
                "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  /** Gives {@code dir} and everything below it to the unprivileged user when running as root. */
  static void own(Path dir) throws IOException {
    if (!isRoot()) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.setAttribute(path, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
      }
    }
  }
}
