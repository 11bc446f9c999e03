package dev.apppay.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A catalog entry; orders are priced from it, never from the app. */
@Entity
@Table(name = "product")
public class Product {

  @Id public String sku;

  @Column(nullable = false)
  public String name;

  /** Price of one unit in fen. */
  @Column(name = "price_fen", nullable = false)
  public long priceFen;

  /** Whether new orders may contain the product. */
  @Column(nullable = false)
  public boolean active;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
