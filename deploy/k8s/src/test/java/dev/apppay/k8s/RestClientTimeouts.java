package dev.apppay.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the REST client timeouts of a service from its application.properties, so the shutdown rule
 * can check that the shutdown timeout covers the longest call to another service.
 */
final class RestClientTimeouts {

  /** A connect or read timeout in milliseconds, outside any profile (no {@code %test.}). */
  private static final Pattern TIMEOUT =
      Pattern.compile("^quarkus\\.rest-client\\.([\\w-]+)\\.(?:connect|read)-timeout=(\\d+)$");

  private RestClientTimeouts() {}

  /** Returns the longest call of the service's module, or zero when it has no REST client. */
  static Duration longestCall(String service) {
    Path properties =
        TestManifests.repositoryRoot()
            .resolve(service)
            .resolve("src/main/resources/application.properties");
    return Files.isRegularFile(properties) ? longestCall(properties) : Duration.ZERO;
  }

  /** Returns the largest connect plus read timeout of one REST client in the file. */
  static Duration longestCall(Path properties) {
    Map<String, Long> millisByClient = new HashMap<>();
    try {
      for (String line : Files.readAllLines(properties)) {
        Matcher matcher = TIMEOUT.matcher(line.strip());
        if (matcher.matches()) {
          millisByClient.merge(matcher.group(1), Long.parseLong(matcher.group(2)), Long::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to read " + properties, e);
    }
    long longest = millisByClient.values().stream().mapToLong(Long::longValue).max().orElse(0);
    return Duration.ofMillis(longest);
  }
}
