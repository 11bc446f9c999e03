package dev.apppay.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

  // About one random id in 64 starts with '-', so 2,000 draws miss that case with odds near 1e-14.
  @Test
  void clusterIdNeverStartsWithDash() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      ids.add(KafkaBroker.clusterId());
    }

    assertThat(ids).hasSize(2000);
    assertThat(ids).allSatisfy(id -> assertThat(id).hasSize(22).doesNotStartWith("-"));
  }
}
