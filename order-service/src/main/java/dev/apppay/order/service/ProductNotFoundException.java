package dev.apppay.order.service;

/** No product with this SKU is in the catalog. */
public class ProductNotFoundException extends RuntimeException {

  public ProductNotFoundException(String sku) {
    super("Product " + sku + " not found");
  }
}
