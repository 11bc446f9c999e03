package dev.apppay.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.simulator.fault.SignatureFault;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StandaloneConfigTest {

  @Test
  void defaultsApplyWithoutSettings() {
    StandaloneConfig config = StandaloneConfig.read(new Properties(), Map.of());

    assertThat(config.simulator().port()).isEqualTo(8090);
    assertThat(config.simulator().host()).isEqualTo("127.0.0.1");
    assertThat(config.simulator().stateFile()).isEqualTo(Path.of("wechatpay-simulator-state.json"));
    assertThat(config.simulator().timeScale()).isEqualTo(1.0);
    assertThat(config.credentialsFile()).isNull();
  }

  @Test
  void environmentNamesFollowQuarkusConvention() {
    Map<String, String> environment =
        Map.of(
            "SIMULATOR_PORT", "18090",
            "WECHATPAY_MCH_ID", "1900000200",
            "WECHATPAY_V3_MERCHANT_SERIAL_NUMBER", "ABC123",
            "SIMULATOR_TIME_SCALE", "0.5",
            "SIMULATOR_FAULTS", "{\"signatureFault\":\"SIGNTEST\",\"corruptedAttempts\":1}");

    StandaloneConfig config = StandaloneConfig.read(new Properties(), environment);

    assertThat(config.simulator().port()).isEqualTo(18090);
    assertThat(config.simulator().mchId()).isEqualTo("1900000200");
    assertThat(config.simulator().merchantSerialNumber()).isEqualTo("ABC123");
    assertThat(config.simulator().timeScale()).isEqualTo(0.5);
    assertThat(config.simulator().faults().signatureFault()).isEqualTo(SignatureFault.SIGNTEST);
    assertThat(config.simulator().faults().corruptedAttempts()).isEqualTo(1);
  }

  @Test
  void systemPropertyWinsOverEnvironment() {
    Properties properties = new Properties();
    properties.setProperty("simulator.port", "19090");

    StandaloneConfig config = StandaloneConfig.read(properties, Map.of("SIMULATOR_PORT", "18090"));

    assertThat(config.simulator().port()).isEqualTo(19090);
  }

  @Test
  void invalidNumberNamesTheSetting() {
    assertThatThrownBy(() -> StandaloneConfig.read(new Properties(), Map.of("SIMULATOR_PORT", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Setting simulator.port must be a number, got [x]");
  }

  @Test
  void invalidFaultsJsonIsRejected() {
    assertThatThrownBy(
            () ->
                StandaloneConfig.read(
                    new Properties(), Map.of("SIMULATOR_FAULTS", "{\"dropRate\":")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("simulator.faults is not a valid fault settings JSON object");
  }
}
