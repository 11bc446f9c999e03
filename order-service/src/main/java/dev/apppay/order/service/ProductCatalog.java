package dev.apppay.order.service;

import dev.apppay.order.Product;
import dev.apppay.order.repository.ProductRepository;
import dev.apppay.order.repository.UniqueViolations;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Manages the catalog. A price change applies to new orders only; stored orders keep theirs. */
@ApplicationScoped
public class ProductCatalog {

  private final ProductRepository products;

  public ProductCatalog(ProductRepository products) {
    this.products = products;
  }

  /** The stored product and whether this request created it. */
  public record Saved(Product product, boolean created) {}

  public Uni<List<Product>> listAll() {
    return Panache.withSession(products::listAllBySku);
  }

  /**
   * Returns the product.
   *
   * @throws ProductNotFoundException when no product has this SKU
   */
  public Uni<Product> find(String sku) {
    return Panache.withSession(() -> products.findById(sku))
        .onItem()
        .ifNull()
        .failWith(() -> new ProductNotFoundException(sku));
  }

  /** Creates the product or replaces its name, price and availability. */
  public Uni<Saved> save(ProductChange change) {
    // Two concurrent creations of one SKU: the loser's retry finds the product and updates it.
    return Panache.withTransaction(
            () -> products.findById(change.sku()).chain(existing -> save(existing, change)))
        .onFailure(UniqueViolations::isUniqueViolation)
        .retry()
        .atMost(1);
  }

  private Uni<Saved> save(Product existing, ProductChange change) {
    Product product = existing == null ? new Product() : existing;
    product.sku = change.sku();
    product.name = change.name();
    product.priceFen = change.priceFen();
    product.active = change.active();
    product.updatedAt = Instant.now();
    Log.infof("Product %s saved: %d fen, active %s", product.sku, product.priceFen, product.active);
    if (existing != null) {
      return Uni.createFrom().item(new Saved(product, false));
    }
    return products.persist(product).map(saved -> new Saved(saved, true));
  }
}
