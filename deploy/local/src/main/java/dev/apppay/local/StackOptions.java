package dev.apppay.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Settings of one local stack run.
 *
 * @param dataDir folder for databases, broker data, keys, simulator state and logs
 * @param apiVersion {@code V2} or {@code V3}
 * @param portOffset added to every default port, to run beside something that uses them
 * @param serviceEnvironment extra environment variables by service name, which replace the stack's
 *     own. Tests set short expiries here, and the command line always leaves it empty.
 */
public record StackOptions(
    Path repositoryRoot,
    Path dataDir,
    String apiVersion,
    int portOffset,
    boolean demo,
    Map<String, Map<String, String>> serviceEnvironment) {

  public static final int POSTGRES_PORT = 15432;
  public static final int KAFKA_PORT = 19092;
  public static final int SIMULATOR_PORT = 8090;

  static final String USAGE =
      """
      Usage: deploy/local/run.sh [options]                  start the stack, run a demo payment
             deploy/local/run.sh token USER [options]       print a bearer token for USER
             deploy/local/run.sh admin-token USER [options] the same, also in the admin group

      Options:
        --data DIR         data, keys and logs (default: .local in the repository)
        --api v2|v3        WeChat Pay API version (default: v3)
        --port-offset N    add N to every port (default: 0)
        --no-demo          skip the demonstration payment
      """;

  public StackOptions {
    serviceEnvironment = Map.copyOf(serviceEnvironment);
  }

  /** Options without extra service environment, as the command line builds them. */
  public StackOptions(
      Path repositoryRoot, Path dataDir, String apiVersion, int portOffset, boolean demo) {
    this(repositoryRoot, dataDir, apiVersion, portOffset, demo, Map.of());
  }

  /** Parses command-line options; unknown options fail with the usage text. */
  public static StackOptions parse(Path repositoryRoot, List<String> args) {
    Path data = defaultDataDir(repositoryRoot);
    String api = "V3";
    int offset = 0;
    boolean demo = true;
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--data" -> data = Path.of(value(args, ++i, "--data")).toAbsolutePath();
        case "--api" -> api = apiVersion(value(args, ++i, "--api"));
        case "--port-offset" -> offset = portOffset(value(args, ++i, "--port-offset"));
        case "--no-demo" -> demo = false;
        default -> throw new IllegalArgumentException("Unknown option " + args.get(i));
      }
    }
    return new StackOptions(repositoryRoot, data, api, offset, demo);
  }

  /** Returns the data folder used without {@code --data}: {@code .local} in the repository. */
  public static Path defaultDataDir(Path repositoryRoot) {
    return repositoryRoot.resolve(".local");
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(index);
  }

  private static String apiVersion(String value) {
    return switch (value.toLowerCase()) {
      case "v2" -> "V2";
      case "v3" -> "V3";
      default -> throw new IllegalArgumentException("--api must be v2 or v3, not " + value);
    };
  }

  private static int portOffset(String value) {
    try {
      int offset = Integer.parseInt(value);
      if (offset < 0 || offset > 40000) {
        throw new IllegalArgumentException("--port-offset must be 0 to 40000, not " + value);
      }
      return offset;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port-offset must be a number, not " + value);
    }
  }

  public int port(int defaultPort) {
    return defaultPort + portOffset;
  }

  /** Returns the extra environment of {@code service}, empty unless a test set one. */
  public Map<String, String> serviceEnvironment(String service) {
    return serviceEnvironment.getOrDefault(service, Map.of());
  }

  public Path logDir() {
    return dataDir.resolve("logs");
  }
}
