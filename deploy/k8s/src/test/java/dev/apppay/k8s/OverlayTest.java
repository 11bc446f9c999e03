package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks what sets the dev and prod overlays apart, on the files rendered by render.sh. Skipped
 * when the system property {@code k8s.rendered.dir} is not set.
 */
class OverlayTest {

  private Map<String, ManifestSet> overlays;

  @BeforeEach
  void loadRenderedOverlays() {
    assumeTrue(TestManifests.renderedDir().isPresent(), "k8s.rendered.dir is not set");
    overlays =
        TestManifests.rendered().stream()
            .collect(java.util.stream.Collectors.toMap(ManifestSet::name, set -> set));
  }

  @Test
  void bothOverlaysAreRendered() {
    assertThat(overlays).containsKeys("dev", "prod");
  }

  @Test
  void devRunsOnePodPerService() {
    for (HorizontalPodAutoscaler autoscaler :
        overlays.get("dev").all(HorizontalPodAutoscaler.class)) {
      assertThat(autoscaler.getSpec().getMinReplicas())
          .as(autoscaler.getMetadata().getName())
          .isEqualTo(1);
      assertThat(autoscaler.getSpec().getMaxReplicas())
          .as(autoscaler.getMetadata().getName())
          .isEqualTo(1);
    }
  }

  @Test
  void devUsesTheSimulator() {
    ManifestSet dev = overlays.get("dev");

    assertThat(dev.find("Deployment", "wechatpay-simulator")).isPresent();
    assertThat(merchant(dev))
        .containsEntry("WECHATPAY_BASE_URL", "http://wechatpay-simulator:8090");
  }

  @Test
  void prodRunsAtLeastTwoPods() {
    for (HorizontalPodAutoscaler autoscaler :
        overlays.get("prod").all(HorizontalPodAutoscaler.class)) {
      assertThat(autoscaler.getSpec().getMinReplicas())
          .as(autoscaler.getMetadata().getName())
          .isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void prodUsesRealWeChatPay() {
    ManifestSet prod = overlays.get("prod");

    assertThat(prod.find("Deployment", "wechatpay-simulator")).isEmpty();
    assertThat(merchant(prod)).containsEntry("WECHATPAY_BASE_URL", "https://api.mch.weixin.qq.com");
    assertThat(merchant(prod).get("WECHATPAY_NOTIFY_URL")).startsWith("https://");
  }

  @Test
  void prodNotifyUrlIsPublicRoute() {
    ManifestSet prod = overlays.get("prod");
    URI notifyUrl = URI.create(merchant(prod).get("WECHATPAY_NOTIFY_URL"));
    List<IngressRoutes.Route> routes =
        prod.all(Ingress.class).stream()
            .flatMap(ingress -> IngressRoutes.routes(ingress).stream())
            .toList();

    assertThat(routes)
        .anySatisfy(
            route -> {
              assertThat(route.host()).isEqualTo(notifyUrl.getHost());
              assertThat(route.path()).isEqualTo(notifyUrl.getPath());
              assertThat(route.backend().getName()).isEqualTo("notify-service");
            });
  }

  @Test
  void prodSecretsComeFromExternalStore() {
    ManifestSet prod = overlays.get("prod");

    assertThat(prod.find("ExternalSecret", "wechatpay-merchant")).isPresent();
    assertThat(prod.find("ExternalSecret", "apppay-jwt")).isPresent();
  }

  @Test
  void everyObjectHasItsOverlayNamespace() {
    Map<String, String> namespaces = Map.of("dev", "apppay-dev", "prod", "apppay");
    namespaces.forEach(
        (overlay, namespace) -> {
          for (HasMetadata object : overlays.get(overlay).objects()) {
            assertThat(object.getMetadata().getNamespace())
                .as(overlay + " " + object.getKind() + " " + object.getMetadata().getName())
                .isEqualTo(namespace);
          }
        });
  }

  private static Map<String, String> merchant(ManifestSet set) {
    return set.configMap("wechatpay-merchant").map(ConfigMap::getData).orElseThrow();
  }
}
