package dev.apppay.k8s;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import java.util.ArrayList;
import java.util.List;

/** Flattens the rules of an Ingress into routes. */
public final class IngressRoutes {

  /** One path of one host rule, with the Service it leads to. */
  public record Route(String host, String path, String pathType, IngressServiceBackend backend) {}

  private IngressRoutes() {}

  /**
   * Returns every route of the Ingress, including its default backend (with null host and path).
   */
  public static List<Route> routes(Ingress ingress) {
    List<Route> routes = new ArrayList<>();
    if (ingress.getSpec().getDefaultBackend() != null) {
      routes.add(new Route(null, null, null, ingress.getSpec().getDefaultBackend().getService()));
    }
    for (IngressRule rule : Workloads.nullToEmpty(ingress.getSpec().getRules())) {
      List<HTTPIngressPath> paths = rule.getHttp() == null ? List.of() : rule.getHttp().getPaths();
      for (HTTPIngressPath path : paths) {
        routes.add(
            new Route(
                rule.getHost(),
                path.getPath(),
                path.getPathType(),
                path.getBackend().getService()));
      }
    }
    return routes;
  }

  public static List<IngressServiceBackend> backends(Ingress ingress) {
    return routes(ingress).stream().map(Route::backend).toList();
  }
}
