package dev.apppay.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shows that the exposure rules reject a public route or a door into an internal service. */
class ExposureRulesTest {

  private final Broken broken = new Broken();

  @Test
  void routeToInternalServiceIsReported() {
    HTTPIngressPath path =
        broken.ingress("apppay-public").getSpec().getRules().get(0).getHttp().getPaths().get(0);
    path.getBackend().getService().setName("prepay-service");

    assertThat(ExposureRules.check(broken.set))
        .containsExactly(
            "broken: Ingress apppay-public: route /api Prefix prepay-service is not one of the"
                + " public routes");
  }

  @Test
  void hostWithoutTlsIsReported() {
    broken
        .ingress("apppay-public")
        .getSpec()
        .getTls()
        .get(0)
        .setHosts(List.of("other.example.com"));

    assertThat(ExposureRules.check(broken.set))
        .hasSize(3)
        .allMatch(message -> message.endsWith("host pay.example.com has no TLS certificate"));
  }

  @Test
  void nodePortServiceIsReported() {
    broken.service("prepay-service").getSpec().setType("NodePort");

    assertThat(ExposureRules.check(broken.set))
        .containsExactly("broken: Service prepay-service has type NodePort, expected ClusterIP");
  }

  @Test
  void missingDefaultDenyIsReported() {
    broken.networkPolicy("default-deny-ingress").getSpec().getPolicyTypes().clear();

    assertThat(ExposureRules.check(broken.set))
        .containsExactly("broken: no NetworkPolicy denies ingress to every pod");
  }

  @Test
  void ingressControllerToInternalIsReported() {
    NetworkPolicyPeer controller =
        new NetworkPolicyPeerBuilder()
            .withNamespaceSelector(
                new LabelSelectorBuilder()
                    .addToMatchLabels("kubernetes.io/metadata.name", "ingress-nginx")
                    .build())
            .build();
    broken.networkPolicy("query-service").getSpec().getIngress().get(0).getFrom().add(controller);

    assertThat(ExposureRules.check(broken.set))
        .containsExactly(
            "broken: NetworkPolicy query-service: admits namespace ingress-nginx to"
                + " query-service, which must stay internal");
  }

  @Test
  void otherCallerOfInternalIsReported() {
    broken
        .networkPolicy("prepay-service")
        .getSpec()
        .getIngress()
        .get(0)
        .getFrom()
        .get(0)
        .getPodSelector()
        .getMatchLabels()
        .put("app.kubernetes.io/name", "notify-service");

    assertThat(ExposureRules.check(broken.set))
        .singleElement()
        .asString()
        .startsWith("broken: NetworkPolicy prepay-service: admits pods")
        .endsWith("to internal prepay-service, expected only [order-service]");
  }
}
