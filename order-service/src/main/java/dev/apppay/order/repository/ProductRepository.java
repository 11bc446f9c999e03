package dev.apppay.order.repository;

import dev.apppay.order.Product;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** The product catalog. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, String> {

  /** Returns the products with any of {@code skus}; unknown SKUs are simply missing. */
  public Uni<List<Product>> findBySkus(Collection<String> skus) {
    return list("sku in ?1", skus);
  }

  public Uni<List<Product>> listAllBySku() {
    return listAll(Sort.by("sku"));
  }
}
