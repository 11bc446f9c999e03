package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

  @Test
  void nonPositiveTimeScaleIsRejected() {
    assertThatThrownBy(() -> SimulatorConfig.builder().timeScale(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeScale must be positive: 0.0");
  }

  @Test
  void outOfRangePortIsRejected() {
    assertThatThrownBy(() -> SimulatorConfig.builder().port(70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 0 and 65535: 70000");
  }

  @Test
  void zeroNotifyTimeoutIsRejected() {
    assertThatThrownBy(() -> SimulatorConfig.builder().notifyTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("notifyTimeout must be positive: PT0S");
  }
}
