package dev.apppay.order.rest;

import dev.apppay.order.config.OrderConfig;
import dev.apppay.order.service.ProductCatalog;
import dev.apppay.order.service.ProductCatalog.Saved;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The catalog admin API, for tokens whose {@code groups} claim contains {@code admin}. */
@Path("/admin/products")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class ProductAdminResource {

  private final ProductCatalog catalog;
  private final OrderConfig config;

  public ProductAdminResource(ProductCatalog catalog, OrderConfig config) {
    this.catalog = catalog;
    this.config = config;
  }

  /** Returns every product, active or not, by SKU. */
  @GET
  public Uni<List<ProductResponse>> list() {
    return catalog.listAll().map(products -> products.stream().map(ProductResponse::of).toList());
  }

  @GET
  @Path("/{sku}")
  public Uni<ProductResponse> get(@PathParam("sku") String sku) {
    return catalog.find(sku).map(ProductResponse::of);
  }

  /** Creates the product (201) or replaces its name, price and availability (200). */
  @PUT
  @Path("/{sku}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> put(@PathParam("sku") String sku, String body) {
    var change = ProductRequestReader.read(sku, body, config.maxAmountFen());
    return catalog.save(change).map(ProductAdminResource::saved);
  }

  private static Response saved(Saved saved) {
    var reply =
        Response.status(saved.created() ? 201 : 200).entity(ProductResponse.of(saved.product()));
    if (saved.created()) {
      reply.location(URI.create("/admin/products/" + saved.product().sku));
    }
    return reply.build();
  }
}
