package dev.apppay.simulator.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The simulator's state as one JSON file, replaced atomically on every save so that a crash leaves
 * either the old or the new version. The file contains private keys, so on POSIX file systems only
 * its owner may read it (mode 600).
 *
 * <p>NOTE: every change rewrites the whole file, which suits test and local-stack volumes (a few
 * thousand orders), not load tests.
 */
public final class StateFile {

  /** JSON mapping shared by the state file and the control API. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final Path path;

  public StateFile(Path path) {
    this.path = path;
  }

  /** Reads the stored state, or returns empty when the file does not exist yet. */
  public Optional<StoredState> load() {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(path.toFile(), StoredState.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to read simulator state file " + path, e);
    }
  }

  /** Writes {@code state} to a temporary file beside the target, then moves it into place. */
  public synchronized void save(StoredState state) {
    Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      createOwnerOnly(temporary);
      try (OutputStream out = Files.newOutputStream(temporary)) {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, state);
      }
      move(temporary);
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to write simulator state file " + path, e);
    }
  }

  /** Creates {@code file} empty with mode 600 before any key is written to it. */
  private static void createOwnerOnly(Path file) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: keep the default permissions.
      Files.createFile(file);
    }
  }

  private void move(Path temporary) throws IOException {
    try {
      Files.move(
          temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
