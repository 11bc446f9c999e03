package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.simulator.notify.Delivery;
import dev.apppay.simulator.notify.DeliveryOutcome;
import dev.apppay.simulator.notify.DeliveryStatus;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.Await;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.NotificationReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

  @TempDir Path directory;

  @Test
  void restartKeepsKeysOrdersAndPendingDeliveries() throws Exception {
    Path stateFile = directory.resolve("state.json");
    SimulatorConfig config = SimulatorConfig.builder().stateFile(stateFile).timeScale(0.1).build();
    WeChatPaySimulator first = WeChatPaySimulator.start(config);
    SimulatorCredentials credentials = first.credentials();

    try (NotificationReceiver receiver = NotificationReceiver.start(credentials)) {
      receiver.rejectNext(1);
      MerchantV3Client merchant = new MerchantV3Client(first.baseUrl(), credentials);
      AppUser user = new AppUser(first.baseUrl(), credentials);
      String prepayId =
          merchant.prepay("PERSIST001", 300, receiver.url()).json().path("prepay_id").asText();
      user.post("/simulator/pay", user.v3Parameters(prepayId));
      Await.until(
          () -> first.deliveries("PERSIST001").get(0),
          delivery -> delivery.attempts().size() == 1,
          Duration.ofSeconds(5));
      first.close();

      try (WeChatPaySimulator second = WeChatPaySimulator.start(config)) {
        Delivery resumed =
            Await.until(
                () -> second.deliveries("PERSIST001").get(0),
                delivery -> delivery.status() == DeliveryStatus.ACKNOWLEDGED,
                Duration.ofSeconds(10));

        assertThat(second.credentials()).usingRecursiveComparison().isEqualTo(credentials);
        assertThat(second.order("PERSIST001").orElseThrow().state()).isEqualTo(TradeState.SUCCESS);
        assertThat(second.order("PERSIST001").orElseThrow().prepayId()).isEqualTo(prepayId);
        assertThat(resumed.attempts())
            .extracting(attempt -> attempt.outcome())
            .containsExactly(DeliveryOutcome.REJECTED, DeliveryOutcome.ACKNOWLEDGED);
        assertThat(receiver.received()).hasSize(2);
      }
    }
    assertThat(Files.exists(stateFile)).isTrue();
    assertThat(Files.exists(directory.resolve("state.json.tmp"))).isFalse();
  }

  @Test
  void stateFileIsReadableByOwnerOnly() throws Exception {
    Path stateFile = directory.resolve("state.json");
    SimulatorConfig config = SimulatorConfig.builder().stateFile(stateFile).build();
    try (WeChatPaySimulator first = WeChatPaySimulator.start(config)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateFile)))
          .isEqualTo("rw-------");
    }
    Files.setPosixFilePermissions(stateFile, PosixFilePermissions.fromString("rw-r--r--"));

    try (WeChatPaySimulator second = WeChatPaySimulator.start(config)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateFile)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void configuredKeysOverrideStoredOnes() throws Exception {
    Path stateFile = directory.resolve("state.json");
    String storedKey;
    try (WeChatPaySimulator first =
        WeChatPaySimulator.start(SimulatorConfig.builder().stateFile(stateFile).build())) {
      storedKey = first.credentials().v2ApiKey();
    }

    try (WeChatPaySimulator second =
        WeChatPaySimulator.start(
            SimulatorConfig.builder()
                .stateFile(stateFile)
                .v2ApiKey("0123456789abcdef0123456789abcdef")
                .build())) {
      assertThat(second.credentials().v2ApiKey()).isEqualTo("0123456789abcdef0123456789abcdef");
      assertThat(second.credentials().v2ApiKey()).isNotEqualTo(storedKey);
    }
  }
}
