package dev.apppay.simulator;

import dev.apppay.simulator.config.CredentialsExport;
import dev.apppay.simulator.config.StandaloneConfig;
import java.util.concurrent.CountDownLatch;
import org.jboss.logging.Logger;

/** Runs the simulator alone until the JVM is stopped; settings are listed in the README. */
public final class Main {

  private static final Logger LOG = Logger.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    StandaloneConfig config = StandaloneConfig.read(System.getProperties(), System.getenv());
    WeChatPaySimulator simulator = WeChatPaySimulator.start(config.simulator());
    if (config.credentialsFile() != null) {
      CredentialsExport.write(
          config.credentialsFile(), simulator.baseUrl(), simulator.credentials());
      LOG.infof("Wrote the simulator credentials to %s", config.credentialsFile());
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  simulator.close();
                  // java.util.logging closes its handlers in its own shutdown hook, which may
                  // already have run, so the stop is written to stderr directly.
                  System.err.println("WeChat Pay simulator stopped");
                  stopped.countDown();
                }));
    LOG.infof(
        "WeChat Pay simulator listening on %s for %s (state file %s)",
        simulator.baseUrl(), simulator.credentials(), config.simulator().stateFile());
    stopped.await();
  }
}
