package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies every rule to the base and, when {@code k8s.rendered.dir} is set, to every rendered
 * overlay. A failure lists each broken rule with the object it concerns.
 */
class ManifestRulesTest {

  static List<ManifestSet> sets() {
    return TestManifests.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void containersHaveProbesLimitsAndPinnedImages(ManifestSet set) {
    assertThat(WorkloadRules.check(set)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void containersRunNonRootReadOnly(ManifestSet set) {
    assertThat(PodSecurityRules.check(set)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void shutdownOutlastsLongestRequest(ManifestSet set) {
    assertThat(ShutdownRules.check(set)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void selectorsSelectTheirPods(ManifestSet set) {
    assertThat(SelectorRules.check(set)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void referencedObjectsExist(ManifestSet set) {
    assertThat(ReferenceRules.check(set)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void onlyPublicServicesAreExposed(ManifestSet set) {
    assertThat(ExposureRules.check(set)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void kafkaAndDatabasesAreConsistent(ManifestSet set) {
    assertThat(PlatformRules.check(set)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void noSecretValueIsCommitted(ManifestSet set) {
    assertThat(SecretRules.check(set)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void modelledKindsHaveNoUnknownFields(ManifestSet set) {
    assertThat(UnknownFieldRules.check(set)).isEmpty();
  }
}
