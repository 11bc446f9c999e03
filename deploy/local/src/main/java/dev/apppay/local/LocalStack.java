package dev.apppay.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Command-line entry point of {@code deploy/local/run.sh}. */
public final class LocalStack {

  private LocalStack() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("apppay.repository.root", ".")).toAbsolutePath();
    List<String> arguments = Arrays.asList(args);
    try {
      if (!arguments.isEmpty() && arguments.get(0).equals("token")) {
        printToken(root, arguments.subList(1, arguments.size()), List.of("user"));
      } else if (!arguments.isEmpty() && arguments.get(0).equals("admin-token")) {
        printToken(root, arguments.subList(1, arguments.size()), List.of("user", "admin"));
      } else {
        run(StackOptions.parse(root, arguments));
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(StackOptions.USAGE);
      System.exit(2);
    } catch (ComponentFailedException | DataFolderException e) {
      System.err.println("Failed: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void printToken(Path root, List<String> args, List<String> groups) {
    if (args.isEmpty() || args.get(0).startsWith("--")) {
      throw new IllegalArgumentException("token needs a USER");
    }
    StackOptions options = StackOptions.parse(root, args.subList(1, args.size()));
    StackKeys keys = StackKeys.ofDataFolder(options.dataDir());
    System.out.println(
        new JwtIssuer(keys.jwtPrivateKey()).issue(args.get(0), groups, Duration.ofHours(12)));
  }

  private static void run(StackOptions options) throws InterruptedException {
    Stack.Progress out = message -> System.out.println("==> " + message);
    long started = System.nanoTime();
    Stack stack = Stack.start(options, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("==> Stopping every process of the stack");
                  stack.close();
                  stopped.countDown();
                }));
    printUrls(stack, started);
    if (options.demo()) {
      new DemoPayment(stack, out).run();
      out.step("First PAID order %.1f s after start".formatted(seconds(started)));
    }
    System.out.println("Serving until Ctrl-C. A token for curl: " + tokenCommand(options));
    stopped.await();
  }

  /**
   * Returns the command that prints a token for this stack, with its data folder if not default.
   */
  static String tokenCommand(StackOptions options) {
    String command = "deploy/local/run.sh token alice";
    if (options.dataDir().equals(StackOptions.defaultDataDir(options.repositoryRoot()))) {
      return command;
    }
    return command + " --data " + options.dataDir();
  }

  private static void printUrls(Stack stack, long started) {
    System.out.printf(
        "%nReady in %.1f s (WeChat Pay API %s):%n", seconds(started), stack.options().apiVersion());
    for (String name :
        List.of(
            "order-service",
            "prepay-service",
            "notify-service",
            "query-service",
            "wechatpay-simulator")) {
      System.out.printf("  %-20s %s%n", name, stack.url(name));
    }
    System.out.printf("  %-20s %s%n", "Kafka", stack.kafkaBootstrapServers());
    System.out.printf("  %-20s %s%n", "data and logs", stack.options().dataDir());
    System.out.println();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
